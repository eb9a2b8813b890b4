import ArgumentParser
import BriefingCore
import Foundation

struct Init: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new Briefing project.",
        discussion: "Writes briefing.yml, articles/ with a sample article and a copy of the default Templates/ for overriding. Existing files are never overwritten.")

    @Argument(help: "Folder of the new project.")
    var folder = "."

    func run() async throws {
        let root = URL(fileURLWithPath: folder)
        let defaults = TemplateLibrary.defaultFolder(executable: Bundle.main.executableURL)
        let result = try ProjectScaffolder().scaffold(root, defaultTemplates: defaults)
        for path in result.created { print("created \(path)") }
        for path in result.kept { print("kept    \(path) (exists)") }
        print("Next: cd \(folder) && briefing build")
    }
}
