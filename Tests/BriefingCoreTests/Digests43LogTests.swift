import Foundation
import Testing
@testable import BriefingCore

/// The digest store as a log: a rebuild appends its changes to the last build's file, which
/// reads back with each key's last record, is written anew once mostly stale, and is ignored
/// whole when its last block was cut short or it belongs to another detail file.
@Suite("Digest store log")
struct Digests43LogTests {
    /// A store and its detail file in a temporary folder, saved and read back as builds do.
    private struct Fixture {
        let tmp: URL
        let cache: BriefCache
        let briefs: [Brief]
        var url: URL { tmp.appendingPathComponent("digests") }
        var detailsURL: URL { tmp.appendingPathComponent("digest-details") }

        init() throws {
            tmp = try Repo.temporaryFolder()
            cache = BriefCache(forOutput: tmp.appendingPathComponent("out"))
            briefs = [try Repo.brief(Repo.seed000), try Repo.brief(Repo.seed002)]
        }

        /// A record for `key`: with a digest of one of the briefs, or skipped with a warning.
        func record(_ key: String) -> DigestStore.Record {
            let n = key.utf8.reduce(0) { $0 + Int($1) }
            return n % 3 == 0
                ? DigestStore.Record(diagnostics: [Diagnostic(.error, stage: .ingest, file: "\(key).txt", message: "empty; skipped")], digest: nil)
                : DigestStore.Record(diagnostics: [], digest: BriefDigest(briefs[n % 2]))
        }

        /// Saves `keys` as a first build does: into a new detail file, the whole file.
        func saveNew(_ keys: [String]) throws {
            var store = DigestStore()
            for key in keys { store[key] = record(key) }
            let details = try #require(AppendOnlyFile(creatingIn: tmp, name: DigestStore.detailsName))
            store.save(to: url, details: details, cache: cache)
            details.commit(as: detailsURL)
        }

        func read() -> DigestStore { DigestStore(contentsOf: url, details: detailsURL, cache: cache) }

        /// Saves `keys` as a rebuild does: the records of the keys the store read holds taken
        /// from it, the others made, their details appended to its detail file.
        @discardableResult
        func rebuild(_ keys: [String]) throws -> DigestStore {
            let last = read()
            let details = try #require(last.appendableDetails)
            var kept = DigestStore()
            for key in keys {
                var record = last[key] ?? record(key)
                if let stored = record.digest?.details.stored(in: details) { record.digest?.details = stored }
                kept.keep(key, record, known: last[key] != nil)
            }
            kept.save(to: url, details: details, cache: cache, after: last)
            return last
        }

        func size() throws -> Int { try #require(FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) }
        func inode() throws -> Int { try #require(FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int) }
    }

    @Test func anAddedRecordIsAppendedAndReadBack() throws {
        let f = try Fixture()
        defer { try? FileManager.default.removeItem(at: f.tmp) }
        let keys = (0..<20).map { "k\($0)" }
        try f.saveNew(keys)
        let (size, inode) = (try f.size(), try f.inode())
        try f.rebuild(keys + ["new"])
        #expect(try f.inode() == inode, "appended to, not written anew")
        #expect(try f.size() > size && f.size() < size + size / 4, "only the new record is written")
        let read = f.read()
        #expect(read.records.count == 21 && read.loggedCount == 21)
        #expect(read["new"]?.digest?.details.timeline.events == f.record("new").digest?.details.timeline.events)
        #expect(read["k0"]?.diagnostics == f.record("k0").diagnostics)
        // A removed key is read as gone; an unchanged rebuild writes nothing.
        try f.rebuild(keys)
        #expect(f.read()["new"] == nil && f.read().records.count == 20 && f.read().loggedCount == 22)
        let unchanged = try f.size()
        try f.rebuild(keys)
        #expect(try f.size() == unchanged)
    }

    @Test func aOneEditRebuildAppendsItsChangesToTheStore() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("input"), output = tmp.appendingPathComponent("out")
        try FileManager.default.copyItem(at: Repo.seeds, to: input)
        for name in ["ap-washington-two-authors.txt", "afp-dateline-with-caption.txt"] {
            let fixture = Repo.fixtures.appendingPathComponent("ingest").appendingPathComponent(name)
            try FileManager.default.copyItem(at: fixture, to: input.appendingPathComponent(name))
        }
        let options = BuildOptions(input: input, output: output, defaultTemplates: Repo.templates, baseURL: "https://example.org/b/", useCache: true)
        _ = try await SiteBuilder().build(options)
        let cache = BriefCache(forOutput: output)
        let url = DigestStore.url(in: cache)
        let inode = try #require(FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int)
        let edited = input.appendingPathComponent("ap-washington-two-authors.txt")
        let text = try String(contentsOf: edited, encoding: .utf8)
        try (text + "\n\nThe agency said on Thursday that the review would take two more weeks.\n").write(to: edited, atomically: true, encoding: .utf8)
        _ = try await SiteBuilder().build(options)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.systemFileNumber] as? Int == inode, "appended to")
        let store = DigestStore(contentsOf: url, details: DigestStore.detailsURL(in: cache), cache: cache)
        #expect(store.records.count == 4)
        #expect(store.loggedCount == 6, "the edited article's record and the removal of its old key")
    }

    @Test func aLaterRecordOfAKeyReplacesAnEarlierOne() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let url = tmp.appendingPathComponent("log")
        let write: (inout BinaryWriter, String, String?) -> Void = { writer, key, value in
            writer.string(key)
            if let value { writer.string(value) }
        }
        let read = {
            KeyedRecordFile.readLog(url, magic: "log-1") { reader -> (String, String?) in
                let key = try reader.string()
                return (key, reader.isAtEnd ? nil : try reader.string())
            }
        }
        KeyedRecordFile.write(url, magic: "log-1", [(key: "a", value: "1"), (key: "b", value: "2"), (key: "c", value: "3")], record: write)
        #expect(KeyedRecordFile.append(url, magic: "log-1", [(key: "a", value: nil), (key: "b", value: "4")], record: write))
        #expect(KeyedRecordFile.append(url, magic: "log-1", [(key: "a", value: "5")], record: write))
        let log = try #require(read())
        #expect(log.records == ["a": "5", "b": "4", "c": "3"] && log.count == 6)
        #expect(!KeyedRecordFile.append(url, magic: "log-2", [(key: "d", value: "6")], record: write), "a file of another format is not appended to")
        #expect(!KeyedRecordFile.append(tmp.appendingPathComponent("missing"), magic: "log-1", [(key: "d", value: "6")], record: write))
        #expect(try #require(read()).count == 6)
    }

    @Test func aStorePastItsStaleAllowanceIsWrittenAnew() throws {
        let f = try Fixture()
        defer { try? FileManager.default.removeItem(at: f.tmp) }
        var keys = (0..<24).map { "k\($0)" }
        try f.saveNew(keys)
        let inode = try f.inode()
        // Each rebuild replaces one key: a record and a removal, up to the allowance.
        let rounds = DigestStore.staleAllowance(live: 24) / 2
        for round in 0..<rounds {
            keys[round] = "new\(round)"
            try f.rebuild(keys)
            #expect(try f.inode() == inode)
            #expect(f.read().loggedCount == 24 + 2 * (round + 1) && f.read().records.count == 24)
        }
        keys[rounds] = "new\(rounds)"
        try f.rebuild(keys)
        #expect(try f.inode() != inode, "written anew")
        #expect(f.read().loggedCount == 24 && Set(f.read().records.keys) == Set(keys))
        // The same bytes as the whole store saved at once.
        let compacted = try Data(contentsOf: f.url)
        let last = f.read()
        var again = DigestStore()
        for key in keys { again[key] = last[key] }
        again.save(to: f.url, details: try #require(last.appendableDetails), cache: f.cache)
        #expect(try Data(contentsOf: f.url) == compacted)
    }

    @Test func aStoreCutShortInItsLastBlockIsIgnored() throws {
        let f = try Fixture()
        defer { try? FileManager.default.removeItem(at: f.tmp) }
        let keys = (0..<10).map { "k\($0)" }
        try f.saveNew(keys)
        let before = try Data(contentsOf: f.url)
        try f.rebuild(Array(keys.dropFirst()) + ["new1", "new2"])
        let after = try Data(contentsOf: f.url)
        #expect(after.count > before.count + 3)
        for length in before.count..<after.count {
            try after.prefix(length).write(to: f.url)
            let read = f.read()
            if length == before.count {
                #expect(read.records.count == 10, "the block not written at all leaves the store before it")
            } else {
                #expect(read.records.isEmpty && read.loggedCount == nil && read.appendableDetails == nil, "cut at \(length)")
            }
        }
        // A rebuild after a store cut short writes it anew into a new detail file.
        try after.prefix(after.count - 1).write(to: f.url)
        #expect(f.read().appendableDetails == nil)
        try f.saveNew(keys)
        #expect(f.read().records.count == 10)
    }

    @Test func aStoreOfAnotherDetailFileIsNeitherReadNorAppendedTo() throws {
        let f = try Fixture()
        defer { try? FileManager.default.removeItem(at: f.tmp) }
        let keys = (0..<6).map { "k\($0)" }
        try f.saveNew(keys)
        let last = f.read()
        // Read against another detail file, the store is empty.
        let other = try #require(AppendOnlyFile(creatingIn: f.tmp, name: DigestStore.detailsName))
        other.commit(as: f.tmp.appendingPathComponent("other-details"))
        #expect(DigestStore(contentsOf: f.url, details: f.tmp.appendingPathComponent("other-details"), cache: f.cache).records.isEmpty)
        // Saved with a detail file other than the one the last store was read against, the
        // store is written anew, naming that file.
        let inode = try f.inode()
        let fresh = try #require(AppendOnlyFile(creatingIn: f.tmp, name: DigestStore.detailsName))
        var kept = DigestStore()
        for key in keys + ["new"] {
            var record = last[key] ?? f.record(key)
            if let stored = record.digest?.details.stored(in: fresh) { record.digest?.details = stored }
            kept[key] = record
        }
        kept.save(to: f.url, details: fresh, cache: f.cache, after: last)
        fresh.commit(as: f.detailsURL)
        #expect(try f.inode() != inode)
        let read = f.read()
        #expect(read.records.count == 7 && read.loggedCount == 7)
        #expect(read["k1"]?.digest?.details.timeline.events == f.record("k1").digest?.details.timeline.events)
    }
}
