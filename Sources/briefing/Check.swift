import ArgumentParser
import BriefingCore
import Foundation

struct Check: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the configuration and the articles without writing anything.",
        discussion: "Lists every warning (missing date or author, unattributed quotes, duplicate headlines, unreadable files) with file and line. With --strict, exits 1 when there is any warning.")

    @Option(help: "Folder of input articles (default: briefing.yml's input, else seeds).")
    var input: String?

    @Flag(help: "Exit with status 1 when any warning is found.")
    var strict = false

    func run() async throws {
        let config = try SiteConfigLoader.load(from: URL(fileURLWithPath: "."))
        let diagnostics = try await ProjectChecker().check(input: URL(fileURLWithPath: input ?? config.input))
        for diagnostic in diagnostics { print(diagnostic.description) }
        if config.baseURL == nil {
            print("note: briefing.yml has no base_url: `build` writes no sitemap.xml (a sitemap needs absolute URLs) and feeds link to pages relatively; set base_url or pass --base-url to build")
        }
        print("\(diagnostics.count) warnings")
        if diagnostics.contains(where: { $0.severity == .error }) || (strict && !diagnostics.isEmpty) {
            throw ExitCode.failure
        }
    }
}
