/// Events of every brief merged into timeline entries: the same event reported by several
/// articles (same date, mostly the same words) becomes one entry listing all its sources.
struct TimelineEntries {
    struct Source {
        var brief: BriefLink
        var paragraph: Int
    }

    struct Entry {
        var event: Event
        var sources: [Source]
    }

    let entries: [Entry]

    init(_ briefs: [BriefDigest]) {
        struct Item {
            var key: (day: Int, span: Int)
            var event: Event
            var brief: Int
            /// The event's place in the brief's timeline.
            var position: Int
        }
        var all: [Item] = []
        for (index, brief) in briefs.enumerated() {
            for (position, event) in brief.timeline.enumerated() {
                let key = TimelineOrder.key(event.date)
                // Only events placed on the calendar ("XXXX-11" has no year to place it by).
                if key.day != Int.max { all.append(Item(key: key, event: event, brief: index, position: position)) }
            }
        }
        // Chronological, with the keys computed once; ties by the brief's slug, compared as
        // its rank among the slugs.
        var rank = [Int](repeating: 0, count: briefs.count)
        for (position, index) in briefs.indices.sorted(by: { briefs[$0].slug < briefs[$1].slug }).enumerated() { rank[index] = position }
        all.sort { a, b in
            if TimelineOrder.precedes(a.key, a.event.paragraph, b.key, b.event.paragraph) { return true }
            if TimelineOrder.precedes(b.key, b.event.paragraph, a.key, a.event.paragraph) { return false }
            return rank[a.brief] < rank[b.brief]
        }
        var merged: [Entry] = []
        // Entries with the current date (sorted input keeps them together at the end), their
        // content words, the only entries an event can merge into, and which of them hold each
        // word: an event is compared only with the entries it shares a word with, which are
        // the only ones it can be similar to.
        var sameDate = 0..<0
        var sameDateWords: [Set<String>] = []
        var holding: [String: [Int]] = [:]
        for item in all {
            let event = item.event
            let slug = briefs[item.brief].slug
            if sameDate.isEmpty || merged[sameDate.lowerBound].event.date != event.date {
                sameDate = merged.count..<merged.count
                sameDateWords = []
                holding = [:]
            }
            let key = Set(BriefDigest.words(briefs[item.brief].timelineWords[item.position]).map(String.init))
            var candidates = Set<Int>()
            for word in key { candidates.formUnion(holding[word] ?? []) }
            // The latest entry it fits, as a scan from the end of the date would find.
            if let i = candidates.sorted(by: >).first(where: { i in
                !merged[i].sources.contains { $0.brief.slug == slug } && Self.similar(sameDateWords[i - sameDate.lowerBound], key)
            }) {
                merged[i].sources.append(Source(brief: briefs[item.brief].link, paragraph: event.paragraph))
                continue
            }
            for word in key { holding[word, default: []].append(merged.count) }
            merged.append(Entry(event: event, sources: [Source(brief: briefs[item.brief].link, paragraph: event.paragraph)]))
            sameDateWords.append(key)
            sameDate = sameDate.lowerBound..<merged.count
        }
        entries = merged
    }

    static func contentWords(_ text: String) -> Set<String> {
        Set(Tokenizer.tokens(text.lowercased()).map(\.text).filter { $0.count > 3 })
    }

    /// At least half of the smaller set's words are shared.
    static func similar(_ a: Set<String>, _ b: Set<String>) -> Bool {
        guard !a.isEmpty, !b.isEmpty else { return false }
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        let shared = small.reduce(0) { $0 + (large.contains($1) ? 1 : 0) }
        return Double(shared) >= 0.5 * Double(small.count)
    }
}
