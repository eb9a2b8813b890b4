import Foundation
import Testing
@testable import BriefingCore

/// The quote extractor's quicker tests agree with the plain way: `UTF8Scan.sameBytes`
/// (by `memcmp`) with the strings' UTF-8 bytes compared as arrays, on pairs of the seed
/// articles' words, names made of them and words past ASCII; `SpeakerDirectory.resolve(nominal:)`,
/// which after splitting a mention lower-cases only the words it reads, finds the person a
/// definite role means.
@Suite("Quotes 32: mentions compared by memcmp, roles read word by word")
struct Quotes32SameBytesTests {
    private static var seedTokens: [[Token]] {
        let files = (try? FileManager.default.contentsOfDirectory(at: Repo.seeds, includingPropertiesForKeys: nil)) ?? []
        return files.flatMap { file in
            ((try? String(contentsOf: file, encoding: .utf8)) ?? "").split(separator: "\n").map { Tokenizer.tokens(String($0)) }
        }
    }

    /// Words past ASCII and the ASCII characters others are canonically equal to.
    private static let unusual = ["", ";", "\u{037E}", "K", "\u{212A}", "`", "\u{1FEF}", ",", ".", "(", ")", ":", "--", "\u{2014}", "\u{2013}",
                                  "\u{00E9}", "e\u{0301}", "\u{00A0}", "a", "I", "A.", "News", "NEWS", "Press", "Agency", "News\u{2019}s",
                                  "Example.com", "EXAMPLE.COM", "Yonhap", "AFP", "NIS", "CEO", "S&P", "Police", "Korea", "Korea's", "Korea\u{2019}s"]

    @Test func twoStringsHaveTheSameBytesExactlyWhenTheirArraysDo() {
        let words = Array(Set(Self.seedTokens.flatMap { $0.map(\.text) }).sorted().prefix(300)) + Self.unusual
        // Names of one byte count that differ in their first or last byte, or are canonically equal.
        let close = ["Cafe\u{0301}", "Caf\u{00E9}", "Maria Lopez", "Maria Lopes", "Naria Lopez", "Maria  Lopez", "Maria Lope\u{00E9}"]
        let names = words + words.map { "Ms. " + $0 } + words.map { $0 + " Lopez" } + close
        var disagreements = 0, same = 0
        for a in names {
            for b in names.prefix(120) + close + [a, String(a.utf8.dropLast().map { Character(Unicode.Scalar($0)) })] {
                let equal = UTF8Scan.sameBytes(a, b)
                if equal != (Array(a.utf8) == Array(b.utf8)) { disagreements += 1 }
                if equal { same += 1 }
            }
        }
        #expect(disagreements == 0)
        #expect(same >= names.count)
    }

    @Test func aDefiniteRoleResolvesToThePersonWithThatRole() {
        var directory = SpeakerDirectory()
        directory.learn(from: Tokenizer.tokens("Defense Minister Ahn Gyu-back and Senior researcher Park Yong-han spoke on Monday."), lowercase: TokenWordSet())
        #expect(directory.resolve(nominal: "the minister")?.name == "Ahn Gyu-back")
        #expect(directory.resolve(nominal: "The Defense Minister")?.name == "Ahn Gyu-back")
        #expect(directory.resolve(nominal: "the senior researcher")?.name == "Park Yong-han")
        #expect(directory.resolve(nominal: "the minister of state for trade") == nil)
        #expect(directory.resolve(nominal: "minister") == nil)
        #expect(directory.resolve(nominal: "a minister") == nil)
    }
}
