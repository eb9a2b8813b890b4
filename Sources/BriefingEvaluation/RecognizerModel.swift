import BriefingCore
import Foundation

/// How a Recognizers-Text result type maps onto Briefing's `Figure` fields.
///
/// - number: each numeral written in a figure (`spans.numerals`), except ordinals and numbers
///   glued to their unit ("180ml", "29km"), which Recognizers' number model leaves out.
/// - ordinal: figures of kind `ordinal`, by their numeral.
/// - numberrange: figures with an `interval`, by the bound words and amount (`spans.bounded`),
///   or by the bound words and numbers alone, as Recognizers leaves units out of ranges:
///   "more than 30000" is (30000,). Recognizers writes every plain two-sided range half-open
///   ("between 20 and 30" is [20,30)), so the upper bracket of a two-sided range is not compared.
/// - dimension, temperature, age: measures by `quantity`, by their amount (`spans.amount`:
///   number and unit, no hedge, no noun), value and unit; a range "eight to 10 feet" also
///   offers its upper amount "10 feet", as Recognizers reads the unit with the number before it.
/// - currency: money figures by amount, value and ISO code; "50 cents" is 0.50 of a currency.
/// - percentage: percent figures by amount and value ("12%" is 12).
enum RecognizerModel: Equatable {
    case number, ordinal, range, dimension, temperature, age, currency, percentage, other

    init(fileName: String) {
        let table: [(String, RecognizerModel)] = [
            ("NumberRangeModel", .range), ("OrdinalModel", .ordinal), ("NumberModel", .number),
            ("DimensionModel", .dimension), ("TemperatureModel", .temperature), ("AgeModel", .age),
            ("CurrencyModel", .currency), ("PercentModel", .percentage),
        ]
        self = table.first { fileName.contains($0.0) }?.1 ?? .other
    }

    init(typeName: String) {
        switch typeName.lowercased() {
        case "number": self = .number
        case "ordinal": self = .ordinal
        case "numberrange": self = .range
        case "dimension": self = .dimension
        case "temperature": self = .temperature
        case "age": self = .age
        case "currency": self = .currency
        case "percentage": self = .percentage
        default: self = .other
        }
    }

    /// One thing a figure offers to be matched: its words, value and unit or bounds.
    struct Candidate {
        var text: String
        var value: Double
        var unit: String?
        var currency: String?
        var interval: (lowClosed: Bool, low: Double?, high: Double?, highClosed: Bool, twoSided: Bool)?

        func matches(_ expected: RecognizerCases.Case.Result) -> Bool {
            guard text.lowercased() == expected.Text.lowercased() else { return false }
            let resolution = expected.Resolution ?? [:]
            if let interval, let want = resolution["value"].flatMap(RecognizerModel.interval) {
                guard same(interval.low, want.low), same(interval.high, want.high) else { return false }
                if want.low != nil, interval.lowClosed != want.lowClosed { return false }
                if want.high != nil, !interval.twoSided, interval.highClosed != want.highClosed { return false }
                return true
            }
            guard let raw = resolution["value"] else { return resolution["unit"] == nil || unitMatches(resolution) }
            let isSubunit = RecognizerModel.fractionUnits.contains((resolution["unit"] ?? "").lowercased())
            guard var number = Double(raw.hasSuffix("%") ? String(raw.dropLast()) : raw) else { return false }
            if isSubunit { number /= 100 }
            guard abs(number - value) <= 1e-9 * max(1, abs(number)) else { return false }
            return unitMatches(resolution)
        }

        private func unitMatches(_ resolution: [String: String]) -> Bool {
            if let iso = resolution["isoCurrency"] { return currency == iso }
            guard let expected = resolution["unit"] else { return true }
            if currency != nil {
                guard let code = RecognizerModel.currencyCodes[expected.lowercased()] else { return true }
                return code == "*" || code == currency
            }
            return RecognizerModel.unitName(expected) == unit?.lowercased()
        }

        private func same(_ a: Double?, _ b: Double?) -> Bool {
            switch (a, b) {
            case (nil, nil): return true
            case let (x?, y?): return abs(x - y) <= 1e-9 * max(1, abs(y))
            default: return false
            }
        }
    }

    /// Recognizers' units that are hundredths of a currency (its `CurrencyFractionList`), whose
    /// value counts those hundredths: "20 kopeks" is 20 Kopek, 0.20 of a ruble.
    static let fractionUnits: Set<String> = [
        "cent", "cents", "pence", "penny", "kopek", "kopeck", "centavo", "centime", "céntimo", "centimo", "paisa", "sen",
        "kobo", "pesewa", "agora", "satang", "rappen", "grosz", "halala", "stotinka", "tetri", "jiao", "haléř", "øre", "öre",
    ]

    /// Recognizers' currency names with their ISO codes; "*" for hundredths of any currency.
    static let currencyCodes: [String: String] = [
        "dollar": "USD", "united states dollar": "USD", "us dollar": "USD", "euro": "EUR", "pound": "GBP",
        "british pound": "GBP", "pound sterling": "GBP", "japanese yen": "JPY", "yen": "JPY",
        "chinese yuan": "CNY", "yuan": "CNY", "renminbi": "CNY", "south korean won": "KRW", "won": "KRW",
        "indian rupee": "INR", "rupee": "INR", "russian ruble": "RUB", "canadian dollar": "CAD",
        "australian dollar": "AUD", "hong kong dollar": "HKD", "swiss franc": "CHF", "cent": "*", "pence": "GBP",
        "penny": "GBP", "new zealand dollar": "NZD", "singapore dollar": "SGD",
    ]

    /// Recognizers' unit names in Briefing's spelling: "Square meter" → "square meter", "C" →
    /// "degree celsius", "Age" → "year".
    static func unitName(_ name: String) -> String {
        switch name {
        case "C": return "degree celsius"
        case "F": return "degree fahrenheit"
        case "K": return "kelvin"
        case "Age": return "year"
        default: return name.lowercased()
        }
    }

    /// "[20,30)" → (true, 20, 30, false); "(,700]" → (false, nil, 700, true).
    static func interval(_ s: String) -> (lowClosed: Bool, low: Double?, high: Double?, highClosed: Bool)? {
        guard s.count >= 3, let open = s.first, let close = s.last, "[(".contains(open), "])".contains(close) else { return nil }
        let parts = s.dropFirst().dropLast().split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return nil }
        let low = parts[0].isEmpty ? nil : Double(parts[0])
        let high = parts[1].isEmpty ? nil : Double(parts[1])
        return (open == "[", low, high, close == "]")
    }

    /// The amounts of a range ("$3 billion", "$4 billion"), each with its normalized value.
    private static func partValues(_ figure: Figure, _ spans: Figure.Spans) -> [(Figure.Span, Double)] {
        guard spans.parts.count > 1, spans.parts.count == spans.numerals.count, let first = spans.numerals.first, first.value != 0 else { return [] }
        let factor = figure.value / first.value
        return zip(spans.parts, spans.numerals).map { ($0, $1.value * factor) }
    }

    /// What the figures offer to be matched as results of this type.
    static func candidates(_ figures: [Figure], as model: RecognizerModel) -> [Candidate] {
        var out: [Candidate] = []
        for figure in figures {
            guard let spans = figure.spans else { continue }
            let scalars = Array(figure.context.unicodeScalars)
            func text(_ span: Figure.Span) -> String { String(String.UnicodeScalarView(scalars[span.start..<span.end])) }
            let quantity = figure.quantity
            switch model {
            case .number:
                guard figure.kind != .ordinal else { continue }
                for numeral in spans.numerals where !numeral.isBound {
                    out.append(Candidate(text: text(numeral.span), value: numeral.value))
                }
            case .ordinal:
                guard figure.kind == .ordinal, let numeral = spans.numerals.first else { continue }
                out.append(Candidate(text: text(numeral.span), value: numeral.value))
            case .range:
                guard let interval = figure.interval.flatMap(interval) else { continue }
                let values = spans.numerals.map(\.value)
                let twoSided = interval.low != nil && interval.high != nil
                let low = interval.low == nil ? nil : values.first
                let high = interval.high == nil ? nil : values.last
                let bounds = (interval.lowClosed, low, high, interval.highClosed, twoSided)
                out.append(Candidate(text: text(spans.bounded), value: figure.value, interval: bounds))
                // Recognizers' range model leaves the unit out: "more than thirty" (years old).
                if let last = spans.numerals.last, last.span.end < spans.bounded.end {
                    out.append(Candidate(text: text(Figure.Span(start: spans.bounded.start, end: last.span.end)), value: figure.value, interval: bounds))
                }
            case .dimension, .temperature, .age:
                let wanted: Bool
                switch model {
                case .temperature: wanted = quantity == "temperature"
                case .age: wanted = quantity == "age"
                default: wanted = quantity != nil && !["temperature", "age", "duration"].contains(quantity!)
                }
                guard wanted, let numeral = spans.numerals.first else { continue }
                out.append(Candidate(text: text(spans.amount), value: numeral.value, unit: figure.unit))
                if let last = spans.numerals.last, spans.numerals.count > 1 {
                    out.append(Candidate(text: text(Figure.Span(start: last.span.start, end: spans.amount.end)), value: last.value, unit: figure.unit))
                }
            case .currency:
                guard figure.currency != nil else { continue }
                out.append(Candidate(text: text(spans.amount), value: figure.value, currency: figure.currency))
                for (part, value) in partValues(figure, spans) {
                    out.append(Candidate(text: text(part), value: value, currency: figure.currency))
                }
            case .percentage:
                guard figure.kind == .percent || (figure.kind == .range && figure.unit == "percent") else { continue }
                out.append(Candidate(text: text(spans.amount), value: figure.value))
                for (part, value) in partValues(figure, spans) { out.append(Candidate(text: text(part), value: value)) }
            case .other:
                continue
            }
        }
        return out
    }
}
