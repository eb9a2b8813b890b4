import Foundation
import Testing
@testable import BriefingCore

/// Search postings updated for a few changed briefs, and kept between builds, against the
/// postings made from every brief's search details.
@Suite("Search postings updated")
struct SearchPostingsUpdateTests {
    /// ASCII words, some only in the changed briefs below.
    static let words = [
        "budget", "council", "mayor", "transit", "zoning", "housing", "levy", "2024", "ferry", "harbour",
        "tariff", "water", "pension", "clinic", "school", "bridge", "rail", "airport", "wind", "solar",
    ]

    /// Search details of `count` briefs, each a sorted selection of `words` chosen by `seed`.
    static func searches(_ count: Int, seed: Int = 0) -> [DigestDetails.Search] {
        (0..<count).map { brief in search(brief, seed: seed) }
    }

    static func search(_ brief: Int, seed: Int, extra: [String] = []) -> DigestDetails.Search {
        let chosen = words.enumerated().filter { ($0.offset * 7 + brief * 3 + seed * 5) % 6 < 2 }.map(\.element)
        let terms = Array(Set(chosen + extra)).sorted()
        return DigestDetails.Search(
            terms: terms.joined(separator: " "), weights: terms.indices.map { UInt8(($0 + brief + seed) % 5 + 1) }, snippet: "brief \(brief) \(seed)")
    }

    /// The postings as a reader of the index sees them: each term with its briefs and weights.
    static func listed(_ postings: SearchPostings) -> [String: [String]] {
        var listed: [String: [String]] = [:]
        for term in postings.terms.indices {
            let run = postings.postings(of: term)
            listed[postings.terms[term]] = run.map { "\(postings.briefs[$0]):\(postings.weights[$0])" }
        }
        return listed
    }

    @Test func replacingChangedBriefsGivesThePostingsOfAWholeReading() throws {
        var searches = Self.searches(30)
        let before = SearchPostings(searches, count: searches.count)
        // Brief 4 gains a new term and loses others, brief 17 holds what brief 2 held, brief 29
        // (the last) is emptied: "levy" and "zoning" may lose every brief, "ombudsman" is new.
        let changed = [4, 17, 29]
        searches[4] = Self.search(4, seed: 3, extra: ["ombudsman"])
        searches[17] = Self.search(2, seed: 0)
        searches[29] = DigestDetails.Search(terms: "", weights: [], snippet: "")
        let updated = try #require(before.replacing(changed, with: changed.map { searches[$0] }))
        let whole = SearchPostings(searches, count: searches.count)
        #expect(Self.listed(updated) == Self.listed(whole))
        #expect(updated.snippets == whole.snippets)
        #expect(Set(updated.terms) == Set(whole.terms), "no term is left without postings")
        #expect(updated.terms.contains("ombudsman"))
        // The search index's files, which sort the terms, are the same bytes.
        #expect(updated.termsInOrder().map { updated.terms[$0] } == whole.termsInOrder().map { whole.terms[$0] })
    }

    @Test func aTermPastASCIIInAChangedBriefNeedsAWholeReading() {
        var searches = Self.searches(10)
        searches[3] = Self.search(3, seed: 0, extra: ["zürich"])
        let before = SearchPostings(searches, count: searches.count)
        // Gained by a changed brief…
        #expect(before.replacing([5], with: [Self.search(5, seed: 0, extra: ["café"])]) == nil)
        // …or held by one before its change.
        #expect(before.replacing([3], with: [Self.search(3, seed: 1)]) == nil)
        // A term past ASCII that no changed brief holds is kept as it was.
        let updated = before.replacing([6], with: [Self.search(6, seed: 2)])
        #expect(updated?.terms.contains("zürich") == true)
    }

    @Test func keptPostingsAreUpdatedOnlyForTheBriefsThatChanged() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SearchPostingsFile(url: folder.appendingPathComponent("search-postings"), keysTag: "test")
        var searches = Self.searches(40)
        var keys: [String?] = searches.indices.map { "key-\($0)" }
        var read: [Int] = [], wholeReadings = 0
        func postings() -> SearchPostings {
            file.postings(keys: keys, search: { read.append($0); return searches[$0] }) {
                wholeReadings += 1
                return SearchPostings(searches, count: searches.count)
            }
        }
        _ = postings()
        #expect(wholeReadings == 1 && read.isEmpty, "the first build reads every brief")
        // One brief changed: only its details are read.
        searches[7] = Self.search(7, seed: 4, extra: ["ombudsman"])
        keys[7] = "key-7-edited"
        let updated = postings()
        #expect(wholeReadings == 1 && read == [7])
        #expect(Self.listed(updated) == Self.listed(SearchPostings(searches, count: searches.count)))
        // Nothing changed (a template edit): the kept postings as they are.
        read = []
        #expect(Self.listed(postings()) == Self.listed(updated) && read.isEmpty && wholeReadings == 1)
        // A brief added shifts every position after it: read whole.
        searches.insert(Self.search(99, seed: 1), at: 0)
        keys.insert("key-new", at: 0)
        _ = postings()
        #expect(wholeReadings == 2)
        // A brief without a key (no cache) is never kept.
        keys[3] = nil
        _ = postings()
        _ = postings()
        #expect(wholeReadings == 4)
        // Keys of another program or reference date are not read.
        keys[3] = "key-3"
        _ = postings()
        let other = SearchPostingsFile(url: file.url, keysTag: "other")
        var otherReadings = 0
        _ = other.postings(keys: keys, search: { searches[$0] }) {
            otherReadings += 1
            return SearchPostings(searches, count: searches.count)
        }
        #expect(otherReadings == 1)
    }

    /// The index's files of two sets of briefs, one brief apart: a file's key is the same in
    /// both exactly when its text is, so that a rebuild keeps the files it does not make again.
    @Test func aFilesKeyChangesExactlyWhenItsTextDoes() throws {
        let folder = Repo.fixtures.appendingPathComponent("ingest")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        let digests = names.compactMap { BriefPipeline.process($0, in: folder).brief }.map { BriefDigest($0) }
        // Each brief twice, for two chunks of summaries (the second has no brief changed), each
        // under a slug of its own, as a site names them.
        let before = (digests + digests).enumerated().map { position, digest in
            var named = digest
            named.slug += "-\(position)"
            return named
        }
        try #require(before.count > SearchIndexWriter.chunkSize && digests.count > 7)
        // The brief at 3 replaced by another article.
        var after = before
        after[3] = before[7]
        after[3].slug += "-again"
        let keysBefore: [String?] = before.indices.map { "key-\($0)" }
        var keysAfter = keysBefore
        keysAfter[3] = "key-7"
        func files(_ briefs: [BriefDigest], _ keys: [String?]) -> [String: (key: String?, text: String)] {
            let briefs = briefs.withKeys(keys)
            let made = SearchIndexWriter().keyedFiles(briefs, briefKeys: BriefKeys(briefs))
            return Dictionary(uniqueKeysWithValues: made.map { ($0.path, ($0.key, $0.text())) })
        }
        let (old, new) = (files(before, keysBefore), files(after, keysAfter))
        var same = 0, changed = 0
        for (path, file) in new where path != "search/meta.js" {
            let key = try #require(file.key, "\(path) has a key")
            guard let earlier = old[path] else { continue }
            #expect((earlier.key == key) == (earlier.text == file.text), "\(path)")
            if earlier.text == file.text { same += 1 } else { changed += 1 }
        }
        #expect(same > 0 && changed > 0, "the change leaves some files as they were and changes others")
        #expect(old["search/d-0.js"]?.key != new["search/d-0.js"]?.key && old["search/d-1.js"]?.key == new["search/d-1.js"]?.key)
        #expect(new["search/meta.js"]?.key == nil, "the index's description is made in every build")
    }

    @Test func aDamagedFileIsReadWhole() throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SearchPostingsFile(url: folder.appendingPathComponent("search-postings"), keysTag: "test")
        let searches = Self.searches(12)
        let keys: [String?] = searches.indices.map { "key-\($0)" }
        var wholeReadings = 0
        let all = { wholeReadings += 1; return SearchPostings(searches, count: searches.count) }
        _ = file.postings(keys: keys, search: { searches[$0] }, all: all)
        var bytes = try Data(contentsOf: file.url)
        bytes.removeLast(3)
        try bytes.write(to: file.url)
        let read = file.postings(keys: keys, search: { searches[$0] }, all: all)
        #expect(wholeReadings == 2)
        #expect(Self.listed(read) == Self.listed(SearchPostings(searches, count: searches.count)))
    }
}
