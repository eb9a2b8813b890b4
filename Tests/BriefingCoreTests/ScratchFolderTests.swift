import Foundation
import Testing
@testable import BriefingCore

/// A build without a cache keeps the briefs past its memory budget, and the digests' details,
/// in a scratch folder rather than in memory, and removes the folder when done.
@Suite("Scratch folder")
struct ScratchFolderTests {
    private let seeds = [Repo.seed000, Repo.seed002]

    @Test func briefsPastTheBudgetAreLeftInTheScratchFolder() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let scratch = try #require(ScratchFolder(in: tmp))
        let inputs = await SiteInput.run(paths: seeds, in: Repo.seeds, cache: nil, scratch: scratch.briefs, digests: DigestStore(), heldBriefBytes: 0)
        #expect(inputs.map(\.path) == seeds)
        for input in inputs {
            #expect(input.brief == nil)
            let key = try #require(input.key)
            var made = try Repo.brief(input.path)
            made.article.text = ""
            #expect(scratch.briefs.load(key)?.brief == made)
        }
        // With room for them, the briefs are held and nothing is written.
        let held = await SiteInput.run(paths: seeds, in: Repo.seeds, cache: nil, scratch: scratch.briefs, digests: DigestStore())
        #expect(held.allSatisfy { $0.brief != nil && $0.key == nil })
        scratch.remove()
        #expect(!FileManager.default.fileExists(atPath: scratch.url.path))
    }

    /// A scratch folder whose build no longer runs is removed; a running build's is kept.
    @Test func foldersOfBuildsThatNoLongerRunAreRemoved() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        // No process has the largest pid (above any `pid_max`).
        let abandoned = tmp.appendingPathComponent("\(ScratchFolder.prefix)\(Int32.max)-7")
        let running = tmp.appendingPathComponent("\(ScratchFolder.prefix)\(getpid())-7")
        let other = tmp.appendingPathComponent("briefing-test-\(Int32.max)")
        for folder in [abandoned, running, other] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent("inner"), withIntermediateDirectories: true)
        }
        let scratch = try #require(ScratchFolder(in: tmp))
        #expect(!FileManager.default.fileExists(atPath: abandoned.path))
        #expect(FileManager.default.fileExists(atPath: running.path))
        #expect(FileManager.default.fileExists(atPath: other.path))
        #expect(FileManager.default.fileExists(atPath: scratch.url.path))
    }

    /// The site is the same whichever briefs were held, and the scratch folder is gone after.
    @Test(arguments: [0, 60_000])
    func aBuildWithoutACacheWritesTheSameSiteFromTheScratchFolder(heldBriefBytes: Int) async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let scratchParent = tmp.appendingPathComponent("scratch")
        try FileManager.default.createDirectory(at: scratchParent, withIntermediateDirectories: true)
        func build(_ name: String, heldBriefBytes: Int) async throws -> [String: Data] {
            let output = tmp.appendingPathComponent(name)
            var options = BuildOptions(input: Repo.seeds, output: output, defaultTemplates: Repo.templates, baseURL: "https://example.org/b/", useCache: false)
            options.heldBriefBytes = heldBriefBytes
            options.scratchParent = scratchParent
            _ = try await SiteBuilder().build(options)
            return try Repo.tree(output)
        }
        let spilled = try await build("spilled", heldBriefBytes: heldBriefBytes)
        let held = try await build("held", heldBriefBytes: HeldBriefs.buildBudget)
        #expect(!spilled.isEmpty)
        #expect(spilled == held)
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratchParent.path).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: tmp.appendingPathComponent(".briefing-cache").path))
    }
}
