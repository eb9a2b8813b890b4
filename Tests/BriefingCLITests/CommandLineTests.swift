import Foundation
import Testing

/// Runs the built `briefing` binary in temporary folders and checks files, output and exit codes.
@Suite("Command line")
struct CommandLineTests {
    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("briefing")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Repo.root.appendingPathComponent(".build/debug/briefing")
    }()

    /// Runs the binary with `arguments` in `folder`, in the test's environment (or `environment`)
    /// with colour off.
    func run(_ arguments: [String], in folder: URL, environment: [String: String]? = nil) throws -> Run {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        process.currentDirectoryURL = folder
        var environment = environment ?? ProcessInfo.processInfo.environment
        environment["NO_COLOR"] = "1"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: String(decoding: stderr, as: UTF8.self))
    }

    @Test func initBuildCheckAndNew() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let created = try run(["init", "proj"], in: tmp)
        #expect(created.status == 0)
        #expect(created.stdout.contains("created briefing.yml"))
        let project = tmp.appendingPathComponent("proj")
        let sample = project.appendingPathComponent("articles/sample-briefing.md")
        try "edited by the user\n".write(to: sample, atomically: true, encoding: .utf8)
        let again = try run(["init", "."], in: project)
        #expect(again.status == 0)
        #expect(again.stdout.contains("kept    articles/sample-briefing.md"))
        #expect(try String(contentsOf: sample, encoding: .utf8) == "edited by the user\n", "init overwrote a user's file")
        try FileManager.default.removeItem(at: sample)

        let new = try run(["new", "Talks resume in Geneva", "--date", "2025-02-03"], in: project)
        #expect(new.status == 0)
        let draft = try String(contentsOf: project.appendingPathComponent("articles/talks-resume-in-geneva.md"), encoding: .utf8)
        #expect(draft.contains("title: \"Talks resume in Geneva\"\ndate: 2025-02-03\n"))
        #expect(try run(["new", "Talks resume in Geneva"], in: project).status == 1, "new must not overwrite")

        let build = try run(["build"], in: project)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(build.stdout.contains("1 briefs"))
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("site/briefs/talks-resume-in-geneva.html").path))

        let check = try run(["check"], in: project)
        #expect(check.status == 0)
        #expect(check.stdout.contains("no author found"))
        #expect(check.stdout.contains("no base_url") && check.stdout.contains("no sitemap.xml"), "check says why the site has no sitemap")
        #expect(try run(["check", "--strict"], in: project).status == 1)
    }

    @Test func configurationErrorsNameTheKeyAndLine() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try "title: x\ncolour: red\n".write(to: tmp.appendingPathComponent("briefing.yml"), atomically: true, encoding: .utf8)
        let unknown = try run(["build"], in: tmp)
        #expect(unknown.status == 1)
        #expect(unknown.stderr.contains("briefing.yml:2: 'colour': unknown key"))
        try "items_per_page: lots\n".write(to: tmp.appendingPathComponent("briefing.yml"), atomically: true, encoding: .utf8)
        #expect(try run(["build"], in: tmp).stderr.contains("briefing.yml:1: 'items_per_page'"))
    }

    @Test func usageErrorsExitWithTwo() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        #expect(try run(["build", "--no-such-flag"], in: tmp).status == 2)
        #expect(try run(["extract", Repo.seeds.appendingPathComponent(Repo.seed000).path, "--dct", "yesterday"], in: tmp).status == 2)
    }

    @Test func extractPrintsOneJSONArrayInInputOrder() throws {
        let files = [Repo.seed002, Repo.seed000].map { Repo.seeds.appendingPathComponent($0).path }
        let result = try run(["extract"] + files + ["--dct", "2025-04-17"], in: Repo.root)
        #expect(result.status == 0)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.count == 2)
        #expect((array[0]["source"] as? String)?.hasSuffix(Repo.seed002) == true)
        #expect(array[1]["published"] as? String == "2025-04-17")
    }

    @Test func extractKeepsOneObjectPerInputWhenAFileFails() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        try Data([0, 1, 2, 0, 255]).write(to: tmp.appendingPathComponent("binary.txt"))
        let seed = Repo.seeds.appendingPathComponent(Repo.seed000).path
        let result = try run(["extract", "missing.txt", seed, "binary.txt"], in: tmp)
        #expect(result.status == 1)
        let array = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(array.map { $0["source"] as? String } == ["missing.txt", seed, "binary.txt"])
        #expect(array[0]["error"] as? String == "cannot read file")
        #expect((array[2]["error"] as? String)?.contains("binary") == true)
        #expect(array[1]["error"] == nil && array[1]["title"] is String)
    }

    @Test func progressLinesAndJSONSummaryWhenNotATerminal() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repo.seeds.appendingPathComponent(Repo.seed000), to: input.appendingPathComponent("a.txt"))
        try Data([0, 1, 2, 0, 255]).write(to: input.appendingPathComponent("b.txt"))
        let result = try run(["build", "--input", "in", "--output", "out", "--json"], in: tmp)
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stderr.split(separator: "\n")
        #expect(Set(lines.filter { $0.hasPrefix("[") }) == ["[1/2] a.txt", "[2/2] b.txt"] || Set(lines.filter { $0.hasPrefix("[") }) == ["[1/2] b.txt", "[2/2] a.txt"])
        #expect(result.stderr.contains("warning: b.txt: file looks binary"))
        let summary = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(summary["files_read"] as? Int == 2)
        #expect(summary["briefs"] as? Int == 1)
        let skipped = try #require(summary["skipped"] as? [[String: Any]])
        #expect(skipped.first?["file"] as? String == "b.txt")
        #expect(summary["seconds"] is Double || summary["seconds"] is Int)

        let quiet = try run(["build", "--input", "in", "--output", "out", "--quiet"], in: tmp)
        #expect(quiet.status == 0)
        #expect(quiet.stdout.isEmpty && quiet.stderr.isEmpty, "quiet printed: \(quiet.stdout) \(quiet.stderr)")
    }

    @Test func serveRebuildsOnChangeAndSurvivesAFailedRebuild() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("in"), templates = tmp.appendingPathComponent("tpl")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repo.seeds.appendingPathComponent(Repo.seed000), to: input.appendingPathComponent("a.txt"))
        let port = Int.random(in: 40_001...60_000)
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = ["serve", "--input", "in", "--output", "out", "--templates", "tpl", "--port", String(port)]
        process.currentDirectoryURL = tmp
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { process.terminate() }
        let index = URL(string: "http://127.0.0.1:\(port)/index.html")!
        func fetch() async -> String? {
            guard let data = try? Data(contentsOf: index) else { return nil }
            return String(decoding: data, as: UTF8.self)
        }
        func eventually(_ condition: (String?) -> Bool) async -> Bool {
            for _ in 0..<50 {
                if condition(await fetch()) { return true }
                try? await Task.sleep(for: .milliseconds(200))
            }
            return false
        }
        #expect(await eventually { $0?.contains("1 briefs") == true || $0?.contains("Briefings") == true })
        try "{{#unclosed}}".write(to: templates.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        try await Task.sleep(for: .seconds(2))
        #expect(await fetch()?.contains("_briefing/live") == true, "the last good site is still served")
        try "<h1>Rebuilt index</h1>".write(to: templates.appendingPathComponent("index.mustache"), atomically: true, encoding: .utf8)
        #expect(await eventually { $0?.contains("Rebuilt index") == true })
    }
}
