import Foundation

/// The cache key (`BriefCache.key`) each input file had at the last build, with what `lstat`
/// told of the file then (`FolderListing.File`: size, modification time, inode and status
/// change time): a rebuild takes the key of a file listed exactly as stamped instead of reading
/// and hashing the file again, as the no-op check (`BuildManifest`) trusts sizes and times for
/// the whole folder.
///
/// Every write to a file moves its status change time, which no one can set back. A file that
/// changed less than `settling` seconds before the build that reads it might change again in
/// the same clock tick after it was read: it is not stamped, and the next build reads it again.
struct InputStamps: Sendable {
    private var entries: [String: (file: FolderListing.File, key: String)] = [:]

    /// Seconds between a file's last change and the start of a build that stamps it.
    static let settling = 2

    init() {}

    /// No stamps yet, with room for `capacity` files.
    init(capacity: Int) { entries.reserveCapacity(capacity) }

    /// The stamps kept at `url` for `cache`'s keys; none when the file is missing, damaged or
    /// made with other keys (another program or reference date).
    init(contentsOf url: URL, cache: BriefCache) {
        entries = KeyedRecordFile.read(url, magic: Self.magic(cache)) { reader in
            let path = try reader.string()
            let file = FolderListing.File(
                path: path, size: Int64(try reader.int()), modifiedSeconds: try reader.int(), modifiedNanoseconds: try reader.int(),
                inode: try reader.uint64(), changedSeconds: try reader.int(), changedNanoseconds: try reader.int())
            return (path, (file, try reader.string()))
        } ?? [:]
    }

    /// The key of `file`, when it is listed exactly as it was stamped.
    func key(of file: FolderListing.File) -> String? {
        guard let entry = entries[file.path], entry.file == file else { return nil }
        return entry.key
    }

    /// Stamps `file` (as listed at the start of a build) with its `key`, unless it changed less
    /// than `settling` seconds before `buildStart` (seconds since 1970), or later.
    mutating func stamp(_ file: FolderListing.File, key: String, buildStart: Int) {
        guard file.changedSeconds < buildStart - Self.settling, file.modifiedSeconds < buildStart - Self.settling else { return }
        entries[file.path] = (file, key)
    }

    /// Writes the stamps atomically, in path order.
    func save(to url: URL, cache: BriefCache) {
        let ordered = entries.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
        KeyedRecordFile.write(url, magic: Self.magic(cache), ordered) { writer, path, entry in
            writer.string(path)
            writer.int(Int(entry.file.size))
            writer.int(entry.file.modifiedSeconds)
            writer.int(entry.file.modifiedNanoseconds)
            writer.uint64(entry.file.inode)
            writer.int(entry.file.changedSeconds)
            writer.int(entry.file.changedNanoseconds)
            writer.string(entry.key)
        }
    }

    /// The format, followed by the tag of `cache`'s keys.
    private static func magic(_ cache: BriefCache) -> String { "briefing-input-stamps-1/" + cache.keysTag }

    /// Where the stamps are kept.
    static func url(in cache: BriefCache) -> URL { cache.folder.appendingPathComponent("input-stamps") }
}
