import ArgumentParser
import BriefingCore
import Foundation

@main
struct Briefing: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Turn a folder of news articles into a static site of briefings.",
        discussion: """
            Reads .txt, .md and .html articles, extracts quotes with their speakers, figures, \
            time expressions and dated events, and writes one Markdown brief and one HTML page \
            per article, an index and a timeline.

            Exit codes: 0 success, 1 the command failed (build error, or warnings with \
            check --strict), 2 usage error.
            """,
        // Each subcommand names itself (`commandName`): the parser otherwise derives every name from
        // the type's name through `String(describing:)`, whose protocol look-ups scan the whole
        // program's conformance records, on every run (11M instructions, 3 ms, before any work).
        subcommands: [Build.self, Extract.self, Stories.self, Check.self, Init.self, New.self, Serve.self, Clean.self])

    /// Runs the command line: a usage error exits 2 with its message, a `BriefingError` (which
    /// names the file and the problem) exits 1 with its line on standard error, for every command.
    static func main() async {
        AllocatorOptions.keepFreedMemory()
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let error as BriefingError {
            StandardError.print(error.description)
            Foundation.exit(1)
        } catch {
            if exitCode(for: error) == .validationFailure {
                StandardError.print(fullMessage(for: error))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
