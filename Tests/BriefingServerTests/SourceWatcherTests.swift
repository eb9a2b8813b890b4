import Foundation
import Testing
@testable import BriefingServer

/// The watcher's snapshot changes when an article is added, edited or removed, also in a
/// subfolder, and not for hidden files (editors' swap files, the cache).
@Suite("Source watcher")
struct SourceWatcherTests {
    @Test func snapshotsSeeEditsAddsAndRemovalsButNotHiddenFiles() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-watch-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sub = folder.appendingPathComponent("2025")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let article = sub.appendingPathComponent("talks.txt")
        try "GENEVA (AP) — Delegates met on Monday.\n".write(to: article, atomically: true, encoding: .utf8)
        let watcher = SourceWatcher(folders: [folder])
        let first = watcher.snapshot()
        #expect(first[article.path] != nil)

        try ".swp".write(to: sub.appendingPathComponent(".talks.txt.swp"), atomically: true, encoding: .utf8)
        #expect(watcher.snapshot() == first, "hidden files are not watched")

        let handle = try FileHandle(forWritingTo: article)
        try handle.seekToEnd()
        try handle.write(contentsOf: Data("\"We are close,\" said envoy Jane Doe.\n".utf8))
        try handle.close()
        let edited = watcher.snapshot()
        #expect(edited != first && edited[article.path] != first[article.path])

        try "New article.\n".write(to: folder.appendingPathComponent("new.txt"), atomically: true, encoding: .utf8)
        #expect(watcher.snapshot().count == edited.count + 1)
        try FileManager.default.removeItem(at: article)
        #expect(watcher.snapshot()[article.path] == nil)
    }

    #if os(Linux)
    /// The kernel's reports: a write in a watched folder, and in a subfolder once it is
    /// watched too; nothing once they are read.
    @Test func folderEventsReportWritesInWatchedFolders() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-events-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let sub = folder.appendingPathComponent("2025")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let events = try #require(FolderEvents())
        events.watch([folder.path])
        #expect(!events.pending())
        try "GENEVA (AP) — Delegates met on Monday.\n".write(to: folder.appendingPathComponent("talks.txt"), atomically: false, encoding: .utf8)
        #expect(events.pending())
        #expect(!events.pending(), "read once")
        try "Later.\n".write(to: sub.appendingPathComponent("later.txt"), atomically: false, encoding: .utf8)
        #expect(!events.pending(), "a subfolder's entries are its own folder's events")
        events.watch([folder.path, sub.path])
        try "Later still.\n".write(to: sub.appendingPathComponent("later.txt"), atomically: false, encoding: .utf8)
        #expect(events.pending())
    }

    /// With polls an hour apart, an edit is still seen: the kernel's report wakes the watcher.
    @Test func anEditIsSeenWithoutWaitingForThePoll() async throws {
        let seen = try await Self.editsSeen { watcher, changes in
            await watcher.watch(every: .seconds(3600)) { await changes.add() }
        }
        #expect(seen > 0)
    }
    #endif

    /// Where nothing reports changes (a file system without inotify), the polls still see an edit.
    @Test func anEditIsSeenByThePollsWhereNothingReportsIt() async throws {
        let seen = try await Self.editsSeen { watcher, changes in
            await watcher.watch(
                every: .milliseconds(50), idleShare: 8, eventCheck: .milliseconds(10), safetyInterval: .milliseconds(200), reports: SilentReports()
            ) { await changes.add() }
        }
        #expect(seen > 0)
    }

    /// How many changes `watch` saw (it is given a watcher of a new folder, and the count to
    /// add to) while an article there was edited every half second until one was seen (in case
    /// the first came before the watcher's first snapshot), at most 60 times.
    private static func editsSeen(_ watch: @escaping @Sendable (SourceWatcher, ChangeCount) async -> Void) async throws -> Int {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-wake-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let article = folder.appendingPathComponent("talks.txt")
        try "GENEVA (AP) — Delegates met on Monday.\n".write(to: article, atomically: false, encoding: .utf8)
        let changes = ChangeCount()
        let watcher = SourceWatcher(folders: [folder])
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await watch(watcher, changes) }
            var edits = 0
            while await changes.count == 0, edits < 60 {
                edits += 1
                let handle = try FileHandle(forWritingTo: article)
                try handle.seekToEnd()
                try handle.write(contentsOf: Data("Edit \(edits).\n".utf8))
                try handle.close()
                try await Task.sleep(for: .milliseconds(500))
            }
            let seen = await changes.count
            group.cancelAll()
            return seen
        }
    }
}

/// Change reports that tell of nothing, as where the file system gives none.
private final class SilentReports: ChangeReports {
    func watch(_ folders: [String]) {}
    func pending() -> Bool { false }
}

/// How many changes a watcher has reported.
private actor ChangeCount {
    private(set) var count = 0

    func add() { count += 1 }
}
