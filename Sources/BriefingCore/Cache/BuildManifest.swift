import Foundation

/// A fingerprint of everything a build depends on — the program, the options, the settings
/// that shape pages, and every input and template file's path, size and modification time —
/// so that a build with nothing changed can stop at once.
struct BuildManifest: Equatable {
    let digest: String

    /// The manifest of a build of `inputs` (the listing of `options.input`) with `options`.
    init(options: BuildOptions, inputs: FolderListing) {
        var text = ContentHash.toolFingerprint
        text += "|\(options.input.path)|\(options.output.path)|\(options.templates?.path ?? "-")|\(options.defaultTemplates.path)|\(options.baseURL ?? "-")|\(options.site.pageSettings)\n"
        text += Self.listing(inputs, of: options.input)
        for folder in [options.defaultTemplates, options.templates].compactMap({ $0 }) {
            text += Self.listing(FolderListing(folder), of: folder)
        }
        digest = ContentHash.hex(Array(text.utf8))
    }

    private static func listing(_ listing: FolderListing, of folder: URL) -> String {
        var text = "#\(folder.path)\n"
        for file in listing.files {
            text += "\(file.path)\t\(file.size)\t\(file.modifiedSeconds).\(file.modifiedNanoseconds)\n"
        }
        return text
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
