import Foundation

/// Finds input files: every regular file below a folder, in a stable (sorted) order, without
/// following symbolic links or entering hidden folders.
public struct SourceLoader: Sendable {
    public init() {}

    /// Paths relative to `folder`, sorted.
    public func paths(in folder: URL) throws -> [String] {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDir), isDir.boolValue else {
            throw BriefingError(stage: .ingest, file: folder.path, message: "input folder does not exist")
        }
        return entries(of: .typeRegular, in: folder)
    }

    /// Paths relative to `folder` of every entry of `type` below it (hidden ones and those inside
    /// hidden folders left out), sorted; symbolic links are reported, never followed.
    func entries(of type: FileAttributeType, in folder: URL) -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let dir = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            let names = (try? fm.contentsOfDirectory(atPath: dir.path)) ?? []
            for name in names where !name.hasPrefix(".") {
                let rel = relative.isEmpty ? name : relative + "/" + name
                let full = folder.appendingPathComponent(rel).path
                guard let attrs = try? fm.attributesOfItem(atPath: full), let entry = attrs[.type] as? FileAttributeType else { continue }
                if entry == .typeDirectory { pending.append(rel) }
                if entry == type { found.append(rel) }
            }
        }
        return found.sorted()
    }

    /// Reads one file's bytes.
    public func read(_ path: String, in folder: URL) throws -> SourceFile {
        let url = folder.appendingPathComponent(path)
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw BriefingError(stage: .ingest, file: path, message: "cannot read file")
        }
        return SourceFile(path: path, bytes: [UInt8](data))
    }
}
