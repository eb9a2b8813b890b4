import BriefingCore
import Foundation

/// Notices changes under a set of folders by comparing snapshots of paths, sizes and
/// modification times (polling: portable, and cheap at the sizes Briefing handles).
public struct SourceWatcher: Sendable {
    public let folders: [URL]

    public init(folders: [URL]) {
        self.folders = folders
    }

    /// A comparable picture of the folders' files: path → size and modification time, hidden
    /// files and folders left out. Plain `readdir` and `stat` calls, so that a folder of
    /// thousands of articles is scanned in milliseconds and can be polled often.
    public func snapshot() -> [String: String] {
        var entries: [String: String] = [:]
        for folder in folders { Self.scan(folder.path, into: &entries) }
        return entries
    }

    /// What a snapshot holds for a folder.
    private static let folderStamp = "folder"

    private static func scan(_ folder: String, into entries: inout [String: String]) {
        for (name, _, _) in FolderListing.entries(in: folder) where !name.hasPrefix(".") {
            let path = folder + "/" + name
            var info = stat()
            guard stat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                entries[path] = folderStamp
                scan(path, into: &entries)
            } else {
                #if canImport(Darwin)
                let modified = info.st_mtimespec
                #else
                let modified = info.st_mtim
                #endif
                entries[path] = "\(info.st_size)@\(modified.tv_sec).\(modified.tv_nsec)"
            }
        }
    }

    /// Calls `onChange` whenever the snapshot differs from the previous one, until the task is
    /// cancelled. Polls every `interval`, or less often when taking a snapshot is slow (large
    /// folders): the wait is at least `idleShare` times the last snapshot's duration, so that
    /// watching takes a small share of one core. Where the kernel reports changes in folders
    /// (`FolderEvents`), a report ends the wait early: it is looked for every `eventCheck`, so
    /// an edit is seen within that time whatever the folders' size, not at the next poll.
    public func watch(
        every interval: Duration = .milliseconds(100), idleShare: Int = 8, eventCheck: Duration = .milliseconds(10),
        onChange: @Sendable () async -> Void
    ) async {
        let clock = ContinuousClock()
        let events = FolderEvents()
        var started = clock.now
        var last = snapshot()
        events?.watch(watchedFolders(of: last))
        var cost = started.duration(to: clock.now)
        while !Task.isCancelled {
            let due = clock.now.advanced(by: max(interval, cost * idleShare))
            if let events {
                while !Task.isCancelled, !events.pending(), clock.now < due {
                    try? await Task.sleep(for: min(eventCheck, clock.now.duration(to: due)))
                }
            } else {
                try? await Task.sleep(until: due, clock: clock)
            }
            if Task.isCancelled { break }
            started = clock.now
            let now = snapshot()
            cost = started.duration(to: clock.now)
            if now != last {
                last = now
                events?.watch(watchedFolders(of: now))
                await onChange()
            }
        }
    }

    /// The folders whose entries `snapshot` lists: the watched ones and those below them.
    private func watchedFolders(of snapshot: [String: String]) -> [String] {
        folders.map(\.path) + snapshot.compactMap { path, stamp in stamp == Self.folderStamp ? path : nil }.sorted()
    }
}
