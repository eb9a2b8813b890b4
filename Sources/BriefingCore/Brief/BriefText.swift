import Foundation

/// Short phrases a brief prints: the meta line, attributions, date labels, figure phrases.
public enum BriefText {
    /// "2025-04-17 · The Korea Herald · Jung Min-kyung".
    public static func metaLine(_ article: Article) -> String {
        var parts: [String] = []
        if let date = article.published { parts.append(longDate(date)) }
        if let outlet = article.outlet { parts.append(outlet) }
        if !article.authors.isEmpty { parts.append(article.authors.joined(separator: ", ")) }
        return parts.joined(separator: " \u{00B7} ")
    }

    /// "Ahn Gyu-back, Defense Minister"; for a quote without a named speaker, the description
    /// it is credited to ("Elian Gonzalez’s daughter", "the ministry").
    public static func attribution(_ quote: Quote) -> String {
        if let speaker = quote.speaker { return quote.role.map { speaker + ", " + $0 } ?? speaker }
        return QuoteDisplay.source(quote) ?? ""
    }

    /// "April 17, 2025".
    public static func longDate(_ date: CalendarDate) -> String {
        "\(MonthNames.full[date.month - 1]) \(date.day), \(date.year)"
    }

    /// The date label of an event: "January \u{2013} February 2025" for a span, "Since October 2024"
    /// or "Since the 1970s" for an event that goes on, else the value's `TimexValue.label`.
    public static func eventDateLabel(_ event: Event) -> String {
        var label = TimexValue.label(of: event.date)
        if let through = event.through {
            var end = TimexValue.label(of: through)
            // "The 1960s – 1970s", not "The 1960s – The 1970s".
            if label.hasPrefix("The "), end.hasPrefix("The ") { end.removeFirst(4) }
            if let year = end.split(separator: " ").last, label != String(year), label.hasSuffix(" " + year) {
                label = String(label.dropLast(year.count + 1))
                if label.hasSuffix(",") { label.removeLast() }
            }
            label += " \u{2013} " + end
        }
        guard event.ongoing else { return label }
        // "Since the 1970s": the decade's article is lower case inside the label.
        return label.hasPrefix("The ") ? "Since the " + label.dropFirst(4) : "Since " + label
    }

    /// What a figure counts, in the words of its sentence: the rest of its clause after the
    /// figure, cut at a preposition when long ("to Russia in January and February"); when that
    /// says too little, the words of the clause before the figure come first.
    public static func figurePhrase(_ figure: Figure) -> String {
        figurePhrase(figure, bytewise: true)
    }

    /// `figurePhrase(figure)`; with `bytewise` false, the words of every context are split by
    /// `SpaceSeparatedWords`, those of plain text too (which tests compare).
    static func figurePhrase(_ figure: Figure, bytewise: Bool) -> String {
        let context = figure.context
        guard let range = UTF8Scan.range(of: figure.text, in: context) else { return context }
        // Plain text is split into words on its bytes once, for the words on either side.
        let plain = bytewise && UTF8Scan.withBytes(context, PlainText.isPlain) ? Array(context.utf8) : nil
        let after = clause(ClauseWords(context, after: range, plain: plain), forward: true)
        var phrase = cut(after)
        if phrase.count < 3 || pairsWithNumber(after) {
            // The eight words nearest the figure: the clause is read no further.
            let before = clause(ClauseWords(context, before: range, plain: plain), forward: false, limit: 8).reversed()
            if let lead = lead(Array(before)) { phrase = lead + ["\u{2026}"] + phrase }
        }
        // A figure set off on its own ("VIP: 60,000₩", "rose 37 percent, from 0.90 percent to
        // 1.23 percent,"): the clause before it says what it is.
        if phrase.isEmpty {
            var words = SpaceSeparatedWords(context[..<range.lowerBound], backward: true)
            var first = words.next()
            while let word = first, word.allSatisfy({ ",;:".contains($0) }) || isDash(word) { first = words.next() }
            if var word = first {
                while let last = word.last, ",;:".contains(last) { word = word.dropLast() }
                first = word
            }
            // The first word trimmed, then the others read only as far as the clause goes.
            let before = clause(sequence(state: (first, words)) { state in
                if let word = state.0 {
                    state.0 = nil
                    return word
                }
                return state.1.next()
            }.lazy.map(clauseWord), forward: false).reversed()
            // Not when that clause is the item before in a list ("8 olives, 1 cup peppers, …").
            if before.first?.first?.isNumber != true { phrase = lead(Array(before.suffix(8))) ?? [] }
        }
        phrase = FigureDisplay.keepingSpan(phrase, figure: figure)
        return withoutStrayQuotes(WordList.joining(phrase))
    }

    /// Whether the words after a figure only give the other side of a pair ("46 percent to 42
    /// percent", "$50 or $100", "3 versus 2", "$500,000 to more than $1 million"), which says
    /// nothing of what the figures count.
    private static func pairsWithNumber(_ after: [String]) -> Bool {
        guard after.count >= 2, pairWords.containsLowercased(after[0]) else { return false }
        // Words that hedge the other number: "more than", "nearly", "as much as".
        guard let other = after.dropFirst().first(where: { !pairHedges.containsLowercased($0) }) else { return false }
        return other.first.map { $0.isNumber || "$\u{20AC}\u{00A3}".contains($0) } ?? false
    }

    /// Words that join the two numbers of a pair.
    private static let pairWords: LexiconSet = ["to", "or", "and", "vs", "vs.", "versus", "against"]
    /// Words that hedge the other number of a pair.
    private static let pairHedges: LexiconSet = [
        "more", "less", "fewer", "than", "about", "around", "nearly", "almost", "roughly", "over", "under", "up", "as",
        "much", "many", "some", "just",
    ]

    /// A figure's words for display, without a quote mark left open or closed by the figure's
    /// span ("hundreds of thousands” of artillery shells").
    public static func figureText(_ figure: Figure) -> String {
        withoutStrayQuotes(figure.text)
    }

    /// Words up to the end of their clause (a comma, semicolon, colon, dash or parenthesis), in
    /// reading order when `forward`, else from the figure backwards; no more than `limit`.
    private static func clause(_ words: some Sequence<ClauseWord>, forward: Bool, limit: Int = .max) -> [String] {
        var out: [String] = []
        // Room for most clauses at once, not grown word by word.
        out.reserveCapacity(min(limit, 16))
        guard limit > 0 else { return out }
        for read in words {
            if read.isDash || (forward ? read.opens : (read.endsClause || read.opensAtEnd)) { break }
            if !read.text.isEmpty { out.append(read.text) }
            if forward && read.endsClause { break }
            if out.count == limit { break }
        }
        return out
    }

    /// The words of a figure's context after the figure or before it (read from the figure
    /// backwards), each read as a `ClauseWord`. Plain text (`PlainText.isPlain`), whose space
    /// bytes are its space characters, is split on its bytes, each word read from its bytes
    /// with no substring made; other text is split by `SpaceSeparatedWords`.
    private struct ClauseWords: Sequence, IteratorProtocol {
        private var words: SpaceSeparatedWords?
        /// The context's bytes, when it is plain.
        private let bytes: [UInt8]
        /// The bytes not read yet.
        private var rest: Range<Int>
        private let backward: Bool

        /// The words after `figure` in `context`; `plain` holds the context's bytes when it is plain text.
        init(_ context: String, after figure: Range<String.Index>, plain: [UInt8]?) {
            backward = false
            bytes = plain ?? []
            rest = 0..<0
            if plain == nil {
                words = SpaceSeparatedWords(context[figure.upperBound...])
            } else {
                rest = context.utf8.distance(from: context.startIndex, to: figure.upperBound)..<bytes.count
            }
        }

        /// The words before `figure` in `context`, the nearest first.
        init(_ context: String, before figure: Range<String.Index>, plain: [UInt8]?) {
            backward = true
            bytes = plain ?? []
            rest = 0..<0
            if plain == nil {
                words = SpaceSeparatedWords(context[..<figure.lowerBound], backward: true)
            } else {
                rest = 0..<context.utf8.distance(from: context.startIndex, to: figure.lowerBound)
            }
        }

        mutating func next() -> ClauseWord? {
            if words != nil { return words?.next().map(BriefText.clauseWord) }
            let (rest, backward) = (rest, backward)
            return bytes.withUnsafeBufferPointer { bytes -> ClauseWord? in
                guard let word = PlainText.word(in: bytes, within: rest, backward: backward) else {
                    self.rest = rest.lowerBound..<rest.lowerBound
                    return nil
                }
                self.rest = backward ? rest.lowerBound..<word.lowerBound : word.upperBound..<rest.upperBound
                return BriefText.clauseWord(UnsafeBufferPointer(rebasing: bytes[word]))
            }
        }
    }

    /// How a word stands in a clause, read by characters.
    private struct ClauseWord {
        /// A dash standing as a word (`isDash`).
        var isDash = false
        /// The last mark of the word, past closing quotes, ends the clause: "year.”" ends with
        /// ".", but "Mr." and "U.S." end none.
        var endsClause = false
        /// The word starts with "(".
        var opens = false
        /// The word ends with "(".
        var opensAtEnd = false
        /// The word without the marks at its end (an abbreviation keeps its period).
        var text = ""

        init(isDash: Bool, endsClause: Bool, opens: Bool, opensAtEnd: Bool, text: String) {
            (self.isDash, self.endsClause, self.opens, self.opensAtEnd, self.text) = (isDash, endsClause, opens, opensAtEnd, text)
        }

        init(_ word: Substring) {
            guard !BriefText.isDash(word) else {
                isDash = true
                return
            }
            let mark = word.last { $0 != "\u{201D}" && $0 != "\"" && $0 != "\u{2019}" }
            let abbreviation = BriefText.isAbbreviation(word)
            endsClause = !abbreviation && (mark.map { ",;:.)".contains($0) } ?? false)
            opens = word.first == "("
            opensAtEnd = word.last == "("
            text = String(word)
            while !abbreviation, let last = text.last, ",;:.)".contains(last) { text.removeLast() }
        }
    }

    /// How `word` stands in a clause: read on its bytes when it is ASCII (`asciiClauseWord`),
    /// else by characters.
    private static func clauseWord(_ word: Substring) -> ClauseWord {
        (word.utf8.withContiguousStorageIfAvailable(asciiClauseWord) ?? nil) ?? ClauseWord(word)
    }

    /// `clauseWord` of the word whose bytes are `bytes`: a word has the same characters
    /// whatever text it is cut from.
    private static func clauseWord(_ bytes: UnsafeBufferPointer<UInt8>) -> ClauseWord {
        asciiClauseWord(bytes) ?? ClauseWord(String(decoding: bytes, as: UTF8.self)[...])
    }

    /// `ClauseWord(word)` read on the bytes of a word of ASCII without a carriage return,
    /// whose every byte is a character of its own; nil for other words. The closing quotes but
    /// the straight one, and the dashes but "-" and "--", are not ASCII.
    private static func asciiClauseWord(_ bytes: UnsafeBufferPointer<UInt8>) -> ClauseWord? {
        func isMark(_ byte: UInt8) -> Bool {
            byte == 0x2C || byte == 0x3B || byte == 0x3A || byte == 0x2E || byte == 0x29
        }
        guard let first = bytes.first, let last = bytes.last, bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return nil }
        if bytes.count <= 2, bytes.allSatisfy({ $0 == 0x2D }) {
            return ClauseWord(isDash: true, endsClause: false, opens: false, opensAtEnd: false, text: "")
        }
        let abbreviation = last == 0x2E && isAbbreviation(String(decoding: bytes, as: UTF8.self)[...])
        let mark = bytes.last { $0 != 0x22 }
        var end = bytes.count
        while !abbreviation, end > 0, isMark(bytes[end - 1]) { end -= 1 }
        return ClauseWord(
            isDash: false, endsClause: !abbreviation && (mark.map(isMark) ?? false), opens: first == 0x28, opensAtEnd: last == 0x28,
            text: String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
        )
    }

    /// A dash standing as a word: em or en dash, a hyphen, or the "--" typed for an em dash.
    private static func isDash(_ word: Substring) -> Bool {
        word == "\u{2014}" || word == "\u{2013}" || word == "-" || word == "--"
    }

    /// A word ending in the period of an abbreviation: a title ("Mr.", "Sen."), an initial or a
    /// dotted short form ("U.S.").
    private static func isAbbreviation(_ word: Substring) -> Bool {
        guard word.hasSuffix(".") else { return false }
        let bare = word.dropLast()
        guard !bare.isEmpty, bare.allSatisfy({ $0.isLetter || $0 == "." }) else { return false }
        return SentenceSplitter.isAbbreviation(bare)
    }

    /// The words before a figure worth showing: no quote marks, the preposition (and article)
    /// that joins them to the figure but no other function word at the end, from the verb after the
    /// subject and its auxiliary ("Later Mr Abadi will join representatives from" → "join
    /// representatives from") and from the first content word after a leading preposition ("in
    /// return for the regime’s dispatch of" → "the regime’s dispatch of").
    static func lead(_ words: [String]) -> [String]? {
        var clean: [String] = []
        clean.reserveCapacity(words.count)
        for word in words {
            let bare = withoutStrayQuotes(word)
            if !bare.isEmpty { clean.append(bare) }
        }
        // The words kept are `clean[start..<end]`, narrowed from either side: no array is made
        // for each cut.
        var start = 0, end = clean.count
        // "the company said net was $7.4 million": who said it is the figure's source, not what it counts.
        if let said = clean[start..<end].dropLast().lastIndex(where: { reportingVerbs.containsLowercased($0) }) {
            start = said + 1
            if start < end, clean[start].lowercased() == "that" { start += 1 }
        }
        // "representatives from …": the preposition next to the figure says how it relates.
        // An article may stand between the preposition and the figure ("for the").
        let article = end > start && LexiconSet.articles.containsLowercased(clean[end - 1])
        let linkEnd = end
        if end - start > (article ? 1 : 0), prepositions.containsLowercased(clean[end - (article ? 2 : 1)]) { end -= article ? 2 : 1 }
        let link = end..<linkEnd
        while end > start, functionWords.containsLowercased(clean[end - 1]) { end -= 1 }
        // "has been jailed for …": the subject before the auxiliary is no part of what is counted.
        if let aux = clean[start..<end].dropLast().lastIndex(where: { auxiliaries.containsLowercased($0) }) { start = aux + 1 }
        if end - start > 4, let i = clean[start..<(end - 3)].lastIndex(where: { prepositions.containsLowercased($0) }) { start = i + 1 }
        while end > start, prepositions.containsLowercased(clean[start]) { start += 1 }
        guard end > start else { return nil }
        var lead: [String] = []
        lead.reserveCapacity(end - start + link.count)
        lead += clean[start..<end]
        lead += clean[link]
        return lead
    }

    static let reportingVerbs: LexiconSet = ["said", "says", "reported", "reports", "announced", "estimated", "estimates", "told"]

    /// Auxiliaries and modals between a subject and its verb, contractions written with
    /// either apostrophe.
    static let auxiliaries = LexiconSet(auxiliaryWords.union(auxiliaryWords.map { $0.replacingOccurrences(of: "'", with: "\u{2019}") }))
    private static let auxiliaryWords: Set<String> = [
        "will", "would", "has", "have", "had", "is", "are", "was", "were", "can", "could", "should", "may", "might", "must",
        "been", "be", "shall",
        // A pronoun subject with its auxiliary: "That's a total of …".
        "it's", "that's", "there's", "here's", "what's", "he's", "she's", "who's", "they're", "we're", "you're", "i'm",
        "they've", "we've", "i've", "you've",
    ]

    static let prepositions: LexiconSet = ["in", "for", "to", "with", "as", "after", "since", "on", "by", "from", "at", "of", "into", "over", "under"]

    /// At most `limit` words, cut before the last preposition or conjunction that keeps at
    /// least three, so the phrase does not stop mid-thought.
    private static func cut(_ words: [String], limit: Int = 8) -> [String] {
        guard words.count > limit else { return words }
        if let at = (3...limit).reversed().first(where: { functionWords.containsLowercased(words[$0]) }) {
            return Array(words.prefix(at))
        }
        return Array(words.prefix(limit))
    }

    static let functionWords: LexiconSet = [
        "in", "for", "to", "with", "and", "as", "after", "while", "since", "which", "that", "on", "by", "from",
        "at", "of", "or", "but", "into", "over", "under", "than", "the", "a", "an", "its", "their",
    ]

    /// The text without quote marks that have no partner in it.
    static func withoutStrayQuotes(_ text: String) -> String {
        // Most texts hold no double quote mark.
        guard UTF8Scan.containsDoubleQuoteMark(text) else {
            return text.trimmingSpaces()
        }
        let opens = text.filter { $0 == "\u{201C}" }.count, closes = text.filter { $0 == "\u{201D}" }.count
        let straight = text.filter { $0 == "\"" }.count
        var out = text
        if opens != closes { out = out.filter { $0 != "\u{201C}" && $0 != "\u{201D}" } }
        if straight % 2 == 1 { out = out.filter { $0 != "\"" } }
        return out.trimmingSpaces()
    }
}
