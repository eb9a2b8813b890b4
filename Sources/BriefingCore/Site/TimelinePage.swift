/// The timeline page: every event of every brief, merged, oldest first, grouped by year and
/// month, with an SVG overview of events per month drawn at build time.
enum TimelinePage {
    static func context(_ timeline: TimelineEntries) -> [String: Any] {
        var years: [[String: Any]] = []
        var currentYear: String?
        var months: [[String: Any]] = []
        var currentMonth: String?
        var items: [[String: Any]] = []
        func closeMonth() {
            guard let month = currentMonth else { return }
            months.append(["label": month, "entries": items])
            items = []
            currentMonth = nil
        }
        func closeYear() {
            closeMonth()
            guard let year = currentYear else { return }
            years.append(["year": year, "months": months])
            months = []
        }
        for entry in timeline.entries {
            let (year, month) = groups(entry.event.date)
            if year != currentYear { closeYear(); currentYear = year }
            if month != currentMonth { closeMonth(); currentMonth = month }
            var item = BriefPage.eventContext(entry.event)
            item["sources"] = entry.sources.map { source -> [String: Any] in
                ["title": source.brief.article.title, "url": SiteLinks.brief(source.brief.article.slug) + "#p\(source.paragraph + 1)",
                 "outlet": source.brief.article.outlet ?? "", "hasOutlet": source.brief.article.outlet != nil]
            }
            item["merged"] = entry.sources.count > 1
            items.append(item)
        }
        closeYear()
        return ["count": timeline.entries.count, "years": years, "svg": TimelineChart.svg(timeline.entries.map(\.event))]
    }

    /// Year heading and month heading for a TIMEX3 date value.
    static func groups(_ value: String) -> (year: String, month: String) {
        // Headings follow the order of the entries: by the first day each value covers.
        let start = CalendarDate(dayNumber: TimelineOrder.key(value).day)
        let year = String(start.year)
        switch EventExtractor.precision(of: value) {
        case .year?, .decade?, nil: return (year, "During \(year)")
        default: return (year, BriefText.dateLabel(SiteLinks.monthKey(start)))
        }
    }
}
