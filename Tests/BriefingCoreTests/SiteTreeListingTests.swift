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
        let listing = SiteTreeListing(tmp.path, inodes: true)
        #expect(listing.entries.map(\.path).sorted() == ["briefs", "briefs/a.html", "briefs/deep", "briefs/deep/b.md", "index.html"])
        #expect(listing.entries.filter(\.isFolder).map(\.path).sorted() == ["briefs", "briefs/deep"])
        // The file systems tests run on name `stat`'s inodes in their entries.
        #expect(listing.fileInodes.count == 3)
        #expect(SiteTreeListing(tmp.path).fileInodes.isEmpty, "not asked for")
        for (path, number) in listing.fileInodes {
            #expect(number == inode(tmp.path + "/" + path), "\(path)")
        }
    }

    @Test func anEmptyOrMissingFolderListsNothing() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        #expect(SiteTreeListing(tmp.path).entries.isEmpty)
        #expect(SiteTreeListing(tmp.path + "/missing", inodes: true).fileInodes.isEmpty)
    }
}
