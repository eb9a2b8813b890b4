import Foundation
import Testing
@testable import BriefingCore

/// The cache's pack of briefs and feed HTML: a later build appends to the last build's file,
/// a file mostly of entries no longer listed is written anew with the live ones, and a pack
/// whose index is damaged reads as empty.
@Suite struct BriefPackTests {
    private func entry(_ n: Int) -> String { String(repeating: "entry \(n) ", count: 200) }

    /// Writes `keys` to the pack of a new build of `folder`'s cache and saves it keeping `kept`.
    private func build(_ folder: URL, writing keys: [String], keeping kept: Set<String>) {
        let pack = BriefPack(in: folder, keysTag: "t")
        for key in keys { pack.write(key, .brief) { $0.string(entry(key.count)) } }
        pack.save(keeping: kept)
    }

    private func read(_ folder: URL, _ key: String) -> String? {
        guard var record = BriefPack(in: folder, keysTag: "t").record(key, .brief) else { return nil }
        return try? record.string()
    }

    private func identity(_ folder: URL) throws -> UInt64 {
        try #require(AppendOnlyFile(reading: folder.appendingPathComponent(BriefPack.fileName))).identity
    }

    private func size(_ folder: URL) throws -> Int {
        try #require(FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(BriefPack.fileName).path)[.size] as? Int)
    }

    @Test func aLaterBuildAppendsToTheFileUntilMostOfItIsStale() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let keys = (1...8).map { String(repeating: "k", count: $0) }
        build(tmp, writing: keys, keeping: Set(keys))
        let first = try identity(tmp), firstSize = try size(tmp)
        // One entry changed: appended, the file kept.
        build(tmp, writing: ["k"], keeping: Set(keys))
        #expect(try identity(tmp) == first)
        #expect(try size(tmp) > firstSize)
        for key in keys { #expect(read(tmp, key) == entry(key.count)) }
        // Six of eight entries dropped: the two left are copied to a new file.
        build(tmp, writing: [], keeping: ["k", "kk"])
        #expect(try identity(tmp) != first)
        #expect(try size(tmp) < firstSize / 2)
        #expect(read(tmp, "k") == entry(1))
        #expect(read(tmp, "kk") == entry(2))
        #expect(read(tmp, "kkk") == nil)
        // A build that writes nothing and drops nothing leaves both files as they are.
        let index = tmp.appendingPathComponent(BriefPack.indexName)
        let indexBefore = try #require(FileManager.default.contents(atPath: index.path))
        build(tmp, writing: [], keeping: ["k", "kk"])
        #expect(FileManager.default.contents(atPath: index.path) == indexBefore)
    }

    @Test func aDamagedIndexReadsAsEmptyAndANewFileIsStarted() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        build(tmp, writing: ["a", "b"], keeping: ["a", "b"])
        let first = try identity(tmp)
        let index = tmp.appendingPathComponent(BriefPack.indexName)
        var bytes = try #require(FileManager.default.contents(atPath: index.path))
        bytes.removeLast(3)
        try bytes.write(to: index)
        #expect(read(tmp, "a") == nil)
        build(tmp, writing: ["a"], keeping: ["a"])
        #expect(try identity(tmp) != first)
        #expect(read(tmp, "a") == entry(1))
        // An index of other keys is not read.
        #expect(BriefPack(in: tmp, keysTag: "other").record("a", .brief) == nil)
    }
}
