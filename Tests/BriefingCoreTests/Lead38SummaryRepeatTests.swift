import Testing
@testable import BriefingCore

/// `SummaryWriter.onlyRepeats` turns a sentence away as too long to repeat a headline from a
/// count of its words made from its bytes (`leastWordCount`), before the words are made. The
/// count must never exceed the words' count, and the answers must be the plain way's.
struct Lead38SummaryRepeatTests {
    /// The plain way: the sentence's words made and compared.
    private static func expected(_ title: SummaryWriter.TitleWords, _ sentence: String) -> Bool {
        let s = SummaryWriter.words(sentence)
        let t = title.words
        guard !t.isEmpty, !s.isEmpty else { return false }
        let repeats = t == s || (s.count * 2 <= t.count * 3 && title.distinct.intersection(s).count * 10 >= title.distinct.count * 9)
        return repeats && s.filter { !title.distinct.contains($0) }.count < 4
    }

    @Test func theByteCountNeverExceedsTheWordsAndAnswersAreThePlainWays() throws {
        let lines = try Repo.seedLines().map(String.init)
        let title = "Flooding closes the main bridge across the river in Dresden"
        let extras = ["", " today", " -- officials said", " \u{2014} \u{201C}again\u{201D} ,", "\u{00A0}on Monday .", " (AP) 3 4 5", " ... !!"]
        var sentences = lines
        for cut in 0...10 {
            let words = title.split(separator: " ")
            for extra in extras { sentences.append(words.prefix(cut).joined(separator: " ") + extra) }
        }
        var overCounts = 0, wrongAnswers = 0, shortcuts = 0
        for text in sentences {
            if let least = SummaryWriter.leastWordCount(text), least > SummaryWriter.words(text).count { overCounts += 1 }
            for heading in [title, lines.first ?? "", "Bridge closed", ""] {
                let words = SummaryWriter.TitleWords(heading)
                if SummaryWriter.onlyRepeats(words, in: text) != Self.expected(words, text) { wrongAnswers += 1 }
                if let least = SummaryWriter.leastWordCount(text), least * 2 > words.words.count * 3 { shortcuts += 1 }
            }
        }
        #expect(overCounts == 0)
        #expect(wrongAnswers == 0)
        // Both ways are taken: some answers come from the count, some from the words.
        #expect(shortcuts > 20)
        #expect(sentences.count(where: { SummaryWriter.onlyRepeats(SummaryWriter.TitleWords(title), in: $0) }) > 5)
    }
}
