import ArgumentParser

@main
struct Briefing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn a folder of news articles into a static site of briefings.",
        discussion: """
            Reads .txt, .md and .html articles, extracts quotes with their speakers, figures, \
            time expressions and dated events, and writes one Markdown brief and one HTML page \
            per article, an index and a timeline.
            """,
        subcommands: [Build.self, Extract.self],
        defaultSubcommand: nil)
}
