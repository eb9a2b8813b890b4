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

    /// An empty manifest with room for `capacity` pages.
    init(capacity: Int) { entries.reserveCapacity(capacity) }

    /// The first line: the format, followed by the tag of the cache's keys (`BriefCache.keysTag`),
    /// which names the program that made the pages (their keys begin with its fingerprint).
    private static func magic(_ cache: BriefCache) -> [UInt8] { Array("briefing-pages-2/\(cache.keysTag)\n".utf8) }

    /// Reads a manifest saved for `cache`'s keys; a missing or unreadable one, or one of another
    /// program, is empty (everything is rendered). Lines are cut at their tabs byte by byte: a
    /// large site's manifest has tens of thousands.
    init(contentsOf url: URL, cache: BriefCache) {
        guard let bytes = SourceLoader.contents(ofFile: url.path) else { return }
        let magic = Self.magic(cache)
        guard bytes.starts(with: magic) else { return }
        var read: [String: Entry] = [:]
        read.reserveCapacity(bytes.count / 64)
        var start = magic.count
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
            defer { start = end + 1 }
            guard end > start else { continue }
            let line = bytes[start..<end]
            guard let first = line.firstIndex(of: UInt8(ascii: "\t")), let second = line[(first + 1)...].firstIndex(of: UInt8(ascii: "\t")),
                  !line[(second + 1)...].contains(UInt8(ascii: "\t")),
                  let inode = UInt64(String(decoding: line[(second + 1)...], as: UTF8.self)) else {
                return  // Damaged: trust none of it.
            }
            read[String(decoding: line[..<first], as: UTF8.self)] = Entry(key: String(decoding: line[(first + 1)..<second], as: UTF8.self), inode: inode)
        }
        entries = read
    }

    subscript(path: String) -> Entry? {
        get { entries[path] }
        set { entries[path] = newValue }
    }

    /// Writes the manifest atomically (`encoded(for:)`, then `write(_:to:)`).
    func save(to url: URL, cache: BriefCache) {
        Self.write(encoded(for: cache), to: url)
    }

    /// The manifest as saved for `cache`'s keys: its first line, then one line per page in path
    /// order. Made apart from writing it, so that a build makes it while the site is published
    /// and writes it only once the site is in place.
    func encoded(for cache: BriefCache) -> [UInt8] {
        var bytes = Self.magic(cache)
        bytes.reserveCapacity(entries.count * 64)
        for (path, entry) in Self.inPathOrder(entries) {
            bytes.append(utf8Of: path)
            bytes.append(UInt8(ascii: "\t"))
            bytes.append(utf8Of: entry.key)
            bytes.append(UInt8(ascii: "\t"))
            bytes += String(entry.inode).utf8
            bytes.append(UInt8(ascii: "\n"))
        }
        return bytes
    }

    /// `entries` in path order: the order of their UTF-8 bytes, which is the strings' order for
    /// site paths (ASCII). Sorted on the first sixteen bytes of each path taken as two integers,
    /// then on the rest of the bytes where those are equal, all copied into one buffer: comparing
    /// the tens of thousands of paths of a large site as strings took 10 ms of every rebuild.
    static func inPathOrder(_ entries: [String: Entry]) -> [(path: String, entry: Entry)] {
        let all = entries.map { (path: $0.key, entry: $0.value) }
        var bytes: [UInt8] = []
        var keyed: [(high: UInt64, low: UInt64, start: Int, end: Int, index: Int)] = []
        keyed.reserveCapacity(all.count)
        for (index, item) in all.enumerated() {
            let start = bytes.count
            bytes.append(utf8Of: item.path)
            var high: UInt64 = 0, low: UInt64 = 0
            for k in 0..<16 {
                let byte = UInt64(start + k < bytes.count ? bytes[start + k] : 0)
                if k < 8 { high = high << 8 | byte } else { low = low << 8 | byte }
            }
            keyed.append((high, low, start, bytes.count, index))
        }
        bytes.withUnsafeBufferPointer { bytes in
            keyed.sort { a, b in
                if a.high != b.high { return a.high < b.high }
                if a.low != b.low { return a.low < b.low }
                let (restA, restB) = (a.end - a.start - 16, b.end - b.start - 16)
                guard restA > 0, restB > 0 else { return restA < restB }
                let order = memcmp(bytes.baseAddress! + a.start + 16, bytes.baseAddress! + b.start + 16, min(restA, restB))
                return order != 0 ? order < 0 : restA < restB
            }
        }
        return keyed.map { all[$0.index] }
    }

    /// Writes a manifest's bytes (`encoded(for:)`) to `url` atomically.
    static func write(_ bytes: [UInt8], to url: URL) {
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data(bytes).write(to: url, options: .atomic)
    }

    /// Where the manifest of the last published site is kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("pages") }
}
