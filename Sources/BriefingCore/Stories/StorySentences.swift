/// The sentences of a story's articles that can stand in a summary: at least six words, not
/// a dateline, byline, caption, question or bare quote (the checks of a brief's summary), with
/// where each stands.
struct StorySentences {
    struct Sentence: Sendable {
        var text: String
        /// Index of the brief in the story.
        var source: Int
        var paragraph: Int
        /// Position among the article's sentences that passed, from 0.
        var position: Int
        var words: Int
    }

    static let minimumWords = 6
    /// How many sentences of each article compete (news puts the news first); all of them
    /// without `newsOnly`.
    static let perSource = 30
    /// How many sentences from the top may repeat the headline or carry a dateline.
    static let opening = 3

    /// Whether a sentence can stand in a story summary: not page furniture (a caption, a
    /// byline, a label, a line in capitals, a line without a full stop), not a question or a
    /// lead-in to a list, not the headline again (checked when `title` is given). Quotes may
    /// stand: a story's summary tells who said what. The title is given as its words, read
    /// once for the sentences of an article's opening.
    static func stands(_ text: String, title: SummaryWriter.TitleWords?) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if text.hasSuffix("?") || text.hasSuffix(":") || !endsLikeASentence(text) { return false }
        if !(first.properties.isUppercase || first.properties.numericType != nil || "\"\u{201C}\u{2018}'".unicodeScalars.contains(first)) { return false }
        if LineClassifier.isCaption(text) || BylineParser.authors(in: text) != nil { return false }
        if isAllCapitals(text) || SummaryWriter.isLabelled(text) { return false }
        return title.map { !SummaryWriter.onlyRepeats($0, in: text) } ?? true
    }

    /// Whether `text` ends with a full stop, "!" or "…", before any closing quotes and
    /// brackets: a photo's caption left among the paragraphs ("16-inch MacBook Pro's new
    /// keyboard via iFixit"), a heading or a credit has none, and joined to the next sentence
    /// it would read as one run-on sentence.
    static func endsLikeASentence(_ text: String) -> Bool {
        // Read back from the end a scalar at a time, on the bytes.
        UTF8Scan.withBytes(text) { bytes in
            var end = bytes.count
            while end > 0 {
                let (scalar, start) = UTF8Scan.scalar(in: bytes, endingAt: end)
                if !isClosingMark(scalar), !scalar.properties.isWhitespace {
                    return scalar == "." || scalar == "!" || scalar == "\u{2026}"
                }
                end = start
            }
            return false
        }
    }

    /// Whether `scalar` is a mark that may follow a sentence's full stop.
    private static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", "\u{00BB}": true
        default: false
        }
    }

    /// Whether `text` is unchanged in capitals (`text == text.uppercased()`), without making
    /// the capitals when its bytes tell: a lower-case ASCII letter changes, and ASCII text
    /// without one does not.
    static func isAllCapitals(_ text: String) -> Bool {
        let known = UTF8Scan.withBytes(text) { bytes -> Bool? in
            var ascii = true
            for byte in bytes {
                if byte &- 0x61 < 26 { return false }
                if byte >= 0x80 { ascii = false }
            }
            return ascii ? true : nil
        }
        return known ?? (text == text.uppercased())
    }

    /// `text` with the quotation marks of a quote it shares with the sentences around it
    /// added, so that none dangles in a summary: a sentence cut from a quote of several
    /// sentences gets the closing mark ("“Hillary Clinton’s campaign is in panic mode.”") or
    /// the opening one ("“That is what we want,” she said.") it lacks.
    static func balancingQuotes(_ text: String) -> String {
        guard UTF8Scan.containsDoubleQuoteMark(text) else { return text }
        // The marks counted on the bytes: “ is E2 80 9C, ” E2 80 9D.
        let (open, unopened, straight, lastOpens) = UTF8Scan.withBytes(text) { bytes in
            var open = 0, unopened = 0, straight = 0, lastStraight = -1
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte == 0x22 {
                    straight += 1
                    lastStraight = i
                } else if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80 {
                    if bytes[i + 2] == 0x9C {
                        open += 1
                    } else if bytes[i + 2] == 0x9D {
                        if open > 0 { open -= 1 } else { unopened += 1 }
                    }
                }
                i += 1
            }
            // A lone typewriter mark opens a quote when a space or nothing comes before it.
            let lastOpens = lastStraight == 0 || lastStraight > 0 && UTF8Scan.scalar(in: bytes, endingAt: lastStraight).scalar.properties.isWhitespace
            return (open, unopened, straight, lastOpens)
        }
        var balanced = String(repeating: "\u{201C}", count: unopened) + text + String(repeating: "\u{201D}", count: open)
        if straight % 2 == 1 {
            balanced = lastOpens ? balanced + "\"" : "\"" + balanced
        }
        return balanced
    }

    /// The usable sentences of `briefs`, brief by brief, in reading order.
    /// Without `newsOnly`, every sentence of six words or more counts.
    static func sentences(of briefs: [Brief], newsOnly: Bool = true) -> [Sentence] {
        let writer = SummaryWriter()
        var found: [Sentence] = []
        for (source, brief) in briefs.enumerated() {
            var position = 0
            var seen = 0
            let limit = newsOnly ? perSource : Int.max
            let title = newsOnly ? SummaryWriter.TitleWords(brief.article.title) : nil
            for (p, paragraph) in brief.article.paragraphs.enumerated() where position < limit {
                for (s, sentence) in SentenceSplitter.split(paragraph.text).enumerated() where position < limit {
                    seen += 1
                    // Datelines and credits open a paragraph.
                    let text = balancingQuotes(newsOnly && s == 0 ? writer.clean(sentence.text) : sentence.text)
                    let words = text.whitespaceWordCount
                    guard words >= minimumWords else { continue }
                    if newsOnly && !Self.stands(text, title: seen <= opening ? title : nil) { continue }
                    found.append(Sentence(text: text, source: source, paragraph: p, position: position, words: words))
                    position += 1
                }
            }
        }
        return found
    }
}
