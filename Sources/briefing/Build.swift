import ArgumentParser
import BriefingCore
import Foundation

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from a folder of articles.",
        discussion: "Writes the site atomically: the output folder is replaced only when the whole build succeeded.")

    @Option(help: "Folder of input articles (.txt, .md, .markdown).")
    var input = "seeds"

    @Option(help: "Folder to write the site into; replaced as a whole.")
    var output = "site"

    @Option(help: "Folder of templates overriding the defaults file by file.")
    var templates = "Templates"

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is served from (for canonical links).")
    var baseURL: String?

    func run() async throws {
        let defaults = TemplateLibrary.defaultFolder(executable: URL(fileURLWithPath: CommandLine.arguments[0]))
        let overrides = URL(fileURLWithPath: templates).standardizedFileURL
        let options = BuildOptions(
            input: URL(fileURLWithPath: input), output: URL(fileURLWithPath: output),
            templates: overrides == defaults.standardizedFileURL ? nil : overrides,
            defaultTemplates: defaults, baseURL: baseURL)
        do {
            let report = try await SiteBuilder().build(options)
            for diagnostic in report.diagnostics { StandardError.print(diagnostic.description) }
            print(report.summary)
        } catch let error as BriefingError {
            StandardError.print(error.description)
            throw ExitCode.failure
        }
    }
}
