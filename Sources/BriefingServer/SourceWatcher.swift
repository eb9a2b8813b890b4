import Foundation

/// Notices changes under a set of folders by comparing snapshots of paths, sizes and
/// modification times (polling: portable, and cheap at the sizes Briefing handles).
public struct SourceWatcher: Sendable {
    public let folders: [URL]

    public init(folders: [URL]) {
        self.folders = folders
    }

    /// A comparable picture of the folders' files.
    public func snapshot() -> [String: String] {
        var entries: [String: String] = [:]
        let fm = FileManager.default
        for folder in folders {
            guard let enumerator = fm.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey], options: [.skipsHiddenFiles]) else { continue }
            for case let url as URL in enumerator {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                entries[url.path] = "\(values?.fileSize ?? -1)@\(values?.contentModificationDate?.timeIntervalSince1970 ?? 0)"
            }
        }
        return entries
    }

    /// Calls `onChange` whenever the snapshot differs from the previous one, until the task is
    /// cancelled. Polls every `interval`, or less often when taking a snapshot is slow (large
    /// folders): the wait is at least `idleShare` times the last snapshot's duration, so that
    /// watching takes a small share of one core.
    public func watch(every interval: Duration = .milliseconds(100), idleShare: Int = 8, onChange: @Sendable () async -> Void) async {
        let clock = ContinuousClock()
        var started = clock.now
        var last = snapshot()
        var cost = started.duration(to: clock.now)
        while !Task.isCancelled {
            try? await Task.sleep(for: max(interval, cost * idleShare))
            started = clock.now
            let now = snapshot()
            cost = started.duration(to: clock.now)
            if now != last {
                last = now
                await onChange()
            }
        }
    }
}
