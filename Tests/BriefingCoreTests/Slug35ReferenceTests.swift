import Foundation
import Testing
@testable import BriefingCore

/// `Slug.make` folds an ASCII text's capitals as it reads its bytes; it must give what the
/// plain rule gives: the text lower-cased (or folded by Foundation past ASCII), its words of
/// ASCII letters and digits (apostrophes dropped) joined by hyphens while they fit.
@Suite("Slug 35 reference")
struct Slug35ReferenceTests {
    private static func reference(_ text: String, limit: Int) -> String {
        let folded = text.unicodeScalars.allSatisfy(\.isASCII) ? text.lowercased()
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil)
        var words: [String] = [], word = ""
        for scalar in folded.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word.unicodeScalars.append(scalar)
            } else if scalar == "'" || scalar == "\u{2019}" {
                continue
            } else if !word.isEmpty {
                words.append(word)
                word = ""
            }
        }
        if !word.isEmpty { words.append(word) }
        var slug = ""
        for word in words {
            if slug.isEmpty, word.count > limit { return String(word.prefix(limit)) }
            if (slug.isEmpty ? 0 : slug.count + 1) + word.count > limit { break }
            slug += slug.isEmpty ? word : "-" + word
        }
        return slug.isEmpty ? "article" : slug
    }

    /// Every line of the seeds, its first sixty and its first twelve characters, as written and
    /// in capitals, and hand-written names.
    private static func texts() throws -> [String] {
        let written = ["Jean-Yves Le Drian", "O'NEILL", "D’Angelo Russell", "Ahn Gyu-back", "ZÜRICH", "İstanbul", "ＦＵＬＬ width", "", "—"]
        return try written + Repo.seedLines().flatMap { line in
            [String(line), String(line.prefix(60)), String(line.prefix(12))].flatMap { [$0, $0.uppercased()] }
        }
    }

    @Test func asThePlainRule() throws {
        var compared = 0
        for text in try Self.texts() {
            for limit in [8, 60] {
                #expect(Slug.make(text, limit: limit) == Self.reference(text, limit: limit), "\(text)")
                compared += 1
            }
        }
        #expect(compared > 400)
    }
}
