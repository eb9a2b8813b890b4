/// The marks the attribution rules read between words (commas, periods, semicolons,
/// parentheses and dashes), told from a word's first byte: most words open with a letter or a
/// digit, which no mark does, and are passed over without a string comparison.
extension QuoteAttribution {
    /// A mark standing as a word.
    enum Mark {
        case comma, period, semicolon, colon, openParenthesis, closeParenthesis
        /// An em or en dash (`isDash`).
        case dash
        /// Two hyphens typed for a dash.
        case doubleHyphen

        /// A dash that sets words off (`isSetOffDash`).
        var setsOff: Bool { self == .dash || self == .doubleHyphen }

        /// A period or a semicolon, past which no aside reaches (`isSetOff`).
        var isStop: Bool { self == .period || self == .semicolon }

        /// A period, a semicolon or a colon: the end of a sentence or of a part of one.
        var endsSentencePart: Bool { isStop || self == .colon }

        /// A mark that ends a clause: a comma or one that ends a part of a sentence.
        var endsClause: Bool { self == .comma || endsSentencePart }
    }

    /// The mark `word` is; nil for any other word. Each mark has one spelling but the
    /// semicolon, which U+037E GREEK QUESTION MARK (bytes CD BE) is equal to, and the dashes
    /// open with 0xE2 (`isDash`): a word's first byte picks the one comparison to make, after
    /// its count has ruled out most words (no mark has more than three bytes).
    @inline(__always)
    static func mark(_ word: String) -> Mark? {
        guard word.utf8.count <= 3 else { return nil }
        switch word.firstByte {
        case 0x2C: return word.equalsPlainWord(",") ? .comma : nil
        case 0x2E: return word.equalsPlainWord(".") ? .period : nil
        case 0x3B, 0xCD: return word.isSemicolon ? .semicolon : nil
        case 0x3A: return word.equalsPlainWord(":") ? .colon : nil
        case 0x28: return word.equalsPlainWord("(") ? .openParenthesis : nil
        case 0x29: return word.equalsPlainWord(")") ? .closeParenthesis : nil
        case 0xE2: return isDash(word) ? .dash : nil
        case 0x2D: return word.equalsPlainWord("--") ? .doubleHyphen : nil
        default: return nil
        }
    }
}
