import ArgumentParser

/// Evaluation commands: score Briefing's extraction on the public data in `../shared/eval`.
@main
struct BriefingEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing-eval",
        abstract: "Score Briefing's extraction against annotated public data.",
        subcommands: [
            Bodies.self,
            Quotes.self,
            Times.self,
            Figures.self,
            Briefs.self,
            Summaries.self,
            Stories.self,
        ])
}
