import Foundation

/// What each page of a published site was rendered from: a key over all its inputs and the
/// file's inode. A later build whose key for a page is unchanged links the old file into the new
/// site instead of rendering it again.
///
/// The inode guards against a manifest that does not describe the site on disk (a build killed
/// after publishing but before saving its manifest): a page written anew has a new inode, so only
/// files that still are the ones recorded are ever reused.
struct PageManifest: Sendable {
    struct Entry: Sendable, Equatable {
        var key: String
        var inode: UInt64
    }

    private(set) var entries: [String: Entry] = [:]

    init() {}

    /// Reads a saved manifest; a missing or unreadable one is empty (everything is rendered).
    init(contentsOf url: URL) {
        guard let data = FileManager.default.contents(atPath: url.path) else { return }
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, let inode = UInt64(fields[2]) else {
                entries = [:]  // Damaged: trust none of it.
                return
            }
            entries[String(fields[0])] = Entry(key: String(fields[1]), inode: inode)
        }
    }

    subscript(path: String) -> Entry? {
        get { entries[path] }
        set { entries[path] = newValue }
    }

    /// Writes the manifest atomically, one line per page in path order.
    func save(to url: URL) {
        var text = ""
        for path in entries.keys.sorted() {
            let entry = entries[path]!
            text += "\(path)\t\(entry.key)\t\(entry.inode)\n"
        }
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: url, options: .atomic)
    }

    /// Where the manifest of the last published site is kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("pages") }
}
