import Foundation

/// A private folder for what a build without a cache cannot keep in memory on a large site:
/// the briefs past `HeldBriefs`' budget (in a `BriefPack`) and the digests' details. A build
/// makes it in the system's temporary directory (`TMPDIR`) and removes it, with everything in
/// it, by `remove()`; the folders of builds that were killed are removed by the next one.
struct ScratchFolder: Sendable {
    let url: URL

    /// A new, empty folder in `parent`; nil when none can be made (the build then keeps
    /// everything in memory).
    init?(in parent: URL) {
        Self.removeAbandoned(in: parent)
        let url = parent.appendingPathComponent("\(Self.prefix)\(getpid())-\(UInt64.random(in: 0 ... .max))", isDirectory: true)
        guard (try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)) != nil else { return nil }
        self.url = url
        briefs = BriefCache(scratch: url)
    }

    /// A cache for the briefs, read by this build only: one pack, which every reader shares.
    let briefs: BriefCache

    /// The start of every scratch folder's name, before the process id of the build that made it.
    static let prefix = "briefing-build-"

    /// Deletes the scratch folders in `parent` left by builds that ended without removing
    /// theirs (killed, or crashed): those whose process is no longer running.
    static func removeAbandoned(in parent: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = name.dropFirst(prefix.count).split(separator: "-").first.flatMap({ Int32($0) }), hasEnded(pid) else { continue }
            try? FileManager.default.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    /// Whether no process `pid` runs any more (the build that named a file by it is gone).
    static func hasEnded(_ pid: Int32) -> Bool { kill(pid, 0) != 0 && errno == ESRCH }

    /// Deletes the folder and its files.
    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
