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
        try read(path, inFolder: folder.path)
    }

    /// Reads one file's bytes, the folder given as a path: a build reads every input file of
    /// one folder, and a `URL` made and read back per file cost more than reading the file.
    public func read(_ path: String, inFolder folder: String) throws -> SourceFile {
        guard let bytes = Self.contents(ofFile: folder + "/" + path) else {
            throw BriefingError(stage: .ingest, file: path, message: "cannot read file")
        }
        return SourceFile(path: path, bytes: bytes)
    }

    /// The bytes of the file at `path`, read with `read` into an array of the size `fstat`
    /// gives (and on to the end, should the file have grown since); nil when it cannot be read.
    static func contents(ofFile path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        var bytes: [UInt8] = []
        var failed = false
        var room = max(Int(info.st_size), 0) + 1  // One byte more, to find the end in the same pass.
        while !failed {
            let start = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: room))
            var count = 0
            bytes.withUnsafeMutableBufferPointer { buffer in
                while start + count < buffer.count {
                    let got = Foundation.read(descriptor, buffer.baseAddress! + start + count, buffer.count - start - count)
                    if got < 0, errno == EINTR { continue }
                    if got < 0 { failed = true }
                    guard got > 0 else { break }
                    count += got
                }
            }
            bytes.removeLast(room - count)
            if count < room { break }  // The end of the file.
            room = 1 << 16
        }
        return failed ? nil : bytes
    }

    /// The first `count` bytes of the file at `path` (all of a shorter file) and the file's
    /// size, or nil when it cannot be read.
    static func prefix(ofFile path: String, count: Int) -> (bytes: [UInt8], size: Int)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        let size = max(Int(info.st_size), 0)
        return bytes(of: descriptor, count: min(count, size), at: 0).map { ($0, size) }
    }

    /// `count` bytes of the open file `descriptor` from `offset`, read with `pread` until all
    /// are (again after a signal); nil when the file ends before, reading fails or `count` is
    /// negative.
    static func bytes(of descriptor: Int32, count: Int, at offset: Int) -> [UInt8]? {
        guard count >= 0 else { return nil }
        var bytes = [UInt8](repeating: 0, count: count)
        var done = 0
        while done < count {
            let got = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress! + done, count - done, off_t(offset + done)) }
            if got < 0, errno == EINTR { continue }
            guard got > 0 else { return nil }
            done += got
        }
        return bytes
    }
}
