import Foundation
import Testing
@testable import BriefingCore

/// A scanner that reads one paragraph after another in the storage of the one before reads
/// each as a scanner made for it does; and the first byte the facts tell is the first byte of
/// the lowercase text, which the rules read in its place.
@Suite("Time scanner: one scanner reads paragraphs as new scanners do")
struct Time29ScannerReuseTests {
    /// The paragraphs of the seeds, long and short, with hand-written ones between them: empty,
    /// one mark, capitals, possessives, year ranges and words past ASCII.
    static let paragraphs: [String] = {
        var paragraphs: [String] = []
        for seed in [Repo.seed000, Repo.seed002] {
            let text = (try? String(contentsOf: Repo.seeds.appendingPathComponent(seed), encoding: .utf8)) ?? ""
            for paragraph in text.components(separatedBy: "\n\n") {
                paragraphs.append(paragraph)
                paragraphs.append("")
                paragraphs.append(".")
            }
        }
        paragraphs += [
            "In the 1995-97 seasons and 2001-2003, Friday's and FRIDAY\u{2019}S results, the caf\u{E9} opened 1999-00.",
            "The 1980's, the early 1980\u{2019}s, $1995-97 and #2010-12; 3-4 and 19-20 are no years.",
        ]
        return paragraphs
    }()

    @Test func aReusedScannerReadsEachParagraphAsANewOne() {
        var reused = TimeScanner(tokens: [], dct: nil)
        var lengths = Set<Int>()
        for paragraph in Self.paragraphs {
            let tokens = Tokenizer.tokens(paragraph)
            reused.read(tokens)
            let fresh = TimeScanner(tokens: tokens, dct: nil)
            lengths.insert(tokens.count)
            #expect(reused.tokens == fresh.tokens)
            #expect(reused.lower == fresh.lower, "\(paragraph)")
            #expect(reused.facts.map(TimeScannerFastPathTests.fields) == fresh.facts.map(TimeScannerFastPathTests.fields), "\(paragraph)")
        }
        // The paragraphs grow and shrink the arrays read into.
        #expect(lengths.count > 10)
    }

    @Test func theFirstByteOfTheFactsIsTheFirstByteOfTheLowercaseText() {
        var ranges = 0
        for paragraph in Self.paragraphs + TimeScannerFastPathTests.words {
            let scanner = TimeScanner(tokens: Tokenizer.tokens(paragraph), dct: nil)
            for k in scanner.tokens.indices {
                #expect(scanner.facts[k].firstByte == scanner.lower[k].utf8.first ?? 0, "\(scanner.tokens[k].text)")
                if scanner.yearRange(at: k) != nil { ranges += 1 }
            }
        }
        // The year ranges `yearRange` tells by that byte first are read.
        #expect(ranges >= 3)
    }
}
