import Foundation

/// A fingerprint of everything a build depends on — the program, the options, the settings
/// that shape pages, and every input and template file's path, size and modification time —
/// so that a build with nothing changed can stop at once.
struct BuildManifest: Equatable {
    let digest: String

    /// The manifest of a build of `inputs` (the listing of `options.input`) with `options`.
    init(options: BuildOptions, inputs: FolderListing) {
        let head = ContentHash.toolFingerprint
            + "|\(options.input.path)|\(options.output.path)|\(options.templates?.path ?? "-")|\(options.defaultTemplates.path)|\(options.baseURL ?? "-")|\(options.site.pageSettings)\n"
        var text = Array(head.utf8)
        Self.append(inputs, of: options.input, to: &text)
        for folder in [options.defaultTemplates, options.templates].compactMap({ $0 }) {
            Self.append(FolderListing(folder), of: folder, to: &text)
        }
        digest = ContentHash.hex(text)
    }

    /// Appends a line per file of `listing` (path, size and modification time) to `text`, as
    /// bytes: one interpolated string per file cost more than the rest of a no-op build's start.
    private static func append(_ listing: FolderListing, of folder: URL, to text: inout [UInt8]) {
        text.append(contentsOf: "#\(folder.path)\n".utf8)
        for file in listing.files {
            text.append(utf8Of: file.path)
            text.append(UInt8(ascii: "\t"))
            text.append(digitsOf: Int(file.size))
            text.append(UInt8(ascii: "\t"))
            text.append(digitsOf: file.modifiedSeconds)
            text.append(UInt8(ascii: "."))
            text.append(digitsOf: file.modifiedNanoseconds)
            text.append(UInt8(ascii: "\n"))
        }
    }

    /// Where the manifest of the last successful build is kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("manifest") }

    /// True when the last successful build had this manifest and its output is still there.
    func matchesLastBuild(in cache: BriefCache, output: URL) -> Bool {
        guard FileManager.default.fileExists(atPath: output.appendingPathComponent(SitePublisher.marker).path),
              let data = FileManager.default.contents(atPath: Self.url(in: cache).path) else { return false }
        return String(decoding: data, as: UTF8.self) == digest
    }

    func record(in cache: BriefCache) {
        try? FileManager.default.createDirectory(at: cache.folder, withIntermediateDirectories: true)
        try? Data(digest.utf8).write(to: Self.url(in: cache), options: .atomic)
    }
}
