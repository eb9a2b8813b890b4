@testable import BriefingCore

/// The figures of one sentence, and the one whose text is `text`.
enum Figures {
    static func of(_ sentence: String) -> [Figure] { FigureExtractor().extract(text: sentence) }

    static func first(_ sentence: String, text: String) -> Figure? {
        of(sentence).first { $0.text == text }
    }
}
