/// Builds a `Story` from the briefs of one group: what its sources say together. A story of
/// one article keeps that brief's summary.
struct StoryAssembler {
    var summarizer = StorySummarizer()

    /// The story of `briefs` (in input order).
    func story(_ briefs: [Brief]) -> Story {
        let first = briefs[0].article
        let dates = briefs.compactMap(\.article.published)
        // A source that calls someone only by surname quotes the one person the others name in full.
        let names = PersonNames(names: briefs.flatMap { $0.extraction.quotes.compactMap(\.speaker) })
        return Story(
            id: Slug.make(first.title, limit: 60) + "-" + Slug.make(Self.fileStem(first.source), limit: 30),
            title: first.title, summary: briefs.count == 1 ? briefs[0].summary : summarizer.summary(of: briefs),
            sources: briefs.map(\.article.source),
            first: dates.min(), last: dates.max(), places: places(briefs), people: people(briefs, names),
            events: events(briefs), quotes: quotes(briefs, names), figures: figures(briefs),
            conflicts: StoryConflicts().conflicts(briefs))
    }

    /// The file name without folders and extension.
    static func fileStem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Dateline places, most sources first (ties: first seen).
    private func places(_ briefs: [Brief]) -> [String] {
        Self.ranked(briefs.compactMap { $0.article.dateline?.place })
    }

    /// Speakers of quotes by the names they go by in the story (`names`), most quotes first (ties: first seen).
    private func people(_ briefs: [Brief], _ names: PersonNames) -> [String] {
        Self.ranked(briefs.flatMap { $0.extraction.quotes.compactMap { $0.speaker.map(names.name) } })
    }

    /// Every dated event of every source, merged by date: the first source's sentence, and
    /// every source that tells something on that date; oldest first.
    private func events(_ briefs: [Brief]) -> [Story.StoryEvent] {
        var merged: [Story.StoryEvent] = []
        var index: [String: Int] = [:]
        for brief in briefs {
            for event in brief.timeline {
                if let at = index[event.date] {
                    if !merged[at].sources.contains(brief.article.source) { merged[at].sources.append(brief.article.source) }
                } else {
                    index[event.date] = merged.count
                    merged.append(Story.StoryEvent(date: event.date, text: event.text, sources: [brief.article.source]))
                }
            }
        }
        let keys = merged.map { TimelineOrder.key($0.date) }
        return merged.indices.sorted { a, b in
            TimelineOrder.precedes(keys[a], a, keys[b], b)
        }.map { merged[$0] }
    }

    /// Attributed quotes by speaker (by the name they go by in the story), the most quoted speaker first (ties: first seen).
    private func quotes(_ briefs: [Brief], _ names: PersonNames) -> [Story.SpeakerQuotes] {
        var groups: [Story.SpeakerQuotes] = []
        var index: [String: Int] = [:]
        for brief in briefs {
            for quote in brief.extraction.quotes {
                guard let speaker = quote.speaker.map(names.name) else { continue }
                let sourced = Story.SourcedQuote(text: quote.text, source: brief.article.source, paragraph: quote.paragraph)
                if let at = index[speaker] {
                    groups[at].quotes.append(sourced)
                } else {
                    index[speaker] = groups.count
                    groups.append(Story.SpeakerQuotes(speaker: speaker, quotes: [sourced]))
                }
            }
        }
        return groups.enumerated().sorted { a, b in
            a.element.quotes.count != b.element.quotes.count ? a.element.quotes.count > b.element.quotes.count : a.offset < b.offset
        }.map(\.element)
    }

    /// The figures each brief shows under "By the numbers", by what they count (the counted
    /// noun or unit, the currency, or the kind), labels in first-seen order.
    private func figures(_ briefs: [Brief]) -> [Story.FigureGroup] {
        var groups: [Story.FigureGroup] = []
        var index: [String: Int] = [:]
        for brief in briefs {
            for figure in brief.keyFigures {
                let label = figure.unit ?? figure.currency ?? figure.quantity ?? figure.kind.rawValue
                let value = Story.SourcedValue(value: figure.value, text: figure.text, source: brief.article.source, date: brief.article.published)
                if let at = index[label] {
                    groups[at].values.append(value)
                } else {
                    index[label] = groups.count
                    groups.append(Story.FigureGroup(label: label, values: [value]))
                }
            }
        }
        return groups
    }

    /// Distinct strings, most frequent first, ties in first-seen order.
    static func ranked(_ items: [String]) -> [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for item in items {
            if counts[item] == nil { order.append(item) }
            counts[item, default: 0] += 1
        }
        return order.enumerated().sorted { a, b in
            counts[a.element]! != counts[b.element]! ? counts[a.element]! > counts[b.element]! : a.offset < b.offset
        }.map(\.element)
    }
}
