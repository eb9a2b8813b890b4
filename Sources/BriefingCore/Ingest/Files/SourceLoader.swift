import Foundation

/// Finds input files: every regular file below a folder, in a stable (sorted) order, without
/// following symbolic links or entering hidden folders; reads them.
public struct SourceLoader: Sendable {
    public init() {}

    /// Paths relative to `folder` of every regular file below it, sorted (`FolderListing`).
    public func paths(in folder: URL) throws -> [String] {
        try listing(of: folder).files.map(\.path)
    }

    /// Everything below `folder` (`FolderListing`); an error when it is not a folder.
    public func listing(of folder: URL) throws -> FolderListing {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            throw BriefingError(stage: .ingest, file: folder.path, message: "input folder does not exist")
        }
        return FolderListing(folder)
    }

    /// Reads one file's bytes.
    public func read(_ path: String, in folder: URL) throws -> SourceFile {
        let url = folder.appending(path: path, directoryHint: .notDirectory)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BriefingError(stage: .ingest, file: path, message: "cannot read file")
        }
        return SourceFile(path: path, bytes: [UInt8](data))
    }
}
