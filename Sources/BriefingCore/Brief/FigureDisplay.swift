import Foundation

/// How a key figure is shown beyond its words: its source ("according to the NIS") and the
/// span of time it covers ("since October of last year", "as of March").
public enum FigureDisplay {
    /// "according to South Korea’s intelligence agency", or nil when the sentence names no source.
    public static func attribution(_ figure: Figure) -> String? {
        guard let source = figure.source, !source.isEmpty else { return nil }
        return "according to \(source)"
    }

    /// Words a phrase never ends with: "reward for the capture of" ends at "capture".
    static let danglers: LexiconSet = [
        "of", "to", "for", "from", "by", "with", "in", "on", "at", "into", "about", "and", "or", "but", "the", "a", "an",
        "that", "which", "who", "as", "than", "its", "their", "his", "her", "our", "is", "was", "are", "were",
        "over", "under", "through", "during", "after", "before", "against", "between", "among",
    ]

    /// `phrase` without a dangling preposition or article at its end, and with the "since …"
    /// or "as of …" span of the figure's clause added when the phrase lost it: "killed or
    /// wounded" + "as of March".
    static func keepingSpan(_ phrase: [String], figure: Figure) -> [String] {
        var phrase = phrase
        while phrase.count > 1, let last = phrase.last, danglers.containsLowercased(last) { phrase.removeLast() }
        // A word lower-cases to "since", "as" or "of" only when its bytes do (`isASCIIWord`).
        if phrase.contains(where: { isASCIIWord($0.utf8, "since") })
            || zip(phrase, phrase.dropFirst()).contains(where: { isASCIIWord($0.utf8, "as") && isASCIIWord($1.utf8, "of") }) { return phrase }
        guard let span = timeSpan(figure.context, figure: figure.text) else { return phrase }
        // Words the phrase already shows ("she launched the service … ago") are not repeated.
        let lowered = phrase.map { $0.lowercased() }
        if span.dropFirst().allSatisfy({ word in lowered.contains(word.lowercased()) }) { return phrase }
        return phrase + span
    }

    /// Whether `context`'s bytes, ASCII letters in lower case, hold "since" or "as" and "of"
    /// with only spaces between: true whenever `spanWords` finds a span in plain text, which
    /// it splits at spaces. (Other text is split at any white space; a span with another
    /// between "as" and "of" is not looked for.) Both hold an "s": only where one stands are the
    /// words looked for, the "s" found eight bytes at a time. Most contexts hold neither, and
    /// this test costs less than splitting them into words.
    static func mayHoldSpan(_ context: String) -> Bool {
        UTF8Scan.withBytes(context) { bytes in
            /// Whether the "s" or "S" at `i` starts "since" or ends "as" followed by spaces and "of".
            func spanAt(_ i: Int) -> Bool {
                if i + 5 <= bytes.count, isASCIIWord(UnsafeBufferPointer(rebasing: bytes[i..<(i + 5)]), "since") { return true }
                guard i > 0, bytes[i - 1].asciiLowercased == 0x61, i + 1 < bytes.count, bytes[i + 1] == 0x20 else { return false }
                var k = i + 1
                while k < bytes.count, bytes[k] == 0x20 { k += 1 }
                return k + 1 < bytes.count && bytes[k].asciiLowercased == 0x6F && bytes[k + 1].asciiLowercased == 0x66
            }
            var i = 0
            while i + 8 <= bytes.count {
                let word = ByteWord(bytes, at: i)
                // Marks each "s" and "S", and perhaps a byte above one that is neither: each is tested.
                var marks = word.highBits(equalTo: 0x73) | word.highBits(equalTo: 0x53)
                while marks != 0 {
                    let at = i + marks.trailingZeroBitCount >> 3
                    if bytes[at] | 0x20 == 0x73, spanAt(at) { return true }
                    marks &= marks &- 1
                }
                i += 8
            }
            while i < bytes.count {
                if bytes[i] | 0x20 == 0x73, spanAt(i) { return true }
                i += 1
            }
            return false
        }
    }

    /// Words that open what "since" governs as a span of time: a name or number ("since
    /// October", "since 2008"), a determiner ("since the war began") or "then", "taking office".
    private static let spanOpeners: LexiconSet = [
        "the", "a", "an", "its", "his", "her", "their", "then", "last", "early", "late", "mid", "at", "about", "around",
    ]
    /// Words that end a span: a new clause begins.
    private static let spanEnders: LexiconSet = [
        "to", "and", "but", "when", "while", "which", "that", "who", "for", "with", "because", "after", "were", "was",
        "are", "is", "have", "has", "had",
    ]
    /// How many bytes of span marks (",", ";", ":", ".", ")", "\u{201D}", "\"", "—") stand at the
    /// start of `bytes` and how many after that at the end: the marks are single scalars, and a
    /// scalar's bytes are found where it starts or ends, so this trims what trimming the marks
    /// off the scalars of the word does.
    private static func spanMarkCounts(_ bytes: UnsafeBufferPointer<UInt8>) -> (leading: Int, trailing: Int) {
        func isASCIIMark(_ byte: UInt8) -> Bool {
            byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x2E || byte == 0x29 || byte == 0x22
        }
        /// "\u{201D}" and "—" are E2 80 9D and E2 80 94.
        func isWideMark(_ at: Int) -> Bool {
            bytes[at] == 0xE2 && bytes[at + 1] == 0x80 && (bytes[at + 2] == 0x9D || bytes[at + 2] == 0x94)
        }
        var start = 0, end = bytes.count
        while start < end {
            if isASCIIMark(bytes[start]) { start += 1 } else if end - start >= 3, isWideMark(start) { start += 3 } else { break }
        }
        while end > start {
            if isASCIIMark(bytes[end - 1]) { end -= 1 } else if end - start >= 3, isWideMark(end - 3) { end -= 3 } else { break }
        }
        return (start, bytes.count - end)
    }

    /// Whether `word`, the first after "since" or "as of", opens a span: a name or number (its
    /// first character upper case or a digit), a `spanOpeners` word, or a word of more than five
    /// characters ending in "ing" ("since taking office"). A word of ASCII but the carriage
    /// return (which joins a line feed) is read on its bytes, each a character of its own.
    private static func opensSpan(_ word: Substring) -> Bool {
        let ascii = UTF8Scan.withBytes(word) { bytes -> Bool? in
            guard let first = bytes.first, bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
            return first &- 0x41 < 26 || first &- 0x30 < 10 || spanOpeners.containsLowercased(ascii: bytes)
                || (bytes.count > 5 && isASCIIWord(bytes[(bytes.count - 3)...], "ing"))
        }
        if let ascii { return ascii }
        let opener = String(word), openerLower = opener.lowercased()
        return opener.first?.isUppercase == true || opener.first?.isNumber == true || spanOpeners.contains(openerLower)
            || (openerLower.hasSuffix("ing") && openerLower.count > 5)
    }

    /// Words a span does not end with: "since the start of" ends at "start".
    private static let spanTrailers: LexiconSet = ["of", "the", "a", "in", "on"]

    /// Whether `word` lower-cases to `lowercase` (ASCII letters): no scalar past ASCII lower-cases
    /// to an ASCII letter but the Kelvin sign, to "k", so its bytes with A–Z folded must equal.
    private static func isASCIIWord(_ word: some Collection<UInt8>, _ lowercase: StaticString) -> Bool {
        word.count == lowercase.utf8CodeUnitCount
            && zip(word, UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount)).allSatisfy { $0.asciiLowercased == $1 }
    }

    /// Foundation's `text.contains(part)`, by bytes (memmem) when both are printable ASCII, where
    /// that is the same test: no canonically equivalent forms, no character of two scalars.
    private static func contains(_ text: String, _ part: String) -> Bool {
        guard !part.isEmpty, UTF8Scan.withBytes(text, PlainText.isPrintableASCII), UTF8Scan.withBytes(part, PlainText.isPrintableASCII) else {
            return text.contains(part)
        }
        return UTF8Scan.contains(text, part)
    }

    /// Abbreviated months whose period does not end the span: "as of Sept. 30".
    private static let monthAbbreviations: LexiconSet = ["jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec"]

    /// The words of `context` from its first "since", or "as" followed by "of", on: that word
    /// (or two) and the five after it, at most, read lazily, with the number of words before
    /// it; nil when there is none. A word lower-cases to "since", "as" or "of" only when its
    /// bytes do, ASCII letters folded.
    static func spanWords(_ context: String) -> (at: Int, words: [Substring])? {
        spanWords(context, plain: UTF8Scan.withBytes(context, PlainText.isPlain)).map { ($0.at, $0.words) }
    }

    /// `spanWords(context)` of text split by `SpaceSeparatedWords`, or, when `plain` (which
    /// it must only be for plain text, `PlainText.isPlain`), at its space bytes, its space
    /// characters: then only the words returned are made substrings (of strings of their own,
    /// with the same characters). `start` is the UTF-8 offset in `context` of the first word:
    /// where the span stands, which a search for its bytes could find inside another word
    /// ("as" in "was") or inside the figure ("as" in "12 cases").
    static func spanWords(_ context: String, plain: Bool) -> (at: Int, start: Int, words: [Substring])? {
        guard plain else {
            var words = SpaceSeparatedWords(context[...])
            return spanWords { words.next() } utf8: { $0.utf8 }.map { found in
                (found.at, context.utf8.distance(from: context.startIndex, to: found.words[0].startIndex), found.words)
            }
        }
        return UTF8Scan.withBytes(context) { bytes in
            var rest = bytes.indices
            let found = spanWords { () -> Range<Int>? in
                guard let word = PlainText.word(in: bytes, within: rest, backward: false) else { return nil }
                rest = word.upperBound..<rest.upperBound
                return word
            } utf8: { bytes[$0] }
            return found.map { ($0.at, $0.words[0].lowerBound, $0.words.map { String(decoding: UnsafeBufferPointer(rebasing: bytes[$0]), as: UTF8.self)[...] }) }
        }
    }

    /// `spanWords` of the words `next` reads in order, whose bytes `utf8` gives.
    private static func spanWords<Word, Bytes: Collection<UInt8>>(_ next: () -> Word?, utf8: (Word) -> Bytes) -> (at: Int, words: [Word])? {
        var at = 0
        var previous: Word?
        var found: [Word] = []
        while let word = next() {
            if let previous, isASCIIWord(utf8(previous), "as"), isASCIIWord(utf8(word), "of") {
                at -= 1
                found = [previous, word]
                break
            }
            if isASCIIWord(utf8(word), "since") {
                found = [word]
                break
            }
            previous = word
            at += 1
        }
        guard !found.isEmpty else { return nil }
        while found.count < 7, let word = next() { found.append(word) }
        return (at, found)
    }

    /// What ends a clause between a span and its figure, but ";": the words after a comma
    /// (", and "), and the dashes and words after a space (" \u{2014} ", " because ").
    private static let breaksAfterComma: [StaticString] = [" and ", " but ", " while ", " which ", " who "]
    private static let breaksAfterSpace: [StaticString] = ["\u{2014} ", "- ", "_ ", "because ", "when "]

    /// Whether `bytes` hold ";" or a clause break after a comma or a space: read once, each
    /// break tested only where a comma or space stands, where a search for each break would
    /// read all the bytes again.
    static func holdsClauseBreak(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for i in bytes.indices {
            let breaks: [StaticString]
            switch bytes[i] {
            case 0x3B: return true
            case 0x2C: breaks = breaksAfterComma
            case 0x20: breaks = breaksAfterSpace
            default: continue
            }
            let rest = UnsafeBufferPointer(rebasing: bytes[(i + 1)...])
            if breaks.contains(where: { UTF8Scan.hasPrefix(rest, $0) }) { return true }
        }
        return false
    }

    /// The "since …" or "as of …" span in the clause of the figure `figure` in `context`, up
    /// to five words: "since October of last year", "as of March 31". Nil when the span is
    /// in another clause, holds the figure or opens a clause of its own ("since they left").
    static func timeSpan(_ context: String, figure: String? = nil) -> [String]? {
        // Text is split into words only when it holds them at all (most contexts hold neither);
        // plain text is then read word by word on its bytes.
        guard mayHoldSpan(context) else { return nil }
        let plain = UTF8Scan.withBytes(context, PlainText.isPlain)
        // The words from the first "since" or "as of" on (`at` words before it), as many as a span reads.
        guard let (at, start, words) = spanWords(context, plain: plain) else { return nil }
        let asOf = words[0].utf8.count == 2
        let first = asOf ? 2 : 1
        guard first < words.count else { return nil }
        guard opensSpan(words[first]) else { return nil }
        // The first word (or two) lower-cases to these (`spanWords`).
        var span = asOf ? ["as", "of"] : ["since"]
        for word in words[first..<min(words.count, first + 5)] {
            // The word without span marks at either end, read on its bytes. Marks are starters
            // that compose with nothing, so the word equals "bare." only as bytes, and differs
            // from its bare form whenever a mark was cut.
            let (bare, cut, period) = UTF8Scan.withBytes(word) { bytes in
                let (leading, trailing) = spanMarkCounts(bytes)
                let bare = String(decoding: UnsafeBufferPointer(rebasing: bytes[leading..<(bytes.count - trailing)]), as: UTF8.self)
                return (bare, leading + trailing > 0, leading == 0 && trailing == 1 && bytes.last == 0x2E)
            }
            if spanEnders.containsLowercased(bare) { break }
            if monthAbbreviations.containsLowercased(bare), period {
                span.append(String(word))
                continue
            }
            if !bare.isEmpty { span.append(bare) }
            if cut { break }
        }
        while let last = span.last, spanTrailers.containsLowercased(last) { span.removeLast() }
        guard span.count > (asOf ? 2 : 1) else { return nil }
        if let figure, let range = UTF8Scan.range(of: figure, in: context) {
            let spanText = WordList.joining(span)
            if contains(spanText, figure) || contains(figure.lowercased(), spanText.lowercased()) { return nil }
            let utf8 = context.utf8
            let spanStart = utf8.index(utf8.startIndex, offsetBy: start)
            let spanAt = spanStart..<utf8.index(spanStart, offsetBy: words[0].utf8.count)
            // The span and the figure stand in one clause: nothing between them ends one,
            // or the span opens the sentence ("As of March, about 4,700 soldiers …"). The
            // figure is found by its bytes, at their first occurrence, which may overlap the
            // span: then nothing stands between them.
            let between = spanAt.lowerBound < range.lowerBound
                ? context[min(spanAt.upperBound, range.lowerBound)..<range.lowerBound]
                : context[min(range.upperBound, spanAt.lowerBound)..<spanAt.lowerBound]
            let opensSentence = at == 0 && spanAt.lowerBound < range.lowerBound
            if !opensSentence, UTF8Scan.withBytes(between, { bytes in
                holdsClauseBreak(bytes) || (spanAt.lowerBound < range.lowerBound && bytes.contains(0x2C))
            }) { return nil }
        }
        return span
    }
}
