/// The template context of the timeline page: every dated event of every brief, oldest first.
enum TimelinePage {
    static func context(_ briefs: [Brief]) -> [String: Any] {
        var entries: [(event: Event, brief: Brief)] = []
        for brief in briefs {
            for event in brief.timeline { entries.append((event, brief)) }
        }
        entries.sort { a, b in
            if TimelineOrder.precedes(a.event, b.event) { return true }
            if TimelineOrder.precedes(b.event, a.event) { return false }
            return a.brief.article.slug < b.brief.article.slug
        }
        return [
            "count": entries.count,
            "events": entries.map { entry -> [String: Any] in
                var context = BriefPage.eventContext(entry.event)
                context["slug"] = entry.brief.article.slug
                context["briefTitle"] = entry.brief.article.title
                return context
            },
        ]
    }
}
