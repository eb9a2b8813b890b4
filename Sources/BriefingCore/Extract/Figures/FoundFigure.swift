/// A figure being assembled from lexemes: its amount, a second amount for a range, the bound
/// or hedge words and the counted noun. Lexeme indices until `figure(_:sentence:paragraph:)`.
struct FoundFigure: Sendable {
    var amount: FigureAmount
    var second: FigureAmount?
    /// Lexemes of the whole figure, of the bounded amount and of the amount alone.
    var start: Int
    var end: Int
    var boundedStart: Int
    var boundedEnd: Int
    var amountEnd: Int
    var approximate: Bool
    var lowBound: FigureRanges.Bound?
    var highBound: FigureRanges.Bound?
    var exactly = false
    var noun: String?

    init(_ amount: FigureAmount) {
        self.amount = amount
        start = amount.start
        end = amount.end
        boundedStart = amount.start
        boundedEnd = amount.end
        amountEnd = amount.end
        approximate = amount.number.isRough
    }

    /// Filler words between a number and its noun ("3,000 additional troops").
    static let fillers: LexiconSet = ["additional", "more", "new", "other", "extra", "further", "fresh", "total", "such"]
    /// Words that end a counted noun.
    static let stops: LexiconSet = [
        "to", "of", "in", "since", "and", "or", "for", "from", "by", "with", "at", "on", "that", "the", "a", "an",
        "as", "was", "were", "is", "are", "be", "been", "per", "worth", "this", "which", "who", "have", "has",
        "had", "will", "would", "could", "can", "may", "might", "should", "said", "says", "say", "but", "into",
        "than", "after", "before", "over", "under", "during", "while", "when", "where", "if", "not", "also",
        "each", "apiece", "ago", "earlier", "later", "last", "next", "this", "these", "those", "it", "its",
        "their", "his", "her", "our", "we", "they", "he", "she", "i", "you", "die", "died", "killed", "came",
        "went", "do", "did", "does", "here", "there", "out", "up", "down", "off", "all", "so", "then",
        "because", "about", "around", "until", "through", "against", "between", "among", "within", "without",
        "across", "along", "toward", "towards", "upon", "onto", "via", "per", "vs", "versus", "plus", "minus",
        "or", "nor", "yet", "still", "just", "only", "even", "too", "very", "already", "now", "again",
        "no", "must", "shall", "unless", "whether", "though", "although",
        "left", "fled", "arrived", "remain", "remained", "stayed", "dead", "injured", "wounded", "missing",
        "held", "taken", "returned", "joined", "voted", "attended", "gathered", "lost", "won", "took",
        "gave", "made", "got", "being", "having", "stood", "rose", "fell", "according",
    ]

    var kind: Figure.Kind {
        if hasSecond || (lowBound != nil && highBound != nil) { return .range }
        if amount.number.isOrdinal { return .ordinal }
        if amount.currency != nil { return .money }
        if amount.isPercent || isShare { return .percent }
        if amount.unit != nil { return .measure }
        return .count
    }

    /// Whether a second amount makes the figure a range, told from the optional's case in
    /// place: `second != nil` copies the amount, retaining its strings, to compare it.
    var hasSecond: Bool {
        if case .some = second { return true }
        return false
    }

    /// "a third", "half", "two out of five": a share of something, read as a percentage.
    var isShare: Bool {
        amount.number.isFraction && amount.unit == nil && amount.currency == nil && amount.number.value < 1 && amount.number.value > 0
    }

    // MARK: Reading

    /// "10-12%", "10 to 12 percent", "between 10,000 and 12,000", "$3 billion to $4 billion".
    mutating func readRange(_ lx: [FigureLexeme], context: FigureAmount.Context) {
        let j = amount.end
        guard j + 1 < lx.count, !amount.number.isOrdinal else { return }
        var openerAt: Int?
        if amount.start > 0, ["between", "from"].contains(lx[amount.start - 1].lower) { openerAt = amount.start - 1 }
        let joiner = lx[j].lower
        let between = openerAt.map { lx[$0].lower == "between" } ?? false
        guard FigureRanges.joiners.contains(joiner) && !between || (between && joiner == "and") else { return }
        if joiner == "-" || joiner == "–" || joiner == "—", lx[amount.number.start].isWord != lx[j + 1].isWord, !lx[j + 1].isSymbol("$") { return }
        guard var second = FigureAmount.read(lx, at: j + 1, context: context), !second.number.isOrdinal,
              second.number.value > amount.number.value || (between && second.number.value >= amount.number.value),
              !FigureFilters.rejects(lx, second.number.start, second.number.end, hasUnit: true) else { return }
        // "1995-01": a year and a month.
        if joiner == "-", !lx[j].spaced, lx[j + 1].text.hasPrefix("0") { return }
        if amount.unit != nil || amount.isPercent || amount.currency != nil {
            if second.unit == nil, !second.isPercent, second.currency == nil {
                (second.unit, second.isPercent, second.currency, second.quantity) = (amount.unit, amount.isPercent, amount.currency, amount.quantity)
            } else if second.unit != amount.unit || second.currency != amount.currency || second.isPercent != amount.isPercent || second.isSubunit != amount.isSubunit { return }
        } else {
            (amount.unit, amount.isPercent, amount.currency, amount.quantity) = (second.unit, second.isPercent, second.currency, second.quantity)
        }
        amount.isSubunit = second.isSubunit
        // "$3-4 million", "€2-3bn": the scale after the second number is the first's too.
        if let scale = Self.trailingScale(lx, second.number), amount.number.value < 1000, amount.number.value * scale <= second.number.value,
           Self.trailingScale(lx, amount.number) == nil {
            amount.number.value *= scale
        }
        self.second = second
        end = second.end
        boundedEnd = second.end
        amountEnd = second.end
        if let openerAt {
            start = openerAt
            boundedStart = openerAt
        }
    }

    /// The scale a number ends with: "4 million" → 1e6, "3bn" → 1e9.
    private static func trailingScale(_ lx: [FigureLexeme], _ number: ParsedNumber) -> Double? {
        guard number.end > number.start + 1 || number.hasScaleSuffix else { return nil }
        let last = lx[number.end - 1].lower
        return NumberWords.scales[last] ?? DigitNumber.gluedScales[last] ?? (last == "m" ? 1e6 : nil)
    }

    /// Bound and hedge words before ("more than", "about") and after ("or more") the amount.
    mutating func readBounds(_ lx: [FigureLexeme]) {
        if let phrase = FigureRanges.phrase(lx, before: start), !hasSecond || phrase.bound == nil {
            start = phrase.start
            approximate = true
            if let bound = phrase.bound {
                boundedStart = phrase.start
                if bound == .exactly { exactly = true; approximate = false } else if bound.isLower { lowBound = bound } else { highBound = bound }
                // "more than 5000 or equal to".
                if bound == .above || bound == .below, let after = FigureRanges.orEqual(lx, at: end) {
                    if bound == .above { lowBound = .atLeast } else { highBound = .atMost }
                    end = after
                    boundedEnd = after
                }
            }
        }
        guard !hasSecond, end < lx.count, let after = FigureRanges.phrase(lx, after: end), let bound = after.bound else { return }
        exactly = false
        lowBound = nil
        highBound = nil
        if bound.isLower { lowBound = bound } else { highBound = bound }
        approximate = true
        end = after.end
        boundedEnd = after.end
    }

    /// The rate an amount is joined to by hyphens: "a $400-million-a-year business", "$12-an-hour
    /// workers", "a $2,000-per-player stipend" are the amount with its rate, as one figure.
    mutating func readRate(_ lx: [FigureLexeme]) {
        guard amount.currency != nil, end + 3 < lx.count, (end...(end + 3)).allSatisfy({ !lx[$0].spaced }),
              lx[end].isSymbol("-"), ["a", "an", "per"].contains(lx[end + 1].lower), lx[end + 2].isSymbol("-"), lx[end + 3].isWord else { return }
        end += 4
    }

    /// The counted noun after a count or an ordinal: "troops", "artillery shells",
    /// "Security Consultative Meeting"; joined by a hyphen, a compound's noun ("a 28-nation bloc").
    mutating func readNoun(_ lx: [FigureLexeme]) {
        guard amount.unit == nil, amount.currency == nil, !amount.isPercent else { return }
        var j = end
        while j < lx.count, lx[j].isSymbol("\u{201D}") || lx[j].isSymbol("\"") || lx[j].isSymbol("\u{2019}") || lx[j].isSymbol("'") { j += 1 }
        // The first word of a compound is a noun even when it is "point" ("ten-point lead").
        let compound = j == end && FigureFilters.joinsWord(lx, at: j)
        if compound { j += 1 }
        if j < lx.count, lx[j].lower == "of", amount.number.isRough || isShare {
            j += 1
            if isShare, j < lx.count, ["the", "a", "an", "its", "their", "all"].contains(lx[j].lower) { j += 1 }
        }
        var words: [String] = []
        var ends: [Int] = []
        var k = j
        while k < lx.count, lx[k].isWord, words.count < 3, !Self.stops.contains(lx[k].lower), !Self.isNumberWord(lx[k].lower) || (compound && k == j && NumberWords.cardinal(lx[k].lower) == nil),
              !FigureRanges.hedges.contains(lx[k].lower), !Self.isFunctionContraction(lx[k].lower) {
            if !lx[k].spaced, !words.isEmpty { break }
            // A plural noun ends a lowercase noun phrase: "boats" (sank), "people" (marched).
            if let last = words.last, !Self.isCapitalized(last), !Self.isCapitalized(lx[k].text), Self.isPlural(last) || lx[k].lower.hasSuffix("ed") { break }
            words.append(lx[k].text)
            k += 1
            // Glue "-" joined words: "Security-related".
            if k + 1 < lx.count, lx[k].isSymbol("-"), !lx[k].spaced, lx[k + 1].isWord, !lx[k + 1].spaced {
                words[words.count - 1] += "-" + lx[k + 1].text
                k += 2
            }
            ends.append(k)
        }
        // After a compound, a last word with an article after it is a verb taking an object:
        // "a 10-juror majority approve a death penalty" (a "four-game winning streak" stays).
        if compound, words.count > 2, k < lx.count, ["a", "an", "the"].contains(lx[k].lower) {
            words.removeLast()
            ends.removeLast()
        }
        // A verb in the past ends no noun: "the second received".
        while let last = words.last, !Self.isCapitalized(last), !UTF8Scan.characterCount(of: last, isBelow: 5), last.hasSuffix("ed") {
            words.removeLast()
            ends.removeLast()
        }
        var kept = Array(words.drop { Self.fillers.contains($0.lowercasedIfNeeded) })
        // "first lady’s office": the possessive's noun is what is counted, without its "’s".
        if let last = kept.last, let possessor = Self.possessor(last) { kept[kept.count - 1] = possessor }
        // "three Rally’s directors": directors are counted, the possessor only names whose.
        if let owner = kept.dropLast().lastIndex(where: { Self.possessor($0) != nil }) { kept.removeSubrange(...owner) }
        guard !kept.isEmpty, let nounEnd = ends.last else { return }
        noun = kept.joined(separator: " ")
        end = nounEnd
    }

    /// "that’s", "he’s", "wasn’t", "doesn't", "we’re": a function word with its contraction,
    /// which never names what is counted.
    static func isFunctionContraction(_ w: String) -> Bool {
        guard w.hasApostropheBytes, let mark = w.lastIndex(where: { $0 == "'" || $0 == "\u{2019}" }) else { return false }
        let base = w[..<mark], suffix = w[w.index(after: mark)...]
        if ["t", "re", "ve", "ll", "d", "m"].contains(suffix) { return true }
        return suffix == "s" && (stops.contains(String(base)) || contracted.contains(String(base)))
    }

    /// Words whose "’s" is "is" or "has": "that’s", "there’s", "what’s", "let’s".
    static let contracted: LexiconSet = ["that", "there", "here", "what", "who", "where", "how", "let", "it", "he", "she", "one", "everyone", "nobody", "someone"]

    /// "lady" for "lady’s", "countries" for "countries’"; nil when the word is no possessive.
    static func possessor(_ w: String) -> String? {
        guard w.hasApostropheBytes else { return nil }
        for suffix in ["'s", "\u{2019}s"] where w.lowercased().hasSuffix(suffix) && w.count > suffix.count {
            return String(w.dropLast(suffix.count))
        }
        return nil
    }

    static func isCapitalized(_ w: String) -> Bool {
        // An ASCII first scalar is a capital when it is one of A–Z: no property look-up.
        if let first = w.utf8.first, first < 0x80 { return first &- 0x41 < 26 }
        return w.unicodeScalars.first?.properties.isUppercase == true
    }

    /// Nouns that are plural without an "s".
    static let pluralsWithoutS: LexiconSet = ["people", "children", "men", "women", "police", "personnel", "staff", "cattle", "sheep", "fish"]

    static func isPlural(_ w: String) -> Bool {
        let lower = w.lowercasedIfNeeded
        if pluralsWithoutS.contains(lower) { return true }
        return !UTF8Scan.characterCount(of: lower, isBelow: 4) && lower.hasSuffix("s") && !lower.hasSuffix("ss") && !lower.hasSuffix("us") && !lower.hasSuffix("is")
    }

    static func isNumberWord(_ w: String) -> Bool {
        // Cardinals and scales are number words, which most words are ruled out of by their bytes.
        SpelledNumber.wordFilter.mayContain(w) && (NumberWords.cardinal(w) != nil || NumberWords.scales[w] != nil)
            || w == "point" || w == "equals" || w == "equal"
    }

    /// Joins "more than 10 and less than 40" into one range.
    static func mergeBounds(_ found: inout [FoundFigure], _ lx: [FigureLexeme]) {
        var k = 0
        while k + 1 < found.count {
            // A low and a high bound, told in place: most neighbours are no such pair, and a copy retains their strings.
            guard found[k].lowBound != nil && found[k + 1].highBound != nil || found[k].highBound != nil && found[k + 1].lowBound != nil else {
                k += 1
                continue
            }
            let a = found[k], b = found[k + 1]
            if a.second == nil, b.second == nil, a.noun == nil || b.noun == nil,
               let (lowFigure, highFigure) = a.lowBound != nil && b.highBound != nil ? (a, b) : (a.highBound != nil && b.lowBound != nil ? (b, a) : nil),
               lowFigure.amount.number.value < highFigure.amount.number.value, joins(lx, a.boundedEnd, b.boundedStart) {
                var merged = lowFigure
                merged.highBound = highFigure.highBound
                merged.second = highFigure.amount
                merged.start = a.start
                merged.boundedStart = a.boundedStart
                merged.end = b.end
                merged.boundedEnd = b.boundedEnd
                merged.amountEnd = b.amountEnd
                merged.noun = a.noun ?? b.noun
                merged.mergedOrder = a.lowBound != nil
                found[k] = merged
                found.remove(at: k + 1)
            }
            k += 1
        }
    }

    /// Whether lexemes `start..<end` join two bounds into a range: "and", "but", ",", ", and", ", but".
    private static func joins(_ lx: [FigureLexeme], _ start: Int, _ end: Int) -> Bool {
        guard start <= end, end - start <= 2 else { return false }
        return [["and"], ["but"], [","], [",", "and"], [",", "but"]].contains((start..<end).map { lx[$0].lower })
    }

    /// True when a merged range was written low bound first.
    var mergedOrder = true
}
