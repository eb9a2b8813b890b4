import Testing
@testable import BriefingCore

/// `OutletNames.canonical` looks an ASCII text's tag up by its folded bytes and turns it away
/// when its last word is no masthead noun, before any string is made. It must answer as the
/// plain rule does: the tag of the lower-cased text, else the text when it is two to six
/// capitalized words (or "of", "the") ending with a masthead noun.
struct Lead38OutletNameTests {
    /// The plain rule, with strings.
    private static func expected(_ text: String) -> String? {
        guard text.utf8.count <= 120 else { return nil }
        let t = text.trimmingSpaces()
        if let known = OutletNames.tags.dictionary[t.lowercased()] { return known }
        let words = t.split(separator: " ")
        guard (2...6).contains(words.count), words.allSatisfy({ $0.startsWithUppercase || $0 == "of" || $0 == "the" }) else { return nil }
        if let last = words.last, OutletNames.mastheadNouns.words.contains(last.lowercased()) { return t }
        return nil
    }

    /// Tags and masthead nouns as written, shouted, capitalized, with words before and after,
    /// spaces around, a Kelvin sign for "k" and a letter past ASCII.
    private static func variants() -> [String] {
        let names = Array(OutletNames.tags.keys) + OutletNames.mastheadNouns.words.map { "The Capital \($0)" }
            + OutletNames.mastheadNouns.words.map { "\($0) weekly" }
        var texts: [String] = []
        for name in names.sorted() {
            let capitalized = name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
            for form in [name, name.uppercased(), capitalized] {
                texts += [form, " \(form) ", "\(form)\t", "Daily \(form)", "\(form) Today", "the \(form)", "\(form)  Now",
                          form.replacingOccurrences(of: "k", with: "\u{212A}"), "Caf\u{E9} \(form)", "\(form) caf\u{E9}"]
            }
        }
        return texts
    }

    @Test func foldedLookUpAnswersAsThePlainRule() throws {
        let texts = try Repo.seedLines().map(String.init) + Self.variants()
        var failures: [String] = []
        for text in texts where OutletNames.canonical(text) != Self.expected(text) { failures.append(text) }
        let first = failures.prefix(3)
        #expect(failures.count == 0, "of \(texts.count), first \(first)")
        // The variants hold tags and mastheads of each kind: the test asks about both answers.
        #expect(Self.variants().filter { OutletNames.canonical($0) != nil }.count > 500)
    }
}
