import ArgumentParser
import BriefingCore
import Foundation
import Logging

struct Build: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site from a folder of articles.",
        discussion: """
            Settings come from briefing.yml in the current folder when present; flags override \
            them. The output folder is replaced only when the whole build succeeded.
            """)

    @OptionGroup var site: SiteFlags

    @Option(help: "Progress display: auto (a bar on a terminal, plain lines otherwise), bar, plain or none.")
    var progress: ProgressPrinter.Style = .auto

    @Flag(help: "Print only errors.")
    var quiet = false

    @Flag(help: "Also print each file as it is processed.")
    var verbose = false

    @Flag(help: "Print a machine-readable JSON summary on standard output instead of the summary line.")
    var json = false

    @Flag(help: "Also print how long each step of the build took (digests, inputs, repeats, stories, pages, publish, cache) on standard error.")
    var timings = false

    func run() async throws {
        var options = try site.buildOptions()
        // The program ends with the build: what it holds is left to the exit.
        options.freesMemoryAtEnd = false
        let logger = Logger.briefing(quiet: quiet, verbose: verbose)
        let printer = ProgressPrinter(quiet ? .none : progress)
        let clock = ContinuousClock()
        let start = clock.now
        let report = try await SiteBuilder().build(options) { done, total, path in
            printer.update(done: done, total: total, path: path)
            logger.debug("built \(path)")
        }
        let seconds = start.duration(to: clock.now).inSeconds
        for diagnostic in report.diagnostics { logger.report(diagnostic) }
        if timings {
            let lines = report.stepSeconds.map { "\($0.step): \(String(format: "%.2f", $0.seconds)) s\n" }.joined()
            FileHandle.standardError.write(Data(lines.utf8))
        }
        if json {
            print(BuildSummary.json(report, seconds: seconds))
        } else if !quiet {
            print(report.summary + ", \(String(format: "%.2f", seconds)) s")
        }
    }
}

extension ProgressPrinter.Style: ExpressibleByArgument {}
