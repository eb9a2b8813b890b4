import Foundation

/// A private folder for what a build without a cache cannot keep in memory on a large site:
/// the briefs past `HeldBriefs`' budget and the digests' details (`DigestDetailFile`). A build
/// makes it in the system's temporary directory (`TMPDIR`) and removes it, with everything in
/// it, by `remove()`.
struct ScratchFolder: Sendable {
    let url: URL

    /// A new, empty folder in `parent`; nil when none can be made (the build then keeps
    /// everything in memory).
    init?(in parent: URL) {
        let url = parent.appendingPathComponent("briefing-build-\(getpid())-\(UInt64.random(in: 0 ... .max))", isDirectory: true)
        guard (try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)) != nil else { return nil }
        self.url = url
    }

    /// A cache for the briefs, read by this build only.
    var briefs: BriefCache { BriefCache(scratch: url) }

    /// Deletes the folder and its files.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
