import ArgumentParser
import BriefingCore
import BriefingServer
import Foundation
import Logging

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build the site, serve it locally and rebuild when articles or templates change.",
        discussion: """
            Open pages reload by themselves after each rebuild. A failed rebuild is shown in the \
            browser while the last good site stays served. Listens on 127.0.0.1 only, unless \
            --host says otherwise.
            """)

    @OptionGroup var site: SiteFlags

    @Option(help: "Address to listen on. Use 0.0.0.0 to allow other machines (only on trusted networks).")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port: UInt16 = 8080

    func run() async throws {
        let logger = Logger.briefing(quiet: false, verbose: false)
        let options = try site.buildOptions()
        let live = LiveReload()
        @Sendable func rebuild() async {
            do {
                // Open pages reload as soon as the new site is in place.
                let report = try await SiteBuilder().build(options, published: { await live.broadcast("reload") })
                for diagnostic in report.diagnostics { logger.report(diagnostic) }
                StandardOutput.print(report.summary)
                if report.upToDate { await live.broadcast("reload") }
            } catch {
                let message = (error as? BriefingError)?.description ?? "\(error)"
                logger.error("\(message)")
                await live.broadcast("error:" + message)
            }
        }
        await rebuild()
        let server = try SiteServer(root: options.output, host: host, port: port, live: live).makeServer()
        let watcher = SourceWatcher(folders: [options.input] + (options.templates.map { [$0] } ?? []))
        StandardOutput.print("Serving \(options.output.path) at http://\(host.contains(":") ? "[\(host)]" : host):\(port)/ (Ctrl-C to stop)")
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask { await watcher.watch { await rebuild() } }
            try await group.next()
            group.cancelAll()
        }
    }
}
