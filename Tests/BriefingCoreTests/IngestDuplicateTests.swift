import Foundation
import Testing
@testable import BriefingCore

@Suite("Near-duplicate stories")
struct IngestDuplicateTests {
    static let folder = Repo.fixtures.appendingPathComponent("ingest-duplicates")

    private func article(_ name: String) throws -> Article {
        guard case .article(let article, _) = ArticleIngestor().ingest(try SourceLoader().read(name, in: Self.folder)) else {
            throw BriefingError(stage: .ingest, file: name, message: "skipped")
        }
        return article
    }

    @Test func sameStoryAsTextAndPageIsOneDuplicate() throws {
        let articles = try ["tram-line-story.html", "tram-line-story.txt", "unrelated-story.txt"].map(article)
        #expect(DuplicateStoryDetector().duplicates(among: articles) == [.init(duplicate: 1, original: 0)])
    }

    @Test func differentStoriesAreNotDuplicates() throws {
        let articles = try ["tram-line-story.txt", "unrelated-story.txt"].map(article)
        #expect(DuplicateStoryDetector().duplicates(among: articles).isEmpty)
    }

    /// The sample is the 4-grams picked by hash, ascending and each once, picked before they
    /// are sorted.
    @Test func theSampleIsEveryEighthFourGramByHash() throws {
        for name in ["tram-line-story.html", "unrelated-story.txt"] {
            let article = try article(name)
            let sample = DuplicateStoryDetector.sample(article)
            #expect(!sample.isEmpty)
            #expect(sample == DuplicateStoryDetector.shingles(article).hashes.filter { $0 % DuplicateStoryDetector.sampling == 0 }, "\(name)")
            // A site build picks the sample from the 4-grams it makes anyway.
            #expect(DuplicateStoryDetector.sample(of: DuplicateStoryDetector.shingles(article)) == sample, "\(name)")
            // Thousands of samples are held at once: no room kept for the 4-grams left out.
            #expect(sample.capacity < 2 * sample.count + 8, "\(name): capacity \(sample.capacity) for \(sample.count) hashes")
        }
    }

    @Test func buildKeepsOneBriefAndWarns() async throws {
        let output = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let options = BuildOptions(input: Self.folder, output: output.appendingPathComponent("site"), defaultTemplates: Repo.templates)
        let report = try await SiteBuilder().build(options)
        #expect(report.briefs == 2)
        let warnings = report.diagnostics.filter { $0.message.contains("same story as") }
        #expect(warnings.map(\.file) == ["tram-line-story.txt"])
        #expect(warnings.first?.message.contains("tram-line-story.html") == true)
        // The repeat left out of the site counts as skipped, by its flag, not by its wording.
        #expect(report.skipped.map(\.file) == ["tram-line-story.txt"])
        #expect(report.summary.contains("1 skipped"))
    }

    /// Texts written from one pattern are candidates of every later one, whose checks then run
    /// on all cores: the answers still go to their own candidates, and the text repeated is named.
    @Test func manyCandidatesStillNameTheTextRepeated() async throws {
        let folder = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("input")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        func sentences(_ tag: String, _ count: Int) -> [String] {
            (0..<count).map { s in (0..<12).map { w in "\(tag)w\(s)x\(w)" }.joined(separator: " ").capitalized + "." }
        }
        let shared = sentences("common", 30)
        func write(_ name: String, _ body: [String]) throws {
            let text = "Report \(name) on the district plan\n\n" + body.joined(separator: "\n\n") + "\n"
            try text.write(to: input.appendingPathComponent("\(name).txt"), atomically: true, encoding: .utf8)
        }
        // 30 of each text's 42 sentences are shared (71 %, under the 80 % of a repeat): every
        // earlier text is a candidate of each later one, and none is the same story.
        for i in 0..<40 { try write("text-\(100 + i)", shared + sentences("own\(i)", 12)) }
        // The last repeats text 135; every earlier text is its candidate too.
        try write("text-140", shared + sentences("own35", 12))
        let report = try await SiteBuilder().build(BuildOptions(input: input, output: folder.appendingPathComponent("site"), defaultTemplates: Repo.templates))
        let warnings = report.diagnostics.filter { $0.message.contains("same story as") }
        #expect(report.briefs == 40)
        #expect(warnings.map(\.file) == ["text-140.txt"])
        #expect(warnings.first?.message.contains("same story as text-135.txt") == true, "\(warnings.map(\.message))")
    }

    /// Word hashes are read from UTF-8 bytes: they equal hashing each lower-cased scalar of a
    /// word, read one scalar at a time, past ASCII too (curly quotes, accents, "İ", whose
    /// lower case is two scalars, the Kelvin sign, digits of other scripts, emoji).
    @Test func wordHashesFromBytesEqualThoseFromScalars() {
        func fromScalars(_ text: String) -> [UInt64] {
            var words: [UInt64] = [], hash: UInt64 = 0xCBF2_9CE4_8422_2325, inWord = false
            for scalar in text.unicodeScalars {
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                        var value = lower.value
                        while value > 0 {
                            hash = (hash ^ UInt64(value & 0xFF)) &* 0x100_0000_01B3
                            value >>= 8
                        }
                    }
                    inWord = true
                } else if inWord {
                    words.append(hash)
                    (hash, inWord) = (0xCBF2_9CE4_8422_2325, false)
                }
            }
            return inWord ? words + [hash] : words
        }
        let texts = [
            "", " ", "The council voted 7-2 on Tuesday.", "KIM’S “PLAN” — Café, CAFÉ, naïve; 1,200 [sic] x86_64",
            "İstanbul\u{2009}and Straße STRASSE", "\u{212A}elvin 5\u{00A0}km \u{0663}\u{0664} 👍🏽 end", "Ελλάδα ΕΛΛΆΔΑ", "trailing word",
            // Runs of letters longer than eight bytes, of both cases, running into digits, marks and letters past ASCII.
            "Officials in Washington said the INTERNATIONALIZATION plan could change how Norway works over the next 2 years.",
            "abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefgh12345678abcdefghé Zürichstrasse[]^_`{|}~@",
        ]
        for text in texts {
            var words: [UInt64] = []
            DuplicateStoryDetector.appendWordHashes(of: text, to: &words)
            #expect(words == fromScalars(text), "\(text)")
        }
        var words: [UInt64] = []
        DuplicateStoryDetector.appendWordHashes(of: "Kim’s PLAN", to: &words)
        #expect(words.count == 3)
    }

    /// The merge of two sorted 4-gram lists, with its early answers, finds the same stories as
    /// counting the 4-grams the texts share: overlaps on both sides of the 80 % cut, lengths
    /// on both sides of the ratio, a hash of 0 in one text or both, either text first.
    @Test func sameStoryAgreesWithCountingSharedFourGrams() {
        var state: UInt64 = 0x2545_F491_4F6C_DD1D
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state ^ state >> 29
        }
        let detector = DuplicateStoryDetector()
        var outcomes: [Bool: Int] = [:]
        for round in 0..<400 {
            let common = (0..<(round % 60)).map { _ in next() }
            var a = common + (0..<(round % 17)).map { _ in next() }
            var b = common + (0..<(round % 23)).map { _ in next() }
            if round % 5 == 0 { a.append(0); b.append(0) }
            if round % 7 == 0 { a.append(0) }
            a.sortKeepingEachOnce()
            b.sortKeepingEachOnce()
            let small = min(a.count, b.count), large = max(a.count, b.count)
            let shared = Set(a).intersection(b).count
            let expected = small >= 8 && Double(small) >= Double(large) * 0.5 && shared >= Int((Double(small) * 0.8).rounded(.up))
            let (x, y) = (DuplicateStoryDetector.Shingles(hashes: a), DuplicateStoryDetector.Shingles(hashes: b))
            #expect(detector.isSameStory(x, y) == expected, "round \(round)")
            #expect(detector.isSameStory(y, x) == expected, "round \(round)")
            outcomes[expected, default: 0] += 1
        }
        #expect(outcomes[true, default: 0] > 20 && outcomes[false, default: 0] > 20, "\(outcomes)")
    }

    /// The bound the 4-gram maps give never exceeds the 4-grams one text misses from the other,
    /// also when many hashes share a bit, so a pair the maps rule out is never the same story;
    /// and they rule out some pairs on their own.
    @Test func shingleMapsRuleOutOnlyPairsThatAreNotTheSameStory() {
        var random = SeededGenerator(state: 0x9E37_79B9_7F4A_7C15)
        let detector = DuplicateStoryDetector()
        var ruledOut = 0
        for round in 0..<400 {
            // Every third round the hashes fall on 16 of the 2,048 bits.
            func hash() -> UInt64 {
                let value = random.next()
                return round % 3 == 0 ? value & ~(0x7FF << 32) | (value % 16) << 32 : value
            }
            let common = (0..<(round % 70)).map { _ in hash() }
            let a = Array(Set(common + (0..<(round % 19)).map { _ in hash() })).sorted()
            let b = Array(Set(common + (0..<(round % 29)).map { _ in hash() })).sorted()
            let (x, y) = (DuplicateStoryDetector.Shingles(hashes: a), DuplicateStoryDetector.Shingles(hashes: b))
            let maps = ShingleMaps([x, nil, y])
            #expect(maps.fewestMissing(0, from: 2) <= Set(a).subtracting(b).count, "round \(round)")
            #expect(maps.fewestMissing(2, from: 0) <= Set(b).subtracting(a).count, "round \(round)")
            #expect(maps.fewestMissing(0, from: 1) == 0 && !maps.rulesOut(1, 2, by: detector), "a text without a map")
            let same = detector.isSameStory(x, y)
            #expect(maps.rulesOut(0, 2, by: detector) == maps.rulesOut(2, 0, by: detector), "round \(round)")
            if maps.rulesOut(0, 2, by: detector) {
                #expect(!same, "round \(round)")
                ruledOut += 1
            }
        }
        #expect(ruledOut > 100, "\(ruledOut)")
    }
}
