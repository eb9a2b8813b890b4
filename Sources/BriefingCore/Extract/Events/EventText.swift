import Foundation

/// The text of an event: the sentence that holds its date, made to stand on its own.
///
/// Leading connectives ("But", "However,", "In return,") and a leading adverbial of the event's
/// own date ("Last month,") go. A subject that points back ("Those concerns were sharpened last
/// week when …") gives way to the clause of what happened at the date; otherwise `pointsBack`
/// tells the caller to give the sentence before. A long sentence loses a trailing aside after
/// a dash and asides in parentheses or between dashes that do not hold the date, and then the
/// clauses around the date's "; " clause. Never cut mid-clause: the text starts with a capital,
/// digit or quote mark and ends with . ! ? or a closing quote. Only words of the sentence are used.
struct EventText {
    let scalars: [Unicode.Scalar]
    let sentence: Range<Int>
    /// Every time expression of the paragraph (offsets into the paragraph).
    let times: [TimeExpression]

    /// What `describe` gives.
    struct Description: Equatable {
        var text: String
        /// The text starts with a pronoun or demonstrative ("It", "Those concerns").
        var pointsBack: Bool
        var words: Int
    }

    /// Sentences longer than this many words are trimmed to the part that holds the date.
    private static let longSentence = 40
    /// Words that join two clauses or sentences and never start an event.
    private static let connectives: LexiconSet = [
        "and", "but", "or", "yet", "plus", "also", "however", "meanwhile", "moreover", "furthermore", "additionally",
        "nevertheless", "nonetheless", "therefore", "likewise", "similarly", "consequently", "hence", "thus",
    ]
    /// Words that start an event only when they are not an introductory word set off by a comma.
    private static let commaLeads: LexiconSet = [
        "still", "now", "then", "again", "overall", "later", "instead", "separately", "indeed", "also", "besides",
        "otherwise", "earlier", "finally", "ultimately", "notably", "importantly", "anyway", "regardless",
        "first", "second", "third", "previously", "recently", "currently", "today", "already",
    ]
    /// Introductory phrases set off by a comma.
    private static let leadPhrases: [[String]] = [
        ["in", "addition"], ["in", "return"], ["in", "turn"], ["as", "a", "result"], ["at", "the", "same", "time"],
        ["by", "contrast"], ["in", "contrast"], ["on", "the", "other", "hand"], ["even", "so"], ["for", "example"],
        ["for", "instance"], ["in", "fact"], ["of", "course"], ["after", "all"], ["in", "other", "words"],
        ["to", "be", "sure"], ["that", "said"], ["above", "all"], ["in", "short"], ["as", "such"], ["in", "the", "meantime"],
    ]
    /// The first words of `leadPhrases`: most words start none.
    private static let leadPhraseStarts = LexiconSet(leadPhrases.map { $0[0] })
    /// Words after "So" that make it an adverb, not a connective ("So far").
    private static let soAdverbs: LexiconSet = ["far", "much", "many", "long", "few", "little", "too"]
    /// Words before a leading time expression that go with it ("On Monday,", "Since October,").
    private static let timePrepositions: LexiconSet = ["in", "on", "at", "during", "early", "late", "earlier", "later", "since"]
    /// Subjects that point back to an earlier sentence, and leads that need it ("Then came …").
    private static let backPointers: LexiconSet = [
        "it", "he", "she", "they", "we", "i", "you", "this", "that", "these", "those", "its", "his", "her", "their",
        "our", "such", "both", "which", "who", "him", "them", "one", "then", "still",
    ]
    /// The dashes that set off an aside: em and en dash.
    private static func isDash(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{2014}" || scalar == "\u{2013}" }

    /// The event of the date at `time`, or `nil` when the sentence reports, at this date, a
    /// statement about another date ("said last month that … in January").
    func describe(_ time: Range<Int>) -> Description? {
        if reportsOtherDate(after: time) { return nil }
        var lo = skipSpace(sentence.lowerBound)
        var hi = trimEnd(lo, sentence.upperBound)
        lo = stripLeads(lo, hi, time: time)
        // Whether the text points back, told again only when its start moves.
        var back = pointsBack(at: lo)
        if back, let clause = whenClause(after: time.upperBound, upTo: hi) {
            lo = stripLeads(clause, hi, time: nil)
            back = pointsBack(at: lo)
        }
        // Made first, the text tells how many words the range holds: only a long sentence (few
        // are) is cut and made again, where counting its words apart read every sentence twice.
        let full = description(lo..<hi, [], pointsBack: back)
        guard full.words > Self.longSentence else { return full.text }
        var cuts: [Range<Int>] = []
        let start = lo
        shorten(&lo, &hi, &cuts, keeping: time)
        if lo != start { back = pointsBack(at: lo) }
        return description(lo..<hi, cuts, pointsBack: back).text
    }

    /// The whole sentence without its leading connectives: the context given before an event
    /// whose subject points back.
    func whole() -> Description? {
        let lo = skipSpace(sentence.lowerBound)
        let hi = trimEnd(lo, sentence.upperBound)
        let start = stripLeads(lo, hi, time: nil)
        return description(start..<hi, [], pointsBack: pointsBack(at: start)).text
    }

    // MARK: - Reported dates

    /// "The military said last month that the North had deployed troops in January": the
    /// reported event carries the date.
    private func reportsOtherDate(after time: Range<Int>) -> Bool {
        // The reported date starts after `time` (past the "that" after it): without a date
        // there (most sentences hold one), the clause is not looked for.
        guard times.contains(where: { ($0.start ?? 0) > time.lowerBound && ($0.end ?? Int.max) <= sentence.upperBound && $0.type == .date })
        else { return false }
        guard let clause = clause(containing: time.lowerBound) else { return false }
        guard let that = firstThat(in: min(time.upperBound, clause.upperBound)..<clause.upperBound) else { return false }
        return times.contains { ($0.start ?? 0) > that && ($0.end ?? Int.max) <= sentence.upperBound
            && $0.type == .date && TimexValue.precision(of: $0.value) != nil }
    }

    /// The clause of the sentence that holds `offset`, the sentence split at , ; : — – ( ):
    /// clauses are read up to the one that holds it.
    private func clause(containing offset: Int) -> Range<Int>? {
        var start = sentence.lowerBound
        let found = scalars.withUnsafeBufferPointer { scalars -> Range<Int>?? in
            for i in sentence {
                // Most scalars are none of the marks, told from the value.
                let v = scalars[i].value
                if v < 0x40 ? Self.clauseMarks >> UInt64(v) & 1 == 0 : v != 0x2014 && v != 0x2013 { continue }
                switch scalars[i] {
                case ",", ";", ":":
                    guard i + 1 >= sentence.upperBound || scalars[i + 1].isSpace else { continue }
                case "\u{2014}", "\u{2013}", "(", ")":
                    break
                default: continue
                }
                if i > start, (start..<i).contains(offset) { return start..<i }
                start = i + 1
                // Clauses after this one start past `offset`.
                if start > offset { return .some(nil) }
            }
            return nil
        }
        if let found { return found }
        return sentence.upperBound > start && (start..<sentence.upperBound).contains(offset) ? start..<sentence.upperBound : nil
    }

    /// The marks of `clause(containing:)` below 0x40, `,;:()`: bit `v` for value `v`.
    private static let clauseMarks: UInt64 = 1 << 0x2C | 1 << 0x3B | 1 << 0x3A | 1 << 0x28 | 1 << 0x29

    /// The offset just after the first word "that" in `range`.
    private func firstThat(in range: Range<Int>) -> Int? {
        range.first { i in
            i + 4 <= range.upperBound && (scalars[i] == "t" || scalars[i] == "T") && (i == 0 || scalars[i - 1] == " ")
                && word(at: i) == "that"
        }.map { $0 + 4 }
    }

    // MARK: - Leads

    /// `lo` moved past leading connectives, introductory phrases and, when `time` starts the
    /// sentence followed by a comma, past that adverbial.
    private func stripLeads(_ lo: Int, _ hi: Int, time: Range<Int>?) -> Int {
        var lo = lo
        while lo < hi {
            let next: Int?
            let w = leadRoles(at: lo)
            let comma = endsWithComma(at: lo)
            let following = skipSpace(wordEnd(lo))
            if w.contains(.connective) || (comma && (w.contains(.commaLead) || w.contains(.sentenceAdverb)))
                || (w.contains(.so) && !isWord(at: following, in: Self.soAdverbs))
                || (w.contains(.commaLead) && time.flatMap { leadingTime(at: following, time: $0) } != nil) {
                next = wordEnd(lo)
            } else if let end = datelineEnd(at: lo) {
                next = end
            } else if w.contains(.phraseStart), let end = leadPhraseEnd(word(at: lo), at: lo) {
                next = end
            } else if let time, let end = leadingTime(at: lo, time: time) {
                next = end
            } else {
                next = nil
            }
            guard let next else { break }
            let rest = skipSpace(next)
            guard hasWords(rest..<hi, [], atLeast: 4) else { break }
            lo = rest
        }
        return lo
    }

    /// An adverb that comments on the whole sentence ("Interestingly,", "Ironically,").
    private static func isSentenceAdverb(_ word: String) -> Bool {
        word.count > 5 && word.hasSuffix("ly") && word.allSatisfy(\.isLetter)
    }

    /// What `stripLeads` asks of a word (`word(at:)`), told by one look-up.
    struct LeadRoles: OptionSet {
        let rawValue: UInt8
        static let connective = Self(rawValue: 1 << 0)
        static let commaLead = Self(rawValue: 1 << 1)
        static let phraseStart = Self(rawValue: 1 << 2)
        /// "so".
        static let so = Self(rawValue: 1 << 3)
        /// `isSentenceAdverb`.
        static let sentenceAdverb = Self(rawValue: 1 << 4)
    }

    /// The lists of `stripLeads`, by their bit.
    private static let leadLists = LexiconMap<LeadRoles>(memberships: [
        (connectives.words, .connective), (commaLeads.words, .commaLead), (leadPhraseStarts.words, .phraseStart), (["so"], .so),
    ])

    /// The roles of the word at `i` in `stripLeads`. An ASCII word (nearly all) is read from its
    /// scalars folded into a buffer, where its string was made and looked up in each list.
    func leadRoles(at i: Int) -> LeadRoles {
        guard let ascii = asciiWord(at: i) else { return Self.leadRoles(of: word(at: i)) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(ascii.count, 1)) { buffer in
            let n = Self.fold(scalars[ascii], into: buffer)
            let bytes = UnsafeBufferPointer(rebasing: buffer[0..<n])
            var roles = ASCIIWordHash.of(bytes).flatMap { Self.leadLists[ascii: bytes, hash: $0] } ?? []
            // Folded ASCII letters are "a" to "z" (the marks around the word are trimmed).
            if n > 5, bytes[n - 2] == 0x6C, bytes[n - 1] == 0x79, bytes.allSatisfy({ $0 &- 0x61 < 26 }) { roles.insert(.sentenceAdverb) }
            return roles
        }
    }

    /// The roles of `word` (as `word(at:)` makes it) in `stripLeads`.
    static func leadRoles(of word: String) -> LeadRoles {
        (leadLists[word] ?? []).union(isSentenceAdverb(word) ? .sentenceAdverb : [])
    }

    /// The end of a dateline that opens the text: capitalized words up to an outlet in
    /// parentheses and a dash ("(CNN) --", "ADDIS ABABA, Ethiopia (AP)_").
    private func datelineEnd(at lo: Int) -> Int? {
        var i = lo
        for _ in 0..<8 {
            guard i < sentence.upperBound else { return nil }
            // The word's first scalar, told before its end is sought (most sentences' second word
            // turns them away) and before the word is made: an ASCII capital is told from the value
            // (only A–Z are upper-case there); a space (an empty word) is none.
            guard case let first = scalars[i], (first.value < 0x80 ? first.value &- 0x41 < 26 : first.properties.isUppercase) || first == "("
            else { return nil }
            let end = wordEnd(i)
            // A word without the scalar ")" has no character ")": the string is made for the others.
            if scalars[i..<end].contains(")"), case let word = String(scalars: scalars[i..<end]), let close = word.firstIndex(of: ")") {
                let rest = word[word.index(after: close)...]
                if i == lo, word.first == "(", rest.startsWithUppercase, word[..<close].dropFirst().allSatisfy(\.isUppercase) {
                    return i + word[...close].unicodeScalars.count  // "(CNN)President"
                }
                if rest == "_" || rest == "\u{2014}" || rest == "--" { return end }
                let next = skipSpace(end)
                let dash = next < sentence.upperBound ? String(scalars: scalars[next..<wordEnd(next)]) : ""
                return rest.isEmpty && ["--", "-", "_", "\u{2014}", "\u{2013}"].contains(dash) ? wordEnd(next) : nil
            }
            i = skipSpace(end)
        }
        return nil
    }

    /// The end (after its comma) of the first introductory phrase starting with `word` that
    /// opens the text at `lo`.
    private func leadPhraseEnd(_ word: String, at lo: Int) -> Int? {
        for phrase in Self.leadPhrases where phrase[0] == word {
            if let end = phraseEnd(phrase, at: lo) { return end }
        }
        return nil
    }

    /// The end (after its comma) of an introductory phrase at `lo`.
    private func phraseEnd(_ phrase: [String], at lo: Int) -> Int? {
        var i = lo
        for (n, expected) in phrase.enumerated() {
            guard i < sentence.upperBound, word(at: i) == expected else { return nil }
            if n == phrase.count - 1 { return endsWithComma(at: i) ? wordEnd(i) : nil }
            i = skipSpace(wordEnd(i))
        }
        return nil
    }

    /// The end (after its comma) of `time` with its preposition when it opens the text at `lo`
    /// ("Last month,", "On Monday,").
    private func leadingTime(at lo: Int, time: Range<Int>) -> Int? {
        guard time.upperBound < sentence.upperBound, scalars[time.upperBound] == "," else { return nil }
        if time.lowerBound == lo { return time.upperBound + 1 }
        // The preposition's word is made only when `time` follows it.
        guard skipSpace(wordEnd(lo)) == time.lowerBound, isWord(at: lo, in: Self.timePrepositions) else { return nil }
        return time.upperBound + 1
    }

    /// Whether the text at `lo` starts with a pronoun or demonstrative ("It", "This quarter's loss").
    private func pointsBack(at lo: Int) -> Bool {
        isWord(at: lo, in: Self.backPointers)
    }

    /// The start of the clause after "last week when …", "in 2019, when …".
    private func whenClause(after end: Int, upTo hi: Int) -> Int? {
        var i = skipSpace(end)
        if i < hi, scalars[i] == "," { i = skipSpace(i + 1) }
        guard i < hi, word(at: i) == "when" else { return nil }
        let clause = skipSpace(wordEnd(i))
        return hasWords(clause..<hi, [], atLeast: 4) ? clause : nil
    }

    // MARK: - Long sentences

    /// Trims a long sentence: a trailing aside after a dash, asides without the date, then the
    /// "; " part that holds the date.
    private func shorten(_ lo: inout Int, _ hi: inout Int, _ cuts: inout [Range<Int>], keeping time: Range<Int>) {
        if let dash = (time.upperBound..<hi).last(where: { Self.isDash(scalars[$0]) }),
           !(lo..<dash).contains(where: { Self.isDash(scalars[$0]) }), hasWords(lo..<dash, [], atLeast: 8) {
            hi = trimEnd(lo, dash)
        }
        cuts = asides(in: lo..<hi).filter { !$0.overlaps(time) && hasWords($0, [], atLeast: 2) }
        if hasWords(lo..<hi, cuts, atLeast: Self.longSentence + 1) {
            var start = lo
            for i in lo...hi where i == hi || scalars[i] == ";" {
                let part = start..<i
                if part.contains(time.lowerBound) {
                    let partLo = stripLeads(skipSpace(start), trimEnd(start, i), time: time)
                    let partHi = trimEnd(partLo, i)
                    if hasWords(partLo..<partHi, cuts, atLeast: 5), partLo != lo || partHi != hi {
                        lo = partLo
                        hi = partHi
                        cuts = cuts.filter { lo..<hi ~= $0.lowerBound }
                    }
                    break
                }
                start = i + 1
            }
        }
    }

    /// Asides in parentheses and between two dashes.
    private func asides(in range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var open: Int?
        var dash: Int?
        for i in range {
            switch scalars[i] {
            case "(": open = i
            case ")":
                if let o = open { found.append(o..<(i + 1)); open = nil }
            case let s where Self.isDash(s):
                if let d = dash { found.append(d..<(i + 1)); dash = nil } else { dash = i }
            default: continue
            }
        }
        return found
    }

    // MARK: - Text

    /// The text of `range` without `cuts`: one space between words, a capital first, closing
    /// punctuation last, quote marks paired; and, when `cuts` is empty, how many words (runs
    /// between spaces, as `hasWords` counts them) the range holds.
    func description(_ range: Range<Int>, _ cuts: [Range<Int>], pointsBack: Bool) -> (text: Description?, words: Int) {
        // Which scalars of the range a cut takes out, marked once (none without cuts).
        var cut = [Bool](repeating: false, count: cuts.isEmpty ? 0 : range.count)
        for c in cuts {
            let lo = max(c.lowerBound, range.lowerBound), hi = min(c.upperBound, range.upperBound)
            if lo < hi { for i in lo..<hi { cut[i - range.lowerBound] = true } }
        }
        // Written straight into a buffer of their own (on the stack for most sentences): a
        // space is kept only for the spaces before it, so no more scalars are kept than the
        // range has. The quote marks, a doubled typewriter mark and the words are told as the
        // scalars are kept (the end trimmed below holds none of the marks; its words are
        // counted again).
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(range.count, 1)) { out in
            var text = Kept(out: out)
            self.scalars.withUnsafeBufferPointer { source in
                var space = false
                var i = range.lowerBound
                while i < range.upperBound {
                    defer { i += 1 }
                    if !cut.isEmpty, cut[i - range.lowerBound] { continue }
                    let s = source[i]
                    let v = s.value
                    if v < 0x80 ? v == 0x20 || v &- 0x09 < 5 : s.properties.isWhitespace { space = text.count > 0; continue }
                    if space, !((s == "," || s == "." || s == ";" || s == ":") && cuts.contains { $0.upperBound == i }) { text.keepSpace() }
                    space = false
                    text.keep(s)
                    // The rest of a word of plain ASCII, and the plain words after it with the one space
                    // before each, are kept at once (no cut takes part of them).
                    if cut.isEmpty { i = text.keepPlainRun(source, from: i + 1, upTo: range.upperBound) - 1 }
                }
            }
            let told = text.told
            // Without cuts a space is kept before every word but the first.
            let words = text.count > 0 ? text.spaces + 1 : 0
            var count = text.count
            while count > 0, case let last = out[count - 1], last == "," || last == ";" || last == ":" || Self.isDash(last) || last == " " {
                count -= 1
            }
            let kept = UnsafeMutableBufferPointer(rebasing: out[..<count])
            // Most texts are finished from the kept scalars: no typewriter quote or parenthesis to
            // rewrite, and words counted on the scalars as on the string.
            if !told.typewriter, kept.first != "(", let keptWords = count == text.count ? told.runs?.count : Array(kept).spaceSeparatedCount {
                return (count == 0 ? nil : Description(text: Self.finished(kept, marks: told.marks, ascii: told.ascii), pointsBack: pointsBack, words: keptWords), words)
            }
            return (Self.rewritten(Array(kept), typewriter: told.typewriter, pointsBack: pointsBack), words)
        }
    }

    /// The description of the `kept` scalars of `description` that hold typewriter quote marks
    /// or open with a parenthesis, whose text is rewritten.
    private static func rewritten(_ kept: [Unicode.Scalar], typewriter: Bool, pointsBack: Bool) -> Description? {
        var text = String(scalars: kept)
        // The scalars of `text` while it is written as kept.
        var scalars: [Unicode.Scalar]? = kept
        // Typewriter quote marks (``…'') read as the curly ones.
        if typewriter {
            // In ASCII text every scalar is a character of its own, and so it stays with curly
            // marks put in: the marks are replaced in the bytes as the search would replace them.
            text = kept.allSatisfy(\.isASCII)
                ? UTF8Scan.replacing("''", with: "\u{201D}", in: UTF8Scan.replacing("``", with: "\u{201C}", in: text))
                : text.replacingOccurrences(of: "``", with: "\u{201C}").replacingOccurrences(of: "''", with: "\u{201D}")
            scalars = nil
        }
        if text.hasPrefix("(") {
            text = Self.unwrapped(text)
            scalars = nil
        }
        guard !text.isEmpty else { return nil }
        var finalScalars = scalars ?? text.unicodeScalarArray
        let marks = QuoteMarks(counting: finalScalars)
        let finished = finalScalars.withUnsafeMutableBufferPointer { Self.finished($0, marks: marks, ascii: false) }
        return Description(text: finished, pointsBack: pointsBack, words: text.spaceSeparatedCount)
    }

    /// The scalars `description` keeps, written into `out`, and what is told of them on the way.
    private struct Kept {
        struct Told {
            var marks = QuoteMarks()
            /// A doubled `` or '' mark.
            var typewriter = false
            /// The words (`SpaceRunCounter`); nil when the scalars cannot tell them.
            var runs: SpaceRunCounter? = SpaceRunCounter()
            /// Every scalar kept is ASCII.
            var ascii = true
        }

        let out: UnsafeMutableBufferPointer<Unicode.Scalar>
        private(set) var count = 0
        /// The spaces kept.
        private(set) var spaces = 0
        private var marks = QuoteMarks()
        private var typewriter = false
        private var ascii = true
        private var runs = SpaceRunCounter()
        /// Whether `runs` still tells the words.
        private var counting = true
        private var previous: Unicode.Scalar = "\0"

        /// What was told of the kept scalars.
        var told: Told { Told(marks: marks, typewriter: typewriter, runs: counting ? runs : nil, ascii: ascii) }

        init(out: UnsafeMutableBufferPointer<Unicode.Scalar>) {
            self.out = out
        }

        /// Keeps the one space between two words.
        @inline(__always)
        mutating func keepSpace() {
            out.initializeElement(at: count, to: " ")
            count += 1
            spaces += 1
            previous = " "
            if counting, !runs.add(" ") { counting = false }
        }

        @inline(__always)
        mutating func keep(_ scalar: Unicode.Scalar) {
            out.initializeElement(at: count, to: scalar)
            count += 1
            let v = scalar.value
            // Only "`", "'", the quote marks and scalars past ASCII are more than a letter of a word.
            if v == 0x60 || v == 0x27 || v == 0x22 || v >= 0x80 {
                if scalar == previous, v == 0x60 || v == 0x27 { typewriter = true }
                if v >= 0x80 { ascii = false }
                marks.add(scalar)
            }
            previous = scalar
            if counting, !runs.add(scalar) { counting = false }
        }

        /// Keeps the scalars of `source` from `start` on while they are printable ASCII other
        /// than `"`, `'` and "`", with single spaces between them (`EventPlainRun.scan`), as
        /// `keep` and `keepSpace` would one by one after a scalar other than a space (with no
        /// cuts, a space before such a scalar is always kept): they tell no mark, and the words
        /// only by their spaces. Returns the index after them.
        @inline(__always)
        mutating func keepPlainRun(_ source: UnsafeBufferPointer<Unicode.Scalar>, from start: Int, upTo end: Int) -> Int {
            let (k, spacesKept) = EventPlainRun.scan(source, from: start, upTo: end)
            guard k > start else { return k }
            // Copied as they are, one scalar kept for each read.
            (out.baseAddress! + count).initialize(from: source.baseAddress! + start, count: k - start)
            count += k - start
            spaces += spacesKept
            previous = source[k - 1]
            if counting, !runs.addASCIIWords(spaces: spacesKept) { counting = false }
            return k
        }
    }

    /// The double quote marks of a text, counted by kind.
    private struct QuoteMarks {
        var opens = 0, closes = 0, straight = 0

        init() {}

        init(counting scalars: [Unicode.Scalar]) {
            for scalar in scalars { add(scalar) }
        }

        mutating func add(_ scalar: Unicode.Scalar) {
            switch scalar {
            case "\u{201C}": opens += 1
            case "\u{201D}": closes += 1
            case "\"": straight += 1
            default: break
            }
        }
    }

    /// `text` without the parentheses of a sentence written as an aside ("(The discovery … 2004.)").
    private static func unwrapped(_ text: String) -> String {
        guard text.hasPrefix("(") else { return text }
        let closes = text.filter { $0 == ")" }.count
        if closes == 0 { return String(text.dropFirst()) }
        guard closes == 1, text.hasSuffix(")") || text.hasSuffix(").") || text.hasSuffix(".)") else { return text }
        var inner = text.dropFirst()
        if inner.hasSuffix(".") { inner = inner.dropLast() }
        return String(inner.dropLast())
    }

    /// The text of `scalars` with its first letter capitalized, closing punctuation, and quote
    /// marks paired (`marks` are those of `scalars`). With `ascii`, every scalar is ASCII (and
    /// so is every one added, as marks past ASCII are paired only in text that has one).
    /// `scalars` are capitalized in place; the marks put before and after them (rarely any)
    /// are written with them into the string.
    private static func finished(_ scalars: UnsafeMutableBufferPointer<Unicode.Scalar>, marks: QuoteMarks, ascii: Bool) -> String {
        if let first = scalars.firstIndex(where: { $0.value < 0x80 ? $0.value | 0x20 &- 0x61 < 26 || $0.value &- 0x30 < 10 : $0.properties.isAlphabetic }),
           scalars[..<first].allSatisfy(Self.isOpeningMark) {
            // An ASCII letter is lower case from "a" to "z", and its capital 0x20 below.
            let v = scalars[first].value
            if v < 0x80 {
                if v &- 0x61 < 26 { scalars[first] = Unicode.Scalar(UInt8(v - 0x20)) }
            } else if scalars[first].properties.isLowercase, let upper = scalars[first].properties.uppercaseMapping.unicodeScalars.first {
                scalars[first] = upper
            }
        }
        // The text is `before`, `scalars` and `after`.
        var before: [Unicode.Scalar] = []
        var after: [Unicode.Scalar] = []
        var closing: Unicode.Scalar?
        if marks.opens > marks.closes { closing = "\u{201D}" } else if marks.closes > marks.opens { before.insert("\u{201C}", at: 0) }
        if marks.straight % 2 == 1 {
            if (before.first ?? scalars.first) == "\"" { closing = "\"" } else { before.insert("\"", at: 0) }
        }
        func at(_ k: Int) -> Unicode.Scalar { k < before.count ? before[k] : scalars[k - before.count] }
        var end = before.count + scalars.count
        while end > 0, Self.isClosingMark(at(end - 1)) { end -= 1 }
        if end == 0 || !Self.isFullStop(at(end - 1)) { after.append(".") }
        if let closing { after.append(closing) }
        guard ascii else { return before.isEmpty && after.isEmpty ? String(scalars: scalars) : String(scalars: before + scalars + after) }
        // A scalar a byte, written in one pass (most texts have no marks put around them).
        guard before.isEmpty, after.isEmpty else { return String(scalars: before + scalars + after) }
        return String(unsafeUninitializedCapacity: scalars.count) { bytes in
            for k in scalars.indices { bytes[k] = UInt8(truncatingIfNeeded: scalars[k].value) }
            return scalars.count
        }
    }

    /// A mark that may come before a sentence's first letter: `"“‘'(`.
    private static func isOpeningMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201C}", "\u{2018}", "'", "(": return true
        default: return false
        }
    }

    /// A mark that may come after a sentence's full stop: `"”’')`.
    private static func isClosingMark(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201D}", "\u{2019}", "'", ")": return true
        default: return false
        }
    }

    /// `.`, `!` or `?`.
    private static func isFullStop(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?"
    }

    // MARK: - Words

    /// The word at `i`, lower-cased, without surrounding punctuation.
    func word(at i: Int) -> String {
        guard let ascii = asciiWord(at: i) else {
            return String(scalars: scalars[i..<wordEnd(i)]).lowercased().trimmingCharacters(in: Self.marks)
        }
        return String(unsafeUninitializedCapacity: ascii.count) { Self.fold(scalars[ascii], into: $0) }
    }

    /// Whether `set` holds the word at `i` (`word(at:)`), told without making the word when its
    /// letters are ASCII.
    private func isWord(at i: Int, in set: LexiconSet) -> Bool {
        guard let ascii = asciiWord(at: i) else { return set.contains(word(at: i)) }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(ascii.count, 1)) { buffer in
            set.contains(ascii: UnsafeBufferPointer(rebasing: buffer[0..<Self.fold(scalars[ascii], into: buffer)]))
        }
    }

    /// The scalars of the word at `i` without surrounding punctuation, when they are ASCII (nearly
    /// all words, curly quotes around them or not): folded as `lowercased()` and the trimming
    /// would fold them, as marks have no case.
    private func asciiWord(at i: Int) -> Range<Int>? {
        var lo = i, hi = wordEnd(i)
        while lo < hi, Self.isMark(scalars[lo]) { lo += 1 }
        while hi > lo, Self.isMark(scalars[hi - 1]) { hi -= 1 }
        return scalars[lo..<hi].allSatisfy(\.isASCII) ? lo..<hi : nil
    }

    /// Writes the ASCII `scalars` lower-cased into `buffer`; returns how many.
    private static func fold(_ scalars: ArraySlice<Unicode.Scalar>, into buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0
        for scalar in scalars {
            let b = UInt8(scalar.value)
            buffer[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
            n += 1
        }
        return n
    }

    static let marks = CharacterSet.punctuationCharacters.union(CharacterSet(charactersIn: "`"))
    /// `marks` below U+0100 (ASCII and Latin-1), by scalar value.
    private static let latinMarks = (0..<0x100).map { marks.contains(Unicode.Scalar(UInt8($0))) }
    /// `marks` in General Punctuation (U+2000–U+206F: curly quotes, dashes), from U+2000.
    private static let generalPunctuationMarks = (0x2000..<0x2070).map { marks.contains(Unicode.Scalar(UInt32($0))!) }

    /// Whether `scalar` is one of `marks`; false past the Basic Multilingual Plane, where the
    /// trimming is left to `trimmingCharacters`. The scalars around most words (ASCII marks,
    /// curly quotes, dashes) are told from tables made from `marks`.
    @inline(__always)
    static func isMark(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x100 { return latinMarks[Int(v)] }
        if v &- 0x2000 < 0x70 { return generalPunctuationMarks[Int(v &- 0x2000)] }
        return v < 0x10000 && marks.contains(scalar)
    }

    /// Whether the word at `i` ends with a comma.
    private func endsWithComma(at i: Int) -> Bool {
        let end = wordEnd(i)
        return end > i && scalars[end - 1] == ","
    }

    private func wordEnd(_ i: Int) -> Int {
        var j = i
        while j < sentence.upperBound, !scalars[j].isSpace { j += 1 }
        return j
    }

    private func skipSpace(_ i: Int) -> Int {
        var j = i
        while j < sentence.upperBound, scalars[j].isSpace { j += 1 }
        return j
    }

    /// `hi` moved back over trailing spaces.
    private func trimEnd(_ lo: Int, _ hi: Int) -> Int {
        var j = hi
        while j > lo, scalars[j - 1].isSpace { j -= 1 }
        return j
    }

    /// Whether `range` without `cuts` holds at least `n` words (runs between spaces): counted
    /// up to `n`.
    private func hasWords(_ range: Range<Int>, _ cuts: [Range<Int>], atLeast n: Int) -> Bool {
        // `n` words take `n` scalars and a space between each two: a shorter range holds fewer.
        guard n <= 1 || range.count >= 2 * n - 1 else { return false }
        var count = 0
        var inWord = false
        if cuts.isEmpty {
            return scalars.withUnsafeBufferPointer { scalars in
                var i = range.lowerBound
                while i < range.upperBound {
                    if scalars[i].isSpace { i += 1; continue }
                    count += 1
                    if count >= n { return true }
                    // The rest of the word: printable ASCII but the space (most scalars) is no space.
                    i += 1
                    while i < range.upperBound {
                        let v = scalars[i].value
                        if v &- 0x21 < 0x5F || !scalars[i].isSpace { i += 1 } else { break }
                    }
                }
                return false
            }
        }
        for i in range where !cuts.contains(where: { $0.contains(i) }) {
            if scalars[i].isSpace { inWord = false } else if !inWord {
                inWord = true
                count += 1
                if count >= n { return true }
            }
        }
        return false
    }
}
