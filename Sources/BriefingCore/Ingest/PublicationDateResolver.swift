import Foundation

/// Settles an article's publication date from what the text says, inferring a missing year.
///
/// Only the text decides (never the clock or file times), so builds are reproducible.
enum PublicationDateResolver {
    /// - Parameters:
    ///   - explicit: a full date from a date line or front matter, used as is when present.
    ///   - partial: month and day (maybe year) from a dateline.
    ///   - lead: the first paragraph, searched for the weekday of the news ("said on Monday").
    ///   - context: captions and body, searched for mentioned dates and years (made only when a
    ///     partial date needs its year).
    static func resolve(
        explicit: CalendarDate?, partial: (month: Int, day: Int, year: Int?)?, lead: String, context: @autoclosure () -> String
    ) -> CalendarDate? {
        if let explicit = plausible(explicit) { return explicit }
        guard let partial else { return nil }
        if let year = partial.year {
            return CalendarDate.isValid(year: year, month: partial.month, day: partial.day)
                ? plausible(CalendarDate(year: year, month: partial.month, day: partial.day)) : nil
        }
        let context = context()
        let mentioned = DateText.dates(in: context).compactMap { d -> CalendarDate? in
            guard let y = d.year else { return nil }
            return CalendarDate(year: y, month: d.month, day: d.day)
        }
        let years = DateText.mentionedYears(in: context)
        guard let latestYear = (mentioned.map(\.year) + years).max() else { return nil }
        let latestDate = mentioned.max()
        let weekday = leadWeekday(lead)
        var best: (score: Int, date: CalendarDate)?
        for year in (latestYear - 1)...(latestYear + 3) {
            guard CalendarDate.isValid(year: year, month: partial.month, day: partial.day) else { continue }
            let date = CalendarDate(year: year, month: partial.month, day: partial.day)
            // A story is written no earlier than the latest year it mentions, and soon after.
            var score = year >= latestYear ? 3 - (year - latestYear) : -2
            if let latestDate {
                // …and not before the dates it reports on.
                score += date >= latestDate ? 4 : 0
            }
            if let weekday {
                // "on Monday" in the lead names a day of the week up to the publication day.
                let back = (date.weekday - weekday + 7) % 7
                score += back <= 1 ? 6 : 0
            }
            if best == nil || score > best!.score { best = (score, date) }
        }
        return plausible(best?.date)
    }

    /// `date` when an article can have been published then: from 1900 to the end of next year.
    /// Earlier values are placeholders (`0001-01-01` meta tags); later ones are typos.
    static func plausible(_ date: CalendarDate?) -> CalendarDate? {
        guard let date, date.year >= 1900, date.year <= latestYear else { return nil }
        return date
    }

    /// Next year: the one place the clock is read, and only to reject dates no page can have yet.
    private static let latestYear = Calendar(identifier: .gregorian).component(.year, from: Date()) + 1

    /// The weekday named in the lead ("warned on Monday", "said Wednesday").
    private static func leadWeekday(_ lead: String) -> Int? {
        for token in Tokenizer.tokens(lead) where token.text.startsWithUppercase && token.text.count > 4 {
            if let w = MonthNames.weekday(token.text) { return w }
        }
        return nil
    }
}
