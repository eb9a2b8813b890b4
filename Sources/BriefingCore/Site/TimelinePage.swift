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
        /// What the page is made from, for its page key: the keys of the years it shows
        /// (`TimelineYears.Year.key`); nil without cache keys.
        var key: String?
        var context: @Sendable () -> TemplateValues
    }

    /// The timeline pages: `timeline.html`, plus one page per year for long timelines.
    static func pages(_ timeline: TimelineYears) -> [Page] {
        let years = timeline.years
        let keys = timeline.key
        guard timeline.count > entriesOnOnePage else {
            return [Page(path: "timeline.html", title: "Timeline", key: keys, context: {
                context(years.indices.flatMap(timeline.entries)[...], root: "")
            })]
        }
        let overview = Page(path: "timeline.html", title: "Timeline", key: keys, context: {
            var overview = context([], root: "")
            overview["count"] = .number(timeline.count)
            overview["svg"] = .text(TimelineChart.svg(years.flatMap(\.summary.dates)))
            overview["yearLinks"] = .items(years.map { year -> TemplateValues in
                ["year": .text(String(year.year)), "url": .text("timeline/\(year.year).html"), "count": .number(year.summary.count)]
            })
            overview["hasYearLinks"] = .flag(true)
            return overview
        })
        return [overview] + years.indices.map { index in
            let year = String(years[index].year)
            return Page(path: "timeline/\(year).html", title: "Timeline \(year)", key: years[index].key, context: {
                var yearContext = context(timeline.entries(index)[...], root: "../")
                yearContext["yearPage"] = .text(year)
                return yearContext
            })
        }
    }

    static func context(_ entries: ArraySlice<TimelineEntries.Entry>, root: String) -> TemplateValues {
        var years: [TemplateValues] = []
        var currentYear: String?
        var months: [TemplateValues] = []
        var currentMonth: String?
        var items: [BriefPage.EventItem] = []
        func closeMonth() {
            guard let month = currentMonth else { return }
            months.append(["label": .text(month), "entries": .items(items)])
            items = []
            currentMonth = nil
        }
        func closeYear() {
            closeMonth()
            guard let year = currentYear else { return }
            years.append(["year": .text(year), "months": .items(months)])
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
        return ["count": .number(entries.count), "years": .items(years), "svg": .text(TimelineChart.svg(entries.map(\.event.date))), "root": .text(root)]
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

        func child(_ key: TemplateKey) -> TemplateValue? {
            switch key {
            case .title: .text(title)
            case .titleHTML: .text(titleHTML)
            case .url: .text(url)
            case .outlet: .text(outlet ?? "")
            case .hasOutlet: .flag(outlet != nil)
            case .root: .text(root)
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
