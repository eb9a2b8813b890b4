import BriefingCore
import Testing
@testable import BriefingEvaluation

@Suite struct BriefDefectsTests {
    /// A brief of a three-paragraph article with the given parts.
    func brief(
        title: String = "Seoul and Washington agree on new defense cost deal",
        summary: String = "South Korea and the United States agreed on Monday to a new cost-sharing deal.",
        events: [Event] = [], quotes: [Quote] = [], figures: [Figure] = [], published: CalendarDate? = CalendarDate(year: 2025, month: 12, day: 29)
    ) -> Brief {
        let article = Article(
            source: "a.txt", slug: "a", title: title, published: published,
            paragraphs: [Paragraph(text: "One paragraph, see https://example.com/a%20b."), Paragraph(text: "Two."), Paragraph(text: "Three.")])
        return Brief(
            article: article, extraction: Extraction(quotes: quotes, figures: figures, times: [], events: events),
            keyQuotes: [], keyFigures: [], timeline: events, summary: summary)
    }

    @Test func aGoodBriefHasNoDefect() {
        let event = Event(date: "2025-12-29", precision: .day, text: "The two allies signed the agreement in Seoul.", paragraph: 0)
        #expect(BriefDefects.check(brief(events: [event])).isEmpty)
    }

    @Test func titleAndSummaryDefects() {
        #expect(BriefDefects.check(brief(title: "ABSTRACT")).map(\.kind) == [.title])
        #expect(BriefDefects.check(brief(summary: "")).map(\.kind) == [.summary])
        let dateline = BriefDefects.check(brief(summary: "HAYWARD, Calif. (AP) - A man was arrested on Monday."))
        #expect(dateline.map(\.kind) == [.summary])
        let repeated = BriefDefects.check(brief(summary: "Seoul and Washington agree on new defense cost deal."))
        #expect(repeated.map(\.kind) == [.title])
    }

    @Test func fragmentEventsAndImpossibleYears() {
        let events = [
            Event(date: "2025-01", precision: .month, text: "Those concerns were sharpened when", paragraph: 0),
            Event(date: "0000-12-26", precision: .day, text: "The talks resumed in Geneva after a pause.", paragraph: 0),
        ]
        let kinds = BriefDefects.check(brief(events: events)).map(\.kind)
        #expect(kinds == [.year, .event])
        let president = Event(date: "2025-12-29", precision: .day, text: "US President Donald Trump met Kim Jong-un in Panmunjom.", paragraph: 0)
        #expect(BriefDefects.check(brief(events: [president])).isEmpty, "an all-capital 'US' is no pronoun")
    }

    @Test func speakerAndFigureDefects() {
        let quotes = [
            Quote(text: "We will not back down from this fight", speaker: "US", paragraph: 0),
            Quote(text: "We will not back down from this fight", speaker: "the newspaper", paragraph: 0),
            Quote(text: "We will not back down from this fight", speaker: "Ahn Gyu-back", paragraph: 0),
        ]
        let figures = [
            Figure(text: "first lady’s", value: 1, unit: "lady’s", kind: .ordinal, paragraph: 0, context: ""),
            Figure(text: "20", value: 20, kind: .percent, paragraph: 0, context: "One paragraph, see https://example.com/a%20b."),
            Figure(text: "2", value: 2, kind: .count, paragraph: 0, context: "AirPods 2 cost $150 this week."),
        ]
        let found = BriefDefects.check(brief(quotes: quotes, figures: figures))
        #expect(found.filter { $0.kind == .speaker }.count == 2)
        #expect(found.filter { $0.kind == .figure }.count == 2, "possessive unit and a number inside a URL")
    }

    @Test func junkTags() {
        for junk in ["@aa-app", "AdNode:culture/wide_angle", "/article", "&quot", "Category: Jupiter", "_no-apple-news",
                     "US-China trade war developments leave investors with mixed feelings -- Asian market latest - CNN"] {
            #expect(SiteDefects.isJunk(junk), "\(junk)")
        }
        for tag in ["North Korea", "Arts & Culture", "COVID-19", "U.S.", "PG&E", "AT&T", "Columbia University Mailman School of Public Health"] {
            #expect(!SiteDefects.isJunk(tag), "\(tag)")
        }
    }
}
