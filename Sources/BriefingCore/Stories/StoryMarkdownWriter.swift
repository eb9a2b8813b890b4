/// Stories as Markdown for reading in a terminal: per story its title, dates, sources,
/// summary, conflicts, quotes by speaker and merged timeline.
public enum StoryMarkdownWriter {
    public static func markdown(_ stories: [Story]) -> String {
        stories.map(markdown).joined(separator: "\n")
    }

    static func markdown(_ story: Story) -> String {
        var lines = ["# \(MarkdownEscaper.escape(story.title))", ""]
        let span = [story.first, story.last].compactMap { $0?.description }
        let dates = Set(span).count == 2 ? "\(span[0]) to \(span[1])" : span.first ?? "undated"
        lines.append("\(story.sources.count) source\(story.sources.count == 1 ? "" : "s"), \(dates)")
        lines.append("")
        if !story.summary.isEmpty { lines += [MarkdownEscaper.escape(story.summary), ""] }
        if !story.conflicts.isEmpty {
            lines.append("## Sources differ")
            for conflict in story.conflicts {
                let values = conflict.values.map { "\($0.text) (\($0.source)\($0.date.map { ", \($0)" } ?? ""))" }
                lines.append("- \(MarkdownEscaper.escape(conflict.what)) — \(conflict.kind.rawValue): \(MarkdownEscaper.escape(values.joined(separator: "; ")))")
            }
            lines.append("")
        }
        if !story.quotes.isEmpty {
            lines.append("## Who said what")
            for group in story.quotes {
                for quote in group.quotes {
                    lines.append("- \(MarkdownEscaper.escape(group.speaker)): “\(MarkdownEscaper.escape(quote.text))” (\(quote.source), ¶\(quote.paragraph + 1))")
                }
            }
            lines.append("")
        }
        if !story.events.isEmpty {
            lines.append("## Timeline")
            for event in story.events {
                lines.append("- \(event.date): \(MarkdownEscaper.escape(event.text)) (\(event.sources.count) source\(event.sources.count == 1 ? "" : "s"))")
            }
            lines.append("")
        }
        lines.append("## Sources")
        lines += story.sources.map { "- \($0)" }
        return lines.joined(separator: "\n") + "\n"
    }
}
