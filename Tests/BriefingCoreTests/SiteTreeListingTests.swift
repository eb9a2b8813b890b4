import Foundation
import Testing
@testable import BriefingCore

/// The one walk of a retired site a rebuild makes (`SiteTreeListing`): its paths and the
/// inodes of its directory entries, which tell the publisher which pages it may keep.
@Suite("Site tree listing")
struct SiteTreeListingTests {
    private func inode(_ path: String) -> UInt64? {
        var info = stat()
        return lstat(path, &info) == 0 ? UInt64(info.st_ino) : nil
    }

    @Test func listsFilesAndFoldersWithTheInodesStatGives() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let fm = FileManager.default
        try fm.createDirectory(at: tmp.appendingPathComponent("briefs/deep"), withIntermediateDirectories: true)
        for path in ["index.html", "briefs/a.html", "briefs/deep/b.md"] {
            try Data(path.utf8).write(to: tmp.appendingPathComponent(path))
        }
        let listing = SiteTreeListing(tmp.path)
        #expect(listing.entries.map(\.path).sorted() == ["briefs", "briefs/a.html", "briefs/deep", "briefs/deep/b.md", "index.html"])
        #expect(listing.entries.filter(\.isFolder).map(\.path).sorted() == ["briefs", "briefs/deep"])
        // The file systems tests run on name `stat`'s inodes in their entries.
        #expect(listing.fileInodes.count == 3)
        for (path, number) in listing.fileInodes {
            #expect(number == inode(tmp.path + "/" + path), "\(path)")
        }
    }

    @Test func anEmptyOrMissingFolderListsNothing() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        #expect(SiteTreeListing(tmp.path).entries.isEmpty)
        #expect(SiteTreeListing(tmp.path + "/missing").fileInodes.isEmpty)
    }

    /// A page of the retired site replaced by another file (another inode) since the last build
    /// is not what that build recorded: the rebuild links or renders the page again rather than
    /// publishing the stranger.
    @Test func aRetiredPageThatIsAnotherFileIsNotKept() async throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("input"), output = tmp.appendingPathComponent("out")
        try FileManager.default.copyItem(at: Repo.seeds, to: input)
        func build(_ output: URL, cache: Bool = true) async throws {
            _ = try await SiteBuilder().build(BuildOptions(input: input, output: output, defaultTemplates: Repo.templates, useCache: cache))
        }
        try await build(output)
        let retired = BriefCache(forOutput: output).retiredSite
        // The page of an article this rebuild does not change: its key stays the same.
        let page = "briefs/south-koreas-defense-minister-warned-security-environment.html"
        let stranger = retired.appendingPathComponent(page)
        try FileManager.default.removeItem(at: stranger)
        try Data("not the page".utf8).write(to: stranger)
        let edited = input.appendingPathComponent("002_e16b816cd6322626.txt")
        let text = try String(contentsOf: edited, encoding: .utf8)
        try (text + "\n\nThe ministry declined to comment on the report on Thursday.\n").write(to: edited, atomically: true, encoding: .utf8)
        try await build(output)
        #expect(try String(contentsOf: output.appendingPathComponent(page), encoding: .utf8) != "not the page")

        let fresh = tmp.appendingPathComponent("fresh")
        try await build(fresh, cache: false)
        #expect(try Repo.tree(output) == Repo.tree(fresh), "a rebuild gives the bytes of a build from scratch")
    }
}
