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
}
