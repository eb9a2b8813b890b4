/// The timeline page: every event of every brief, merged, oldest first, grouped by year and
/// month, with an SVG overview of events per month drawn at build time.
enum TimelinePage {
    /// Above this many entries, each year gets its own page (`timeline/YYYY.html`) and the
    /// timeline page keeps the chart and links to the years.
    static let entriesOnOnePage = 400

    /// One timeline page to render: its context is made only when asked for, so a long
    /// timeline never holds the contexts of all its year pages at once.
    struct Page: Sendable {
        var path: String
        var title: String
        var context: @Sendable () -> [String: Any]
        /// Everything the page shows, as text for its page key.
        var fingerprint: @Sendable () -> String
    }

    /// The timeline pages: `timeline.html`, plus one page per year for long timelines.
    static func pages(_ timeline: TimelineEntries) -> [Page] {
        guard timeline.entries.count > entriesOnOnePage else {
            return [Page(path: "timeline.html", title: "Timeline", context: { context(timeline.entries[...], root: "") },
                         fingerprint: { fingerprint(timeline.entries[...]) })]
        }
        // Entries are in date order, so each year is one run of them.
        let entries = timeline.entries
        let entryYears = entries.map { groups($0.event.date).year }
        var runs: [(year: String, entries: ArraySlice<TimelineEntries.Entry>)] = []
        var runStart = 0
        for i in entries.indices where i + 1 == entries.count || entryYears[i + 1] != entryYears[i] {
            runs.append((entryYears[i], entries[runStart...i]))
            runStart = i + 1
        }
        let years = runs
        let overview = Page(path: "timeline.html", title: "Timeline", context: {
            var overview = context([], root: "")
            overview["count"] = timeline.entries.count
            overview["svg"] = TimelineChart.svg(timeline.entries.map(\.event))
            overview["yearLinks"] = years.map { ["year": $0.year, "url": "timeline/\($0.year).html", "count": $0.entries.count] }
            overview["hasYearLinks"] = true
            return overview
        }, fingerprint: {
            // The chart counts events per month; the links count entries per year.
            timeline.entries.map(\.event.date).joined(separator: ";") + "|" + years.map { "\($0.year)=\($0.entries.count)" }.joined(separator: ";")
        })
        return [overview] + years.map { year in
            Page(path: "timeline/\(year.year).html", title: "Timeline \(year.year)", context: {
                var yearContext = context(year.entries, root: "../")
                yearContext["yearPage"] = year.year
                return yearContext
            }, fingerprint: { fingerprint(year.entries) })
        }
    }

    /// The entries' dates, texts and sources, as text for a page key.
    static func fingerprint(_ entries: ArraySlice<TimelineEntries.Entry>) -> String {
        var text = ""
        for entry in entries {
            text += "\(entry.event.date)\u{1}\(entry.event.text)\u{1}\(entry.event.precision.rawValue)\u{1}\(entry.event.paragraph)\u{1}\(entry.event.ongoing)\u{1}\(entry.event.through ?? "")"
            for source in entry.sources { text += "\u{1}\(source.brief.slug)\u{1}\(source.brief.title)\u{1}\(source.brief.outlet ?? "")\u{1}\(source.paragraph)" }
            text += "\n"
        }
        return text
    }

    static func context(_ entries: ArraySlice<TimelineEntries.Entry>, root: String) -> [String: Any] {
        var years: [[String: Any]] = []
        var currentYear: String?
        var months: [[String: Any]] = []
        var currentMonth: String?
        var items: [BriefPage.EventItem] = []
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
        for entry in entries {
            let (year, month) = groups(entry.event.date)
            if year != currentYear { closeYear(); currentYear = year }
            if month != currentMonth { closeMonth(); currentMonth = month }
            var item = BriefPage.EventItem(entry.event)
            item.sources = entry.sources.map { SourceLink($0, root: root) }
            item.merged = entry.sources.count > 1
            items.append(item)
        }
        closeYear()
        return ["count": entries.count, "years": years, "svg": TimelineChart.svg(entries.map(\.event)), "root": root]
    }

    /// A link from a timeline entry to the paragraph of a brief that reports it. It answers
    /// "root" too, which the links start with, so that the lookup does not climb four contexts.
    struct SourceLink: TemplateContext {
        let title: String
        let titleHTML: String
        let url: String
        let outlet: String?
        let root: String

        init(_ source: TimelineEntries.Source, root: String) {
            self.root = root
            title = source.brief.title
            titleHTML = HTMLEscaper.escape(source.brief.title)
            url = SiteLinks.brief(source.brief.slug) + "#p\(source.paragraph + 1)"
            outlet = source.brief.outlet
        }

        func child(named name: String) -> Any? {
            switch name {
            case "title": title
            case "titleHTML": titleHTML
            case "url": url
            case "outlet": outlet ?? ""
            case "hasOutlet": outlet != nil
            case "root": root
            default: nil
            }
        }
    }

    /// Year heading and month heading for a TIMEX3 date value.
    static func groups(_ value: String) -> (year: String, month: String) {
        // Headings follow the order of the entries: by the first day each value covers.
        let start = CalendarDate(dayNumber: TimelineOrder.key(value).day)
        let year = String(start.year)
        switch TimexValue(value).precision {
        case .year?, .decade?, nil: return (year, "During \(year)")
        default: return (year, TimexValue(SiteLinks.monthKey(start)).label)
        }
    }
}
