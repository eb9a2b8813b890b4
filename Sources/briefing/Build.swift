import ArgumentParser
import BriefingCore
import Foundation

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the site from a folder of articles.",
        discussion: """
            Settings come from briefing.yml in the current folder when present; flags override \
            them. The output folder is replaced only when the whole build succeeded.
            """)

    @Option(help: "Folder of input articles (.txt, .md, .markdown). (default: seeds)")
    var input: String?

    @Option(help: "Folder to write the site into; replaced as a whole. (default: site)")
    var output: String?

    @Option(help: "Folder of templates overriding the defaults file by file. (default: Templates)")
    var templates: String?

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is served from (for canonical links).")
    var baseURL: String?

    func run() async throws {
        do {
            var config = try SiteConfigLoader.load(from: URL(fileURLWithPath: "."))
            if let input { config.input = input }
            if let output { config.output = output }
            if let templates { config.templates = templates }
            if let baseURL { config.baseURL = baseURL }
            let defaults = TemplateLibrary.defaultFolder(executable: URL(fileURLWithPath: CommandLine.arguments[0]))
            let overrides = URL(fileURLWithPath: config.templates).standardizedFileURL
            let useOverrides = overrides != defaults.standardizedFileURL
                && (templates != nil || FileManager.default.fileExists(atPath: overrides.path))
            let options = BuildOptions(
                input: URL(fileURLWithPath: config.input), output: URL(fileURLWithPath: config.output),
                templates: useOverrides ? overrides : nil,
                defaultTemplates: defaults, baseURL: config.baseURL)
            let report = try await SiteBuilder().build(options)
            for diagnostic in report.diagnostics { StandardError.print(diagnostic.description) }
            print(report.summary)
        } catch let error as BriefingError {
            StandardError.print(error.description)
            throw ExitCode.failure
        }
    }
}
