import ArgumentParser
import BriefingCore
import Foundation

struct Clean: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clean",
        abstract: "Delete the build cache (.briefing-cache/ beside the output folder).",
        discussion: "The next build ingests and extracts every article again. The site itself is left alone.")

    @OptionGroup var site: SiteFlags

    func run() async throws {
        let cache = BriefCache(forOutput: try site.buildOptions().output)
        try cache.clear()
        print("removed \(cache.folder.path)")
    }
}
