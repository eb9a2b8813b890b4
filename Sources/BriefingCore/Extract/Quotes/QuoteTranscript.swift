/// Tells an interview transcript quoted turn by turn ("WALLACE: Let’s start …", "Q: …",
/// "(CROSSTALK)") from quoted speech: a transcript is a record of an exchange, not a quote.
enum QuoteTranscript {
    /// The speaker label opening a turn, without its colon: one to three upper-case words
    /// ("PENCE", "MR. TRUMP", "Q", "UNIDENTIFIED MALE").
    static func label(of text: String) -> String? {
        // Most quotes hold no colon byte, and so no colon.
        guard UTF8Scan.containsByte(text, 0x3A), let colon = text.firstIndex(of: ":") else { return nil }
        let label = text[..<colon].trimmingSpaces()
        let words = label.split(atASCII: 0x20)
        guard (1...3).contains(words.count) else { return nil }
        let upper = words.allSatisfy { word in
            word.contains(where: \.isLetter) && word.allSatisfy { $0.isUppercase || $0 == "." || $0 == "'" || $0 == "\u{2019}" || $0 == "-" }
        }
        return upper ? label : nil
    }

    /// `label(of:)` of the text of `scalars`, part of `text`, made only when they hold the colon
    /// a label ends with: most quotes hold none, and most texts no colon byte, which rules out
    /// a colon in their scalars without reading them.
    static func label(ofScalars scalars: ArraySlice<Unicode.Scalar>, in text: String) -> String? {
        guard UTF8Scan.containsByte(text, 0x3A), scalars.contains(":") else { return nil }
        return label(of: String(scalars: scalars))
    }

    /// True for a stage direction set in parentheses or brackets: "(CROSSTALK.)", "[APPLAUSE]".
    static func isStageDirection(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        guard let first = trimmed.first, let last = trimmed.last else { return false }
        return (first == "(" && last == ")") || (first == "[" && last == "]")
    }
}
