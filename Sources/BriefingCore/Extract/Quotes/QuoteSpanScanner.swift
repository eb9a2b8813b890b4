/// Finds the quoted segments of a paragraph: “curly”, "straight", ``TeX'', «guillemet» (or
/// »reversed«) and „low-high“ double quotes, or single ones (‘curly’, 'straight', ‹angle›,
/// ‚low‘) in a paragraph without double quotes or around double ones (British style), with an
/// open double quote left unclosed at the paragraph end reported as running on. Quotes inside
/// quotes are part of the outer one.
struct QuoteSpanScanner {
    struct Span: Equatable {
        /// Unicode-scalar range of the quoted words, without the marks.
        var inner: Range<Int>
        /// Unicode-scalar range including the marks.
        var outer: Range<Int>
        /// True when no closing mark was found before the paragraph ended.
        var runsOn: Bool
    }

    /// The spans of one paragraph. With `continuing` (the paragraph before ended inside a
    /// quote), a closing mark before any opening one ends a quote that began with the paragraph.
    static func spans(in scalars: [Unicode.Scalar], continuing: Bool = false) -> [Span] {
        var spans: [Span] = []
        // Curly and straight marks pair independently, as careless texts mix them.
        var curly: Int?
        // A straight quote is open inside the curly one.
        var curlyNests = false
        // Curly quotes open inside the curly one: “We apologize to “Moonlight,” “La La Land,” and viewers.”
        var curlyDepth = 0
        var straight: Int?
        var tex: Int?
        // „German“ and «guillemet» quotes; `angleOpener` is the mark that opens them in this paragraph.
        var low: Int?
        var angle: Int?
        // The mark that opens guillemet quotes, read from the paragraph at the first guillemet met:
        // most paragraphs have none.
        var angleOpener: Unicode.Scalar?
        var single: Int?
        var singles: [Span] = []
        let n = scalars.count
        func letter(_ k: Int) -> Bool { k >= 0 && k < n && (scalars[k].properties.isAlphabetic || scalars[k].properties.numericType != nil) }
        func space(_ k: Int) -> Bool { k < 0 || k >= n || scalars[k].isSpace }
        func isOpeningPunctuation(_ k: Int) -> Bool { k < n && ["\u{201C}", "\"", "(", "["].contains(scalars[k]) }
        // A mark of the other style closes a quote when it ends a word and no word follows it.
        func closesMixed(_ k: Int) -> Bool { !space(k - 1) && !letter(k + 1) }
        // A straight mark pairs with a later one when an odd number of them follows it.
        func straightPairsLater(_ k: Int) -> Bool { scalars[(k + 1)...].filter { $0 == "\"" }.count % 2 == 1 }
        // Unless that later mark reopens the speech with a capital after the cue and a curly mark
        // closes it: “Don’t lose weight now," he told her. "I like my girls chubby.”
        func reopensAfterCue(_ k: Int) -> Bool {
            guard k > 0, [",", ".", "!", "?"].contains(scalars[k - 1]), space(k + 1),
                  let next = scalars[(k + 1)...].firstIndex(of: "\""), space(next - 1), next + 1 < n,
                  scalars[next + 1].properties.isUppercase else { return false }
            let rest = scalars[(next + 1)...]
            return !rest.contains("\"") && rest.contains("\u{201D}") && !scalars[(k + 1)..<next].contains { $0 == "\u{201C}" || $0 == "\u{201D}" }
        }
        // A curly mark opening a word inside a curly quote nests in it when enough closing marks
        // follow to close both (two more than opening ones); else the outer quote's closing mark
        // is missing and the mark reopens speech ("… he said. “We will go.”").
        func closersOutnumberOpeners(after k: Int) -> Bool {
            var balance = 0
            for m in scalars[(k + 1)...] where m == "\u{201C}" || m == "\u{201D}" { balance += m == "\u{201D}" ? 1 : -1 }
            return balance >= 2
        }
        // A straight mark that ends a word with a space after it closes a quote whose opening
        // mark is missing ("a cursory review of [his] systems" including …"); it opens none.
        func closesOnly(_ k: Int) -> Bool { k > 0 && (letter(k - 1) || isPunctuation(scalars[k - 1])) && space(k + 1) }
        var doubleOpen: Bool { curly != nil || straight != nil || tex != nil || low != nil || angle != nil }
        if continuing, let close = continuationClose(scalars) {
            spans.append(Span(inner: 0..<close.lowerBound, outer: 0..<close.upperBound, runsOn: false))
        }
        let start = spans.first?.outer.upperBound ?? 0
        var i = start
        while i < n {
            // An ASCII scalar but the three marks below opens and closes nothing (the cases' default).
            i = nextCandidate(scalars, from: i)
            guard i < n else { break }
            let s = scalars[i]
            switch s {
            case "\u{201C}" where low != nil, "\u{201D}" where low != nil:
                // „…“ and „…”: the low mark's partner.
                if let o = low { spans.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false)); low = nil }
            case "\u{201E}":
                if !doubleOpen { low = i }
            case "\u{00AB}", "\u{00BB}":
                let angleOpen = angleOpener ?? firstGuillemet(scalars)
                angleOpener = angleOpen
                if s == angleOpen, !doubleOpen {
                    angle = i
                } else if s != angleOpen, let o = angle {
                    spans.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    angle = nil
                }
            case "\u{201C}":
                if curly == nil, low == nil, angle == nil {
                    curly = i
                } else if curly != nil, space(i - 1) || isOpeningPunctuation(i - 1), letter(i + 1), closersOutnumberOpeners(after: i) {
                    curlyDepth += 1
                }
            case "\u{201D}" where curly != nil && curlyDepth > 0:
                curlyDepth -= 1
            case "\u{201D}":
                if let o = curly, o == i - 1, letter(i + 1) {
                    // A doubled opening mark, the second one turned the wrong way: "saying, “”I am grateful …”".
                    curly = i
                } else if let o = curly {
                    spans.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    curly = nil
                    curlyNests = false
                    curlyDepth = 0
                } else if let o = straight, closesMixed(i) {
                    // "…” : a straight opening mark closed by a curly one.
                    spans.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    straight = nil
                }
            case "\"":
                if curlyNests {
                    curlyNests = false
                } else if curly != nil, space(i - 1), letter(i + 1) {
                    // A straight quote inside a curly one: “They called it "a witch hunt," and left,”.
                    curlyNests = true
                } else if let o = straight {
                    spans.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    straight = nil
                } else if let o = curly, closesMixed(i), !straightPairsLater(i) || reopensAfterCue(i) {
                    // “…" : a curly opening mark closed by a straight one.
                    spans.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    curly = nil
                } else if curly == nil, tex == nil, low == nil, angle == nil, !(i > 0 && scalars[i - 1].properties.numericType != nil), !closesOnly(i) {
                    // After a digit it is an inch mark: 6'3" tall.
                    straight = i
                }
            case "`" where i + 1 < n && scalars[i + 1] == "`":
                if !doubleOpen { tex = i }
                i += 1
            case "'" where i + 1 < n && scalars[i + 1] == "'":
                if let o = tex { spans.append(Span(inner: (o + 2)..<i, outer: o..<(i + 2), runsOn: false)); tex = nil }
                i += 1
            case "\u{2018}", "\u{201A}", "\u{2039}", "\u{203A}", "'":
                if let o = single, closesSingle(scalars, at: i, opener: scalars[o]) {
                    singles.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    single = nil
                } else if let o = single, s == "'", scalars[o] == "'", space(i - 1), letter(i + 1) {
                    // Another straight mark opening a word: the first one was never closed
                    // ("'Bomb cyclone' slams … 'Bomb cyclone' winter storm …").
                    single = i
                } else if single == nil, opensSingle(scalars, at: i), !letter(i - 1), letter(i + 1) || isOpeningPunctuation(i + 1) {
                    // A single mark opens at a word start.
                    single = i
                }
            case "\u{2019}":
                // It closes after a word when no letter follows ("don’t" is an apostrophe).
                if let o = single, closesSingle(scalars, at: i, opener: scalars[o]), !space(i - 1), !letter(i + 1) {
                    singles.append(Span(inner: (o + 1)..<i, outer: o..<(i + 1), runsOn: false))
                    single = nil
                }
            default:
                break
            }
            i += 1
        }
        if let o = curly ?? straight ?? low ?? angle, o + 1 < n {
            spans.append(Span(inner: (o + 1)..<n, outer: o..<n, runsOn: true))
        } else if let o = tex, o + 2 < n {
            spans.append(Span(inner: (o + 2)..<n, outer: o..<n, runsOn: true))
        }
        // Single marks quote speech in text that uses no double ones, or around double ones
        // (British style: ‘He said “no” to me’), and only for more than a short phrase:
        // headlines put ‘scare quotes’ around a word or two.
        // Text that writes double quotes as two apostrophes (''…'') nests straight single ones.
        // (Read only when there are single quotes: most paragraphs have none.)
        let doubledApostrophes = !singles.isEmpty && zip(scalars, scalars.dropFirst()).contains { $0 == "'" && $1 == "'" }
        let long = singles.filter { span in
            if doubledApostrophes, scalars[span.outer.lowerBound] == "'" { return false }
            var words = 0, inWord = false
            for k in span.inner { let l = letter(k); if l && !inWord { words += 1 }; inWord = l || scalars[k] == "\u{2019}" || scalars[k] == "'" }
            return words >= 4
        }
        let outer = long.filter { single in spans.contains { single.outer.lowerBound < $0.outer.lowerBound && $0.outer.upperBound <= single.outer.upperBound } }
        if spans.isEmpty {
            spans = long
        } else if !outer.isEmpty {
            // Double quotes inside single ones belong to them.
            spans = spans.filter { span in !outer.contains { $0.outer.lowerBound < span.outer.lowerBound && span.outer.upperBound <= $0.outer.upperBound } } + outer
        }
        return spans.filter { !$0.inner.isEmpty }.sorted { $0.outer.lowerBound < $1.outer.lowerBound }
    }

    /// Whether `scalars` hold a mark that may open a quote (`spans` opens one only at such a
    /// mark): a paragraph without one, not continuing a quote, has no span. A closing mark
    /// opens none ("\u{201D}", "\u{2019}"), nor does a straight single mark after a letter or
    /// digit, as most apostrophes are ("Korea's"), nor any scalar `spans` does not read.
    static func mayOpenQuote(_ scalars: [Unicode.Scalar]) -> Bool {
        // (The set is read once, not at every candidate.)
        let openers = openingMarks
        var i = nextCandidate(scalars, from: 0)
        while i < scalars.count {
            let s = scalars[i]
            if openers.contains(s) { return true }
            if s == "'", i == 0 || !Self.isASCIIAlphanumeric(scalars[i - 1]) { return true }
            i = nextCandidate(scalars, from: i + 1)
        }
        return false
    }

    /// The marks at which `spans` may open a quote, but the straight single one.
    static let openingMarks: Set<Unicode.Scalar> = ["\u{201C}", "\u{201E}", "\u{00AB}", "\u{00BB}", "\"", "`", "\u{2018}", "\u{201A}", "\u{2039}", "\u{203A}"]

    /// An ASCII letter or digit: alphabetic or numeric, as `spans` reads a letter.
    private static func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool {
        s.value < 0x80 && ((s.value | 0x20) &- 0x61 < 26 || s.value &- 0x30 < 10)
    }

    /// The index of the first scalar from `start` that may open or close a quote: one past ASCII,
    /// a double or single straight mark or a backquote; `scalars.count` when none does. Runs of
    /// other ASCII (most of a paragraph) are passed over in a loop of their own, four scalars
    /// at a time (`hasCandidate`), then one by one.
    static func nextCandidate(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        scalars.withUnsafeBufferPointer { buffer in
            var i = start
            if let base = buffer.baseAddress {
                let raw = UnsafeRawPointer(base)
                let stride = MemoryLayout<Unicode.Scalar>.stride
                while i + 4 <= buffer.count, !hasCandidate(raw.loadUnaligned(fromByteOffset: i * stride, as: SIMD4<UInt32>.self)) { i += 4 }
            }
            while i < buffer.count {
                let v = buffer[i].value
                if v >= 0x80 || v == 0x22 || v == 0x27 || v == 0x60 { break }
                i += 1
            }
            return i
        }
    }

    /// Whether one of four scalar values is a candidate of `nextCandidate`: past ASCII (a bit
    /// above the low seven set), a double or single straight mark or a backquote.
    @inline(__always)
    static func hasCandidate(_ values: SIMD4<UInt32>) -> Bool {
        let marks = (values .== SIMD4(repeating: 0x22)) .| (values .== SIMD4(repeating: 0x27)) .| (values .== SIMD4(repeating: 0x60))
        return any(marks .| ((values & SIMD4(repeating: 0xFFFF_FF80)) .!= .zero))
    }

    /// The guillemet that opens quotes in this paragraph: « unless the first one is a » that
    /// a word follows (»Danish and German style«).
    private static func firstGuillemet(_ scalars: [Unicode.Scalar]) -> Unicode.Scalar {
        guard let k = scalars.firstIndex(where: { $0 == "\u{00AB}" || $0 == "\u{00BB}" }) else { return "\u{00AB}" }
        let next = k + 1 < scalars.count ? scalars[k + 1] : " "
        return scalars[k] == "\u{00BB}" && !next.isSpace ? "\u{00BB}" : "\u{00AB}"
    }

    /// True when the single mark at `k` may open a quote: any single mark but a closing angle.
    private static func opensSingle(_ scalars: [Unicode.Scalar], at k: Int) -> Bool {
        scalars[k] != "\u{203A}" || scalars.firstIndex(where: { $0 == "\u{2039}" || $0 == "\u{203A}" }) == k
    }

    /// True when the single mark at `k` closes one opened by `opener`. A straight mark closes
    /// after punctuation, before punctuation or the end, or before "he said"; not in "the
    /// workers' union", where a lower-case word follows a plural possessive.
    private static func closesSingle(_ scalars: [Unicode.Scalar], at k: Int, opener: Unicode.Scalar) -> Bool {
        let mark = scalars[k]
        switch opener {
        case "\u{2039}": return mark == "\u{203A}"
        case "\u{203A}": return mark == "\u{2039}"
        case "\u{201A}", "\u{2018}": return mark == "\u{2018}" && opener == "\u{201A}" || mark == "\u{2019}"
        case "'":
            guard mark == "'", k > 0, !scalars[k - 1].isSpace else { return false }
            let next = k + 1 < scalars.count ? scalars[k + 1] : " "
            if next.properties.isAlphabetic || next.properties.numericType != nil { return false }
            if isPunctuation(scalars[k - 1]) || !next.isSpace { return true }
            // The next word: a capital, a pronoun or a cue ends the quote; another word goes on.
            var e = k + 2
            while e < scalars.count, scalars[e].properties.isAlphabetic { e += 1 }
            guard k + 2 < e else { return true }
            let word = String(scalars: scalars[(k + 2)..<e])
            return word.startsWithUppercase || QuoteAttribution.pronouns.contains(word) || QuoteAttribution.cues.contains(word)
        default: return false
        }
    }

    /// Where a quote carried over from the paragraph before ends: the first closing mark, when
    /// it comes before any opening one (“… / … we will win,” he said.).
    /// Whether a quote left open before `scalars` goes on through it without a mark: text
    /// with a sentence a line breaks a quote over lines that hold no quote mark at all, up to
    /// the one that closes it (`following` are the next paragraphs; the first of them with a mark
    /// must close the quote first, within six lines, as a father's account of a shelling runs
    /// “Suddenly we heard a bomb … / Windows smashed. / Children started to scream. / … / They
    /// were cut into pieces by the shell.”, or reopen it within three: newswire reopens a quote
    /// carried on to a new paragraph, so lines between an open quote and a reopening mark are all
    /// quote: “I feel like I have some unfinished business here. / I feel like I can be a lot
    /// better. / “I’m so relieved.”).
    static func continuesUnmarked(_ scalars: [Unicode.Scalar], following: ArraySlice<[Unicode.Scalar]>) -> Bool {
        guard !scalars.contains(where: marks.contains) else { return false }
        for (distance, next) in following.prefix(6).enumerated() where next.contains(where: marks.contains) {
            return continuationClose(next) != nil || distance < 3 && reopens(next)
        }
        return false
    }

    /// True when a paragraph opens with a double opening mark, spaces aside.
    private static func reopens(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.firstIndex(where: { !$0.isSpace }) else { return false }
        return scalars[first] == "\u{201C}" || scalars[first] == "\"" && first + 1 < scalars.count && !scalars[first + 1].isSpace
    }

    /// Double quote marks and the opening single one.
    private static let marks: Set<Unicode.Scalar> = ["\u{201C}", "\u{201D}", "\"", "\u{00AB}", "\u{00BB}", "\u{201E}", "\u{2018}"]

    private static func continuationClose(_ scalars: [Unicode.Scalar]) -> Range<Int>? {
        let n = scalars.count
        for (k, s) in scalars.enumerated() {
            switch s {
            case "\u{201D}", "\u{00BB}":
                return k > 0 ? k..<(k + 1) : nil
            case "\"":
                // A straight mark closes when it follows a word or punctuation and no word follows.
                let before = k > 0 ? scalars[k - 1] : " "
                let after = k + 1 < n ? scalars[k + 1] : " "
                let closes = !before.isSpace && !after.properties.isAlphabetic
                return closes && k > 0 ? k..<(k + 1) : nil
            case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2018}":
                return nil
            default:
                continue
            }
        }
        return nil
    }

    private static func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        [".", ",", "!", "?", ";", ":", "\u{2026}", "-", "\u{2014}", "\u{2013}"].contains(s)
    }
}
