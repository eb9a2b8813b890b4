/// Events of every brief merged into timeline entries: the same event reported by several
/// articles (same date, mostly the same words) becomes one entry listing all its sources.
struct TimelineEntries {
    struct Source {
        var brief: Brief
        var paragraph: Int
    }

    struct Entry {
        var event: Event
        var sources: [Source]
    }

    let entries: [Entry]

    init(_ briefs: [Brief]) {
        var all: [(event: Event, brief: Brief)] = []
        for brief in briefs {
            // Only events placed on the calendar ("XXXX-11" has no year to place it by).
            for event in brief.timeline where TimelineOrder.key(event.date).day != Int.max { all.append((event, brief)) }
        }
        all.sort { a, b in
            if TimelineOrder.precedes(a.event, b.event) { return true }
            if TimelineOrder.precedes(b.event, a.event) { return false }
            return a.brief.article.slug < b.brief.article.slug
        }
        var merged: [Entry] = []
        var words: [Set<String>] = []
        for (event, brief) in all {
            let key = Self.contentWords(event.text)
            if let i = merged.indices.last(where: { merged[$0].event.date == event.date }),
               !merged[i].sources.contains(where: { $0.brief.article.slug == brief.article.slug }),
               Self.similar(words[i], key) {
                merged[i].sources.append(Source(brief: brief, paragraph: event.paragraph))
                continue
            }
            merged.append(Entry(event: event, sources: [Source(brief: brief, paragraph: event.paragraph)]))
            words.append(key)
        }
        entries = merged
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(Tokenizer.tokens(text.lowercased()).map(\.text).filter { $0.count > 3 })
    }

    /// At least half of the smaller set's words are shared.
    static func similar(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        return Double(a.intersection(b).count) >= 0.5 * Double(min(a.count, b.count))
    }
}
