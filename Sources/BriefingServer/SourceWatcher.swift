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

    /// Calls `onChange` whenever the snapshot differs from the previous one, polling every
    /// `interval`, until the task is cancelled.
    public func watch(every interval: Duration = .milliseconds(400), onChange: @Sendable () async -> Void) async {
        var last = snapshot()
        while !Task.isCancelled {
            try? await Task.sleep(for: interval)
            let now = snapshot()
            if now != last {
                last = now
                await onChange()
            }
        }
    }
}
