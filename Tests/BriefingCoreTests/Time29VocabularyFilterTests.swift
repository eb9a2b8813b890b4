import Foundation
import Testing
@testable import BriefingCore

/// The filter in front of the time vocabulary's table turns away only words the table does not
/// hold: a look-up through it gives what the table alone gives.
@Suite("Time vocabulary: the filter rules out only words outside the table")
struct Time29VocabularyFilterTests {
    /// The words of the seeds' text, lower-cased and as written, with the lexicon words and
    /// look-alikes of the fast-path tests.
    static let words: [String] = {
        var words = Set(TimeScannerFastPathTests.words)
        for seed in [Repo.seed000, Repo.seed002] {
            let text = (try? String(contentsOf: Repo.seeds.appendingPathComponent(seed), encoding: .utf8)) ?? ""
            for token in Tokenizer.tokens(text) { words.formUnion([token.text, token.text.lowercased()]) }
        }
        return words.sorted()
    }()

    @Test func filteredLookUpsGiveWhatTheTableGives() {
        let vocabulary = TimeWordFacts.vocabulary
        var found = 0, ruledOut = 0
        for word in Self.words {
            UTF8Scan.withBytes(word) { bytes in
                guard let hash = ASCIIWordHash.of(bytes) else { return }
                let table = vocabulary.map[ascii: bytes, hash: hash]
                #expect(TimeScannerFastPathTests.fields(vocabulary[ascii: bytes, hash: hash] ?? TimeWordFacts())
                    == TimeScannerFastPathTests.fields(table ?? TimeWordFacts()), "\(word)")
                #expect((vocabulary[ascii: bytes, hash: hash] == nil) == (table == nil), "\(word)")
                if table != nil { found += 1 }
                if !vocabulary.mayHave(hash: hash) { ruledOut += 1 }
            }
        }
        // The words hold keys of the table and words the filter rules out.
        #expect(found > 100)
        #expect(ruledOut > 100)
    }

    @Test func everyASCIIKeyPassesTheFilter() {
        var keys = 0
        for key in TimeWordFacts.vocabulary.keys {
            guard let hash = UTF8Scan.withBytes(key, { ASCIIWordHash.of($0) }) else { continue }
            keys += 1
            #expect(TimeWordFacts.vocabulary.mayHave(hash: hash), "\(key)")
        }
        #expect(keys > 200)
    }
}
