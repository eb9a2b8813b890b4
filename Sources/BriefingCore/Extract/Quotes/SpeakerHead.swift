/// The tests `QuoteExtractor.isPerson` makes of the last word of a speaker's name or mention
/// (`lastSpaceSeparatedWord`, "" for none). In plain text (`PlainText`), where that word is
/// found by its bytes, an ASCII last word is looked up by those bytes in the lexicons' byte
/// tables, with no `String` made for it: an ASCII word equals an ASCII member only when their
/// bytes are the same, and lower-cases to its bytes with A–Z folded. Other words are looked up
/// as strings.
enum SpeakerHead {
    /// Whether the last word of `name` heads the name of an organization or of a law, plan or
    /// product ("Clinton Foundation", "Violence Against Women Act"), or is a source noun
    /// (`QuoteAttribution.sourceNouns`, in either case): the name is no person's.
    static func namesNoPerson(_ name: String) -> Bool {
        if let found = withASCIILastWord(name, { head, hash in
            OrganizationDirectory.headKinds[ascii: head, hash: hash] != nil || QuoteExtractor.thingHeads.members.contains(ascii: head)
                || QuoteAttribution.sourceNouns.members.containsLowercased(ascii: head)
        }) { return found }
        let head = String(name.lastSpaceSeparatedWord ?? "")
        return OrganizationDirectory.headFilter.mayContain(head) && OrganizationDirectory.headKinds[head] != nil
            || QuoteExtractor.thingHeads.contains(head) || QuoteAttribution.sourceNouns.containsLowercased(head)
    }

    /// Whether the last word of `mention` is a source noun (`QuoteAttribution.sourceNouns`, in
    /// either case): "the spokesman", "a company spokeswoman".
    static func endsWithSourceNoun(_ mention: String) -> Bool {
        if let found = withASCIILastWord(mention, { head, _ in QuoteAttribution.sourceNouns.members.containsLowercased(ascii: head) }) {
            return found
        }
        return QuoteAttribution.sourceNouns.containsLowercased(String(mention.lastSpaceSeparatedWord ?? ""))
    }

    /// `body` of the bytes of the last word of `text`, found as `lastSpaceSeparatedWord` finds
    /// it in plain text (`PlainText.lastWord`; empty for none), and their `ASCIIWordHash`; nil
    /// when `text` is not plain or the word is not ASCII.
    static func withASCIILastWord(_ text: String, _ body: (UnsafeBufferPointer<UInt8>, UInt64) -> Bool) -> Bool? {
        UTF8Scan.withBytes(text) { bytes -> Bool? in
            guard PlainText.isPlain(bytes) else { return nil }
            let word = UnsafeBufferPointer(rebasing: bytes[PlainText.lastWord(in: bytes) ?? 0..<0])
            guard let hash = ASCIIWordHash.of(word) else { return nil }
            return body(word, hash)
        }
    }
}
