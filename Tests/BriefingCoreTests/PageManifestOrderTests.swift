import Testing
@testable import BriefingCore

/// `PageManifest.inPathOrder`, which sorts a manifest's pages on integer prefixes of their
/// paths, against sorting the paths as strings.
@Suite("Page manifest order")
struct PageManifestOrderTests {
    /// Site paths as a build makes them: short ones, ones sharing more than sixteen bytes, one
    /// the start of another, digits and punctuation.
    private static func paths(count: Int, seed: UInt64) -> [String] {
        var random = SeededGenerator(state: seed)
        let folders = ["", "briefs/", "months/", "outlets/", "people/", "search/", "stories/", "tags/", "timeline/", "page/"]
        let letters = Array("abcdefghijklmnopqrstuvwxyz0123456789-.")
        var found = Set<String>()
        while found.count < count {
            let folder = folders[Int(random.next() % UInt64(folders.count))]
            let length = 1 + Int(random.next() % 30)
            let name = String((0..<length).map { _ in letters[Int(random.next() % UInt64(letters.count))] })
            let path = folder + name
            found.insert(path)
            // The same path longer, or with another ending: equal in their first sixteen bytes.
            if random.next() % 3 == 0 { found.insert(path + ".html") }
            if random.next() % 5 == 0 { found.insert(path + "-2") }
        }
        return Array(found)
    }

    @Test("the order of the paths as strings", arguments: [1, 2, 3, 4, 5])
    func sameAsStringOrder(seed: UInt64) {
        var entries: [String: PageManifest.Entry] = [:]
        for (k, path) in Self.paths(count: 3_000, seed: seed).enumerated() {
            entries[path] = PageManifest.Entry(key: "key\(k)", inode: UInt64(k))
        }
        let sorted = PageManifest.inPathOrder(entries)
        #expect(sorted.map(\.path) == entries.keys.sorted())
        #expect(sorted.allSatisfy { entries[$0.path] == $0.entry })
    }

    @Test("no pages, one page")
    func smallManifests() {
        #expect(PageManifest.inPathOrder([:]).isEmpty)
        let one = PageManifest.inPathOrder(["index.html": PageManifest.Entry(key: "k", inode: 1)])
        #expect(one.map(\.path) == ["index.html"])
    }
}
