import Foundation

/// How a quote's words are shown: without a trailing comma left by "…,” he said".
enum QuoteDisplay {
    static func text(_ quote: String) -> String {
        var text = quote.trimmingCharacters(in: .whitespaces)
        while let last = text.last, last == "," || last == ";" || last == ":" { text.removeLast() }
        return text
    }
}
