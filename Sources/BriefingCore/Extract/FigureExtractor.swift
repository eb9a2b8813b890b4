/// Finds quantities (counts, money, percentages, measures, ordinals) and normalizes them.
public struct FigureExtractor: Sendable {
    public init() {}

    static let scales: [String: Double] = [
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "m": 1e6, "bn": 1e9,
        "k": 1e3, "tn": 1e12,
    ]
    static let currencyWords: [String: String] = [
        "won": "KRW", "dollars": "USD", "dollar": "USD", "yuan": "CNY", "yen": "JPY", "euros": "EUR",
        "euro": "EUR", "pounds": "GBP", "rubles": "RUB", "roubles": "RUB", "rupees": "INR",
    ]
    static let currencySymbols: [String: String] = ["$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW"]
    static let approximators: Set<String> = [
        "roughly", "about", "around", "nearly", "approximately", "some", "almost", "estimated",
        "over", "than", "up", "least", "circa", "close",
    ]
    static let measureUnits: Set<String> = [
        "ton", "tons", "tonne", "tonnes", "km", "kilometers", "kilometres", "miles", "mile", "meters",
        "metres", "kg", "kilograms", "pounds", "feet", "foot", "degrees", "hectares", "acres", "mw", "gw",
        "barrels", "liters", "litres", "km/h", "mph",
    ]
    static let numberWords: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "twenty": 20, "hundred": 100,
        "hundreds": 100, "thousands": 1000, "dozens": 12, "millions": 1e6, "tens": 10,
    ]
    private static let stopWords: Set<String> = [
        "to", "of", "in", "since", "and", "or", "for", "from", "by", "with", "at", "on", "that",
        "the", "a", "an", "as", "was", "were", "is", "are", "per", "worth", "this", "which",
    ]
    private static let fillerAdjectives: Set<String> = ["additional", "more", "new", "other", "extra", "further"]

    /// Figures in plain text (one paragraph), with their sentences as context.
    public func extract(text: String) -> [Figure] {
        SentenceSplitter.split(text).flatMap { extract(sentence: $0.text, paragraph: 0) }
    }

    /// Figures of the body, then of the photo captions (whose `paragraph` is -1).
    public func extract(_ article: Article) -> [Figure] {
        var figures: [Figure] = []
        for (index, paragraph) in article.paragraphs.enumerated() {
            for sentence in SentenceSplitter.split(paragraph.text) {
                figures += extract(sentence: sentence.text, paragraph: index)
            }
        }
        for caption in article.captions {
            for sentence in SentenceSplitter.split(caption.text) {
                figures += extract(sentence: sentence.text, paragraph: -1)
            }
        }
        return figures
    }

    private func extract(sentence: String, paragraph: Int) -> [Figure] {
        let tokens = Tokenizer.tokens(sentence)
        let scalars = Array(sentence.unicodeScalars)
        var figures: [Figure] = []
        var i = 0
        while i < tokens.count {
            let token = tokens[i]
            let lower = token.text.lowercased()
            var value: Double?
            var kind = Figure.Kind.count
            var unit: String?
            var approximate = false
            var end = i + 1
            var startToken = i
            if let (number, suffix) = parseNumber(token.text) {
                if suffix == nil, number >= 1900, number <= 2100, !token.text.contains(","), !token.text.contains(".") {
                    i += 1
                    continue  // A year: dates belong to the time stage.
                }
                value = number
                if let suffix {
                    if ["st", "nd", "rd", "th"].contains(suffix) { kind = .ordinal }
                    else { kind = .measure; unit = suffix }
                }
            } else if lower == "hundreds" || lower == "thousands" || lower == "tens" || lower == "dozens" || lower == "millions",
                      i + 2 < tokens.count, tokens[i + 1].text == "of", let inner = Self.numberWords[tokens[i + 2].text.lowercased()], inner >= 100 {
                value = Self.numberWords[lower]! * inner
                approximate = true
                end = i + 3
            } else if let word = Self.numberWords[lower], i + 1 < tokens.count, tokens[i + 1].isWord, !["of", "and", "or", "to"].contains(tokens[i + 1].text) {
                value = word
                if ["hundreds", "thousands", "dozens", "tens", "millions"].contains(lower) { approximate = true }
            }
            guard var number = value else { i += 1; continue }
            if end < tokens.count, let scale = Self.scales[tokens[end].text.lowercased()] {
                number *= scale
                end += 1
            }
            var currency: String?
            if startToken > 0, let code = Self.currencySymbols[tokens[startToken - 1].text] {
                currency = code
                startToken -= 1
            }
            if kind == .count, end < tokens.count {
                let next = tokens[end].text.lowercased()
                if next == "%" || next == "percent" || next == "per" {
                    kind = .percent
                    unit = "percent"
                    end += next == "per" ? 2 : 1
                } else if let code = Self.currencyWords[next], currency == nil {
                    currency = code
                    end += 1
                } else if Self.measureUnits.contains(next) {
                    kind = .measure
                    unit = next
                    end += 1
                }
            }
            if currency != nil { kind = .money; unit = nil }
            if kind == .count || kind == .ordinal {
                var j = end
                // Skip a closing quote mark: “hundreds of thousands” of artillery shells.
                while j < tokens.count, ["\u{201D}", "\"", "\u{2019}"].contains(tokens[j].text) { j += 1 }
                if j < tokens.count, tokens[j].text == "of", kind == .count { j += 1 }
                var nounWords: [String] = []
                while j < tokens.count, tokens[j].isWord, !Self.stopWords.contains(tokens[j].text.lowercased()), nounWords.count < 3 {
                    nounWords.append(tokens[j].text)
                    j += 1
                }
                let noun = nounWords.drop { Self.fillerAdjectives.contains($0.lowercased()) }
                guard !noun.isEmpty else { i = end; continue }
                unit = noun.joined(separator: " ")
                end = j
            }
            if startToken > 0 {
                let prev = tokens[startToken - 1].text.lowercased()
                if Self.approximators.contains(prev) {
                    approximate = true
                    startToken -= (prev == "than" || prev == "up" || prev == "least") && startToken >= 2 ? 2 : 1
                }
            }
            let text = String(String.UnicodeScalarView(scalars[tokens[startToken].start..<tokens[end - 1].end]))
            figures.append(Figure(text: text, value: number, unit: unit, currency: currency, kind: kind, approximate: approximate, paragraph: paragraph, context: sentence))
            i = end
        }
        return figures
    }

    /// "15,000" → 15000; "8,700-ton" → (8700, "ton"); "57th" → (57, "th"); "28.7" → 28.7.
    private func parseNumber(_ word: String) -> (Double, String?)? {
        guard let first = word.first, first.isNumber else { return nil }
        var digits = ""
        var rest = Substring(word)
        while let c = rest.first, c.isNumber || c == "," || c == "." {
            if c != "," { digits.append(c) }
            rest = rest.dropFirst()
        }
        guard let number = Double(digits) else { return nil }
        let suffix = rest.hasPrefix("-") ? String(rest.dropFirst()) : String(rest)
        if suffix.isEmpty { return (number, nil) }
        if ["st", "nd", "rd", "th"].contains(suffix.lowercased()) { return (number, suffix.lowercased()) }
        guard suffix.allSatisfy(\.isLetter) else { return nil }
        return (number, suffix.lowercased())
    }
}
