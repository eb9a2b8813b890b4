import Foundation
import Testing

@testable import BriefingCore

/// A brief's search terms are sorted and joined from byte ranges eight bytes at a time,
/// without an array (`SortedWordRanges.joined`): the same strings as sorting the words as
/// strings. The timeline's words are copied lower-cased eight letters at a time as they are
/// read and numbered where they lie (`TimelineEntries.contentWords`): the numbers of the
/// distinct words read as strings.
@Suite struct Digest38SortedWordsTests {
    typealias Numbers = SystemRandomNumberGenerator

    /// The content words as the timeline first made them, a set of the lower-cased tokens of
    /// more than three characters, as their numbers (`WordList.number`), ascending.
    static func reference(_ text: String) -> [UInt64] {
        Set(Tokenizer.tokens(UTF8Scan.lowercased(text)).map(\.text).filter { $0.count > 3 }).map { WordList.number($0) }.sorted()
    }

    /// Up to 150 words of one to twenty bytes of a few letters and digits, in any case: many
    /// share their first four or eight bytes, or repeat; some are joined by hyphens,
    /// apostrophes or a period between digits.
    static func someWords(_ numbers: inout Numbers) -> String {
        let letters = Array("abAB19".utf8), joins = [" ", " ", " ", ", ", "-", "'", "’", ".", " “"]
        var text = ""
        for _ in 0..<(1 + Int(numbers.next() % 150)) {
            for _ in 0..<(1 + Int(numbers.next() % 20)) { text.append(Character(Unicode.Scalar(letters[Int(numbers.next() % 6)]))) }
            text += joins[Int(numbers.next() % UInt64(joins.count))]
        }
        return text
    }

    /// Every seed line, the texts of `Digest32WordsTests` (seed paragraphs, event sentences and
    /// quotes, stop words, made-up text) and made-up words that share their beginnings.
    static func texts() throws -> [String] {
        var numbers = Numbers()
        return try Repo.seedLines().map(String.init) + Digest32WordsTests.texts() + (0..<300).map { _ in someWords(&numbers) }
    }

    @Test func timelineWordsAreTheSortedDistinctLongTokens() throws {
        var failures = 0
        for text in try Self.texts() where TimelineEntries.contentWords(text) != Self.reference(text) { failures += 1 }
        #expect(failures == 0)
    }

    /// The terms of a few texts, each of its own weight, as `SearchTermWeights` sorts them
    /// and as strings sort, with the heaviest weight of each: a few terms (sorted by comparing
    /// their first bytes) or many (by their first four bytes, then compared).
    @Test func searchTermsSortAsStrings() throws {
        let texts = try Self.texts()
        var failures = 0
        for (group, first) in stride(from: 0, to: texts.count, by: 7).enumerated() {
            var weights = SearchTermWeights()
            var expected: [String: UInt8] = [:]
            for (k, text) in texts[first..<min(first + 1 + group % 7, texts.count)].enumerated() {
                let weight = UInt8(1 + k % 5)
                SearchIndexWriter.forEachTerm(bytesIn: text) { weights.add($0, weight: weight) }
                SearchIndexWriter.forEachTerm(in: text) { expected[$0] = max(expected[$0] ?? 0, weight) }
            }
            let sorted = weights.sorted(), terms = expected.keys.sorted()
            if sorted.terms != terms.joined(separator: " ") || sorted.weights != terms.map({ expected[$0]! }) { failures += 1 }
        }
        #expect(failures == 0)
    }
}

/// Events of one text in one paragraph share the words read for the first of them
/// (`TimelineEntries.contentWords(of:)`): the same words as reading each event's text.
@Suite struct Digest38TimelineWordsTests {
    @Test func eventsOfOneTextShareTheirWords() throws {
        var lists: [[Event]] = []
        for seed in [Repo.seed000, Repo.seed002] { lists.append(try Repo.brief(seed).timeline) }
        // The same text in one paragraph and in another, texts equal as strings but not as
        // bytes, and texts that differ only in case.
        let texts = ["Talks resumed in March.", "Talks resumed in March.", "Talks resumed in March, officials said.", "Café reopened in May.",
                     "Cafe\u{301} reopened in May.", "TALKS RESUMED in March."]
        for count in [0, 1, 6, 12] {
            lists.append((0..<count).map { k in Event(date: "2024-0\(1 + k % 6)", precision: .month, text: texts[k % texts.count], paragraph: k % 3 == 2 ? 1 : 0) })
        }
        lists.append(lists.flatMap { $0 })
        var failures = 0
        for events in lists where TimelineEntries.contentWords(of: events) != events.map({ TimelineEntries.contentWords($0.text) }) { failures += 1 }
        #expect(failures == 0)
        // Events of one text are there to share words.
        #expect(lists.last!.indices.contains { k in lists.last![..<k].contains { $0.paragraph == lists.last![k].paragraph && $0.text == lists.last![k].text } })
    }
}

/// A story document's event days and years are read from the opening paragraphs' events in
/// place: the same as filtering the events into lists first.
@Suite struct Digest38StoryDatesTests {
    @Test func eventDaysAndYearsAreThoseOfTheOpeningEvents() throws {
        var failures = 0
        for seed in [Repo.seed000, Repo.seed002] {
            var brief = try Repo.brief(seed)
            // Events of several precisions (a day's date of a week too), in and past the opening
            // paragraphs, ongoing or not.
            brief.extraction.events += [
                Event(date: "2021-03-04", precision: .day, text: "a", paragraph: 0), Event(date: "2021-03", precision: .month, text: "b", paragraph: 1),
                Event(date: "2019-05-06", precision: .day, text: "c", paragraph: 2, ongoing: true), Event(date: "2018-01-02", precision: .day, text: "d", paragraph: 3),
                Event(date: "2017", precision: .year, text: "e", paragraph: 0), Event(date: "2020-07-01", precision: .week, text: "f", paragraph: 1),
            ]
            let document = StoryDocument(brief)
            let opening = brief.extraction.events.filter { $0.paragraph < StoryDocument.openingParagraphs && !$0.ongoing }
            let days = opening.filter { $0.precision == .day }.compactMap { CalendarDate(iso: $0.date)?.dayNumber }
            var years = Set(opening.compactMap { Int($0.date.prefix(4)) })
            if let published = brief.article.published { years.insert(published.year) }
            if document.eventDays != days || document.years != years.sorted() { failures += 1 }
        }
        #expect(failures == 0)
    }
}
