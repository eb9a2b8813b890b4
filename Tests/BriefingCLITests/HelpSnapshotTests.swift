import Foundation
import Testing

/// `briefing --help` and each subcommand's `--help` as reviewed text: the CLI is used by outside
/// evaluation, so a flag that disappears or changes its meaning must show up in a diff.
/// After an intended change, rerun with `UPDATE_HELP_SNAPSHOTS=1` and review the files.
@Suite("Help snapshots")
struct HelpSnapshotTests {
    static let commands = ["", "build", "extract", "stories", "check", "init", "new", "serve", "clean"]
    static let folder = Repo.root.appendingPathComponent("Tests/BriefingCLITests/HelpSnapshots")

    @Test(arguments: commands)
    func helpMatchesSnapshot(_ command: String) throws {
        let arguments = command.isEmpty ? ["--help"] : [command, "--help"]
        var environment = ["COLUMNS": "100"]
        environment["PATH"] = ProcessInfo.processInfo.environment["PATH"]
        let result = try CommandLineTests().run(arguments, in: Repo.root, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        let file = Self.folder.appendingPathComponent((command.isEmpty ? "briefing" : command) + ".txt")
        if ProcessInfo.processInfo.environment["UPDATE_HELP_SNAPSHOTS"] != nil {
            try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        #expect(result.stdout == expected, "`briefing \(arguments.joined(separator: " "))` differs from \(file.lastPathComponent)")
    }
}
