import Foundation
import Testing
@testable import BriefingCore

/// A rebuild takes the cache key of an input file listed as the last build stamped it, without
/// reading the file; any other listing of the file (a write, even one that keeps its size and
/// sets its modification time back) has it read again.
@Suite("Input stamps")
struct InputStampsTests {
    private func listed(_ folder: URL) throws -> FolderListing.File {
        try #require(FolderListing(folder).files.first)
    }

    @Test func aStampHoldsWhileTheFileIsListedTheSame() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("input"), file = input.appendingPathComponent("a.txt")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try "one".write(to: file, atomically: false, encoding: .utf8)
        let first = try listed(input)
        let now = Int(Date().timeIntervalSince1970)
        var stamps = InputStamps()
        stamps.stamp(first, key: "k1", buildStart: now)
        #expect(stamps.key(of: first) == nil, "a file changed just before the build is not stamped")
        stamps.stamp(first, key: "k1", buildStart: now + 60)
        #expect(stamps.key(of: first) == "k1")

        let cache = BriefCache(forOutput: tmp.appendingPathComponent("out"))
        let url = tmp.appendingPathComponent("stamps")
        stamps.save(to: url, cache: cache)
        #expect(InputStamps(contentsOf: url, cache: cache).key(of: first) == "k1")
        let otherKeys = BriefCache(forOutput: tmp.appendingPathComponent("out"), referenceDate: CalendarDate(year: 2020, month: 1, day: 1))
        #expect(InputStamps(contentsOf: url, cache: otherKeys).key(of: first) == nil, "stamps name keys of their own program and date")

        // The same size and the modification time set back: the status change time still moved.
        Thread.sleep(forTimeInterval: 0.05)
        try "two".write(to: file, atomically: false, encoding: .utf8)
        var times = [timespec(tv_sec: first.modifiedSeconds, tv_nsec: first.modifiedNanoseconds),
                     timespec(tv_sec: first.modifiedSeconds, tv_nsec: first.modifiedNanoseconds)]
        #expect(utimensat(AT_FDCWD, file.path, &times, 0) == 0)
        let second = try listed(input)
        #expect(second.size == first.size && second.modifiedSeconds == first.modifiedSeconds && second.modifiedNanoseconds == first.modifiedNanoseconds)
        #expect(stamps.key(of: second) == nil)
    }

    /// Files settled before the first build are stamped by it; the next build takes their keys
    /// from the stamps, reads the one file written since, and writes the site a build from
    /// scratch writes.
    @Test func rebuildsFromStampsGiveTheFilesOfACleanBuild() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("input"), output = tmp.appendingPathComponent("out")
        try FileManager.default.copyItem(at: Repo.seeds, to: input)
        // Older than the settling time when the first build starts.
        try await Task.sleep(for: .seconds(InputStamps.settling + 1))
        func build(_ output: URL, cache: Bool = true) async throws -> BuildReport {
            try await SiteBuilder().build(BuildOptions(input: input, output: output, defaultTemplates: Repo.templates, useCache: cache))
        }
        let first = try await build(output)
        let cache = BriefCache(forOutput: output)
        let stamps = InputStamps(contentsOf: InputStamps.url(in: cache), cache: cache)
        let files = FolderListing(input).files
        #expect(files.allSatisfy { stamps.key(of: $0) != nil })

        let edited = input.appendingPathComponent(Repo.seed002)
        let text = try String(contentsOf: edited, encoding: .utf8)
        try (text + "\n\nThe ministry declined to comment on the report on Thursday.\n").write(to: edited, atomically: true, encoding: .utf8)
        let second = try await build(output)
        #expect(second.cacheHits == first.filesRead - 1)
        let fresh = tmp.appendingPathComponent("fresh")
        _ = try await build(fresh, cache: false)
        let (built, clean) = (try Repo.tree(output), try Repo.tree(fresh))
        #expect(built.keys.sorted() == clean.keys.sorted())
        for (path, bytes) in clean where built[path] != bytes { Issue.record("\(path) differs from a clean build") }
        #expect(String(decoding: try #require(built.first { $0.key.hasPrefix("stories/") }?.value), as: UTF8.self).contains("declined to comment"))
    }
}
