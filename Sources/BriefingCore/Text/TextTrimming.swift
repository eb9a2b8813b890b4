extension StringProtocol {
    /// The text without leading and trailing punctuation (Unicode category P) and spaces, as
    /// `trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))` gives, without
    /// building a character set on every call.
    func trimmingPunctuationAndSpaces() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !Self.isTrimmed($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !Self.isTrimmed($0) })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    private static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == " " || scalar == "\t" { return true }
        if scalar.isASCII && (scalar.value | 0x20) &- 0x61 < 26 { return false }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation, .spaceSeparator:
            return true
        default:
            return false
        }
    }
}
