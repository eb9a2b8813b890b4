import Testing
@testable import BriefingCore

/// `SpeakerHead`'s tests of a name's last word, read by its bytes where the name is plain text
/// and the word ASCII, agree with the lexicons' `Set<String>` and `Dictionary` membership of
/// the word split off as a string, on names of people, organizations, laws and sources, in
/// either case, and on names past ASCII.
@Suite("Quotes 31: a speaker's last word looked up by its bytes")
struct Quotes31SpeakerHeadTests {
    /// The last word as `split(separator: " ").last` gives it ("" for none).
    private static func head(_ text: String) -> String {
        text.split(separator: " ").last.map(String.init) ?? ""
    }

    private static func isSourceNoun(_ word: String) -> Bool {
        QuoteAttribution.sourceNouns.words.contains(word.lowercased())
    }

    private static func namesNoPerson(_ name: String) -> Bool {
        let head = head(name)
        return OrganizationDirectory.headKinds.dictionary[head] != nil || QuoteExtractor.thingHeads.words.contains(head) || isSourceNoun(head)
    }

    private static var names: [String] {
        var heads = Array(OrganizationDirectory.headKinds.keys) + Array(QuoteExtractor.thingHeads.words) + Array(QuoteAttribution.sourceNouns.words)
        heads += ["Smith", "Obama", "O'Brien", "McConnell", "Gyu-back", "Jr.", "spokesman", "SPOKESMAN", "Spokeswoman", "Foundation", "foundation",
                  "\u{212A}", "Caf\u{00E9}", "Cafe\u{0301}", "Zürich", "Act\u{0301}", "\u{201C}Act\u{201D}", "Act\u{2019}s", "Act\u{00A0}", ""]
        heads += heads.map { $0.uppercased() } + heads.map { $0.lowercased() } + heads.map { $0.capitalized }
        var names: [String] = []
        for head in heads {
            names += [head, "The " + head, "Violence Against Women " + head, "Ren\u{00E9} " + head, "Ahn\u{00A0}" + head, head + " ", head + "  ",
                      "a company " + head, "Mr.\u{2019} " + head, " " + head, "\u{0301} " + head, "Caf\u{00E9}\u{2014}" + head]
        }
        return names + ["", " ", "   ", "Clinton Foundation", "Violence Against Women Act", "the spokesman", "Boeing Co.", "Clinton Foundation\r\n"]
    }

    @Test func aNameNamesNoPersonWhenItsLastWordIsInALexicon() {
        for name in Self.names {
            #expect(SpeakerHead.namesNoPerson(name) == Self.namesNoPerson(name), "\(name.debugDescription)")
        }
    }

    @Test func aMentionEndsWithASourceNounWhenItsLastWordIsOne() {
        for mention in Self.names {
            #expect(SpeakerHead.endsWithSourceNoun(mention) == Self.isSourceNoun(Self.head(mention)), "\(mention.debugDescription)")
        }
    }

    @Test func anASCIIWordIsInALexiconLowerCasedAsItsStringIs() {
        for word in Self.names {
            let ascii = UTF8Scan.withBytes(word) { bytes in bytes.allSatisfy { $0 < 0x80 } ? QuoteAttribution.sourceNouns.members.containsLowercased(ascii: bytes) : nil }
            if let ascii { #expect(ascii == Self.isSourceNoun(word), "\(word.debugDescription)") }
        }
    }

    @Test func theTestsOfNamesOfNewsText() {
        #expect(SpeakerHead.namesNoPerson("Clinton Foundation"))
        #expect(SpeakerHead.namesNoPerson("Violence Against Women Act"))
        #expect(SpeakerHead.namesNoPerson("the company spokesman"))
        #expect(!SpeakerHead.namesNoPerson("Hillary Clinton"))
        #expect(SpeakerHead.endsWithSourceNoun("a State Department SPOKESWOMAN"))
        #expect(!SpeakerHead.endsWithSourceNoun("Mr. Ahn"))
    }
}
