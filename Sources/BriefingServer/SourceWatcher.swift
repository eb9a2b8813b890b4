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
    /// an edit is seen within that time whatever the folders' size, not at the next poll; and
    /// while the reports tell of every change, polls are further apart (below).
    public func watch(
        every interval: Duration = .milliseconds(100), idleShare: Int = 8, eventCheck: Duration = .milliseconds(10),
        onChange: @Sendable () async -> Void
    ) async {
        await watch(every: interval, idleShare: idleShare, eventCheck: eventCheck, reports: FolderEvents(), onChange: onChange)
    }

    /// `watch` with the change reports `reports` (none: polls alone). While the reports have
    /// told of every change the polls found, the polls only make sure of them, every
    /// `safetyInterval` (idle `serve` of 10,000 articles, whose snapshot takes about 30 ms,
    /// used 4.8 % of one core rather than 13.6 %); once a poll finds a change they did not tell
    /// of (a file system that reports nothing), polls run every `interval` again.
    func watch(
        every interval: Duration, idleShare: Int, eventCheck: Duration, safetyInterval: Duration = .seconds(1), reports: (any ChangeReports)?,
        onChange: @Sendable () async -> Void
    ) async {
        let clock = ContinuousClock()
        var started = clock.now
        var last = snapshot()
        reports?.watch(watchedFolders(of: last))
        var cost = started.duration(to: clock.now)
        var trusted = reports != nil
        while !Task.isCancelled {
            let due = clock.now.advanced(by: max(trusted ? safetyInterval : interval, cost * idleShare))
            var reported = false
            if let reports {
                while !Task.isCancelled, clock.now < due {
                    if reports.pending() { reported = true; break }
                    try? await Task.sleep(for: min(eventCheck, clock.now.duration(to: due)))
                }
                // A report that came as the wait ended.
                reported = reported || reports.pending()
            } else {
                try? await Task.sleep(until: due, clock: clock)
            }
            if Task.isCancelled { break }
            started = clock.now
            let now = snapshot()
            cost = started.duration(to: clock.now)
            if now != last {
                if !reported { trusted = false }
                last = now
                reports?.watch(watchedFolders(of: now))
                await onChange()
            }
        }
    }

    /// The folders whose entries `snapshot` lists: the watched ones and those below them.
    private func watchedFolders(of snapshot: [String: String]) -> [String] {
        folders.map(\.path) + snapshot.compactMap { path, stamp in stamp == Self.folderStamp ? path : nil }.sorted()
    }
}
