import Foundation
import Testing
@testable import BriefingCore

@Suite("Output folder safety")
struct OutputSafetyTests {
    func options(input: URL, output: URL, force: Bool = false) -> BuildOptions {
        BuildOptions(input: input, output: output, defaultTemplates: Repo.templates, force: force)
    }

    @Test func dangerousOutputsAreRefused() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repo.seeds.appendingPathComponent(Repo.seed000), to: input.appendingPathComponent("a.txt"))
        let refused = [URL(fileURLWithPath: "/"), FileManager.default.homeDirectoryForCurrentUser, tmp, input, input.appendingPathComponent("site")]
        for output in refused {
            await #expect(throws: BriefingError.self, "\(output.path) was accepted") {
                try await SiteBuilder().build(options(input: input, output: output))
            }
        }
        #expect(FileManager.default.fileExists(atPath: input.appendingPathComponent("a.txt").path))
    }

    @Test func foreignFoldersNeedForce() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let output = tmp.appendingPathComponent("mine")
        try FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
        try "keep me".write(to: output.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        await #expect(throws: BriefingError.self) { try await SiteBuilder().build(options(input: Repo.seeds, output: output)) }
        #expect(try String(contentsOf: output.appendingPathComponent("notes.txt"), encoding: .utf8) == "keep me")
        _ = try await SiteBuilder().build(options(input: Repo.seeds, output: output, force: true))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        // A folder Briefing made is replaced without --force, and leaves no staging folder
        // behind: only the site and its lock file (`BuildLock`).
        _ = try await SiteBuilder().build(options(input: Repo.seeds, output: output))
        #expect(try FileManager.default.contentsOfDirectory(atPath: tmp.path).sorted() == [".mine.lock", "mine"])
    }
}
