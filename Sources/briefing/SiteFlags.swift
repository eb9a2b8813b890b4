import ArgumentParser
import BriefingCore
import Foundation

/// Flags shared by `build` and `serve`, merged over `briefing.yml`.
struct SiteFlags: ParsableArguments {
    @Option(help: "Folder of input articles (.txt, .md, .markdown). (default: seeds)")
    var input: String?

    @Option(help: "Folder to write the site into; replaced as a whole. (default: site)")
    var output: String?

    @Option(help: "Folder of templates overriding the defaults file by file. (default: Templates)")
    var templates: String?

    @Option(name: .customLong("base-url"), help: "Absolute URL the site is served from (for canonical links).")
    var baseURL: String?

    @Flag(help: "Replace a non-empty output folder that Briefing did not create.")
    var force = false

    @Flag(name: .customLong("no-cache"), help: "Ingest and extract every article again, ignoring .briefing-cache/.")
    var noCache = false

    /// The build options: `briefing.yml` in the current folder, overridden by these flags.
    func buildOptions() throws(BriefingError) -> BuildOptions {
        var config = try SiteConfigLoader.load(from: URL(fileURLWithPath: "."))
        if let input { config.input = input }
        if let output { config.output = output }
        if let templates { config.templates = templates }
        if let baseURL { config.baseURL = baseURL }
        let defaults = TemplateLibrary.defaultFolder(executable: Bundle.main.executableURL)
        let overrides = URL(fileURLWithPath: config.templates).standardizedFileURL
        let useOverrides = overrides != defaults.standardizedFileURL
            && (templates != nil || FileManager.default.fileExists(atPath: overrides.path))
        return BuildOptions(
            input: URL(fileURLWithPath: config.input), output: URL(fileURLWithPath: config.output),
            templates: useOverrides ? overrides : nil, defaultTemplates: defaults, baseURL: config.baseURL,
            force: force, useCache: !noCache, site: config)
    }
}
