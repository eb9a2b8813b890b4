import BriefingCore
import Foundation
import Testing

/// The site of a generated 400-article corpus against a reviewed manifest: the number of files and
/// a `ContentHash` of their paths and bytes for each top-level entry of the output. Speed work must leave
/// the site byte-identical; a step that changes any page shows up here with the entries it touched.
/// After an intended output change, rerun with `UPDATE_SITE_MANIFEST=1` and review the diff.
@Suite("Generated site")
struct GeneratedSiteTests {
    static let count = 400
    static let manifest = Repo.root.appendingPathComponent("Tests/BriefingCLITests/GeneratedSite/manifest.txt")

    /// `briefing-bench`, built beside `briefing` by `swift build` / `swift test`.
    static let bench = CommandLineTests.binary.deletingLastPathComponent().appendingPathComponent("briefing-bench")

    @Test func siteOfTheGeneratedCorpusMatchesTheManifest() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let input = tmp.appendingPathComponent("in"), output = tmp.appendingPathComponent("out/site")
        let corpus = Process()
        corpus.executableURL = Self.bench
        corpus.arguments = ["corpus", "--count", String(Self.count), "--output", input.path]
        corpus.standardOutput = FileHandle.nullDevice
        try corpus.run()
        corpus.waitUntilExit()
        try #require(corpus.terminationStatus == 0, "briefing-bench corpus failed")

        let build = try CommandLineTests().run(["build", "--input", input.path, "--output", output.path, "--no-cache", "--quiet"], in: tmp)
        try #require(build.status == 0, "\(build.stderr)")

        let lines = try Self.entries(of: output)
        if ProcessInfo.processInfo.environment["UPDATE_SITE_MANIFEST"] != nil {
            try FileManager.default.createDirectory(at: Self.manifest.deletingLastPathComponent(), withIntermediateDirectories: true)
            try (Self.header + lines.joined(separator: "\n") + "\n").write(to: Self.manifest, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: Self.manifest, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init)
        let changed = Set(Set(lines).symmetricDifference(expected).compactMap { $0.split(separator: " ").last.map(String.init) })
        #expect(changed.isEmpty, "the generated site differs from the manifest in: \(changed.sorted().joined(separator: ", "))")
        #expect(lines.count > 15, "the site lost most of its entries")
    }

    static let header = """
        # Site of `briefing-bench corpus --count 400` built with `briefing build --no-cache`.
        # Per top-level entry: files, ContentHash of their sorted paths and bytes (chained), name.
        # After an intended output change: UPDATE_SITE_MANIFEST=1 swift test --filter GeneratedSite

        """

    /// One line per top-level entry of `site`: "files hash name".
    static func entries(of site: URL) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: site.path).sorted()
        return try names.map { name in
            let files = try Self.files(under: site.appendingPathComponent(name), relative: name)
            var hash: UInt64 = 0
            for (path, url) in files {
                hash = ContentHash.hash(Array(path.utf8), seed: hash)
                hash = try Data(contentsOf: url).withUnsafeBytes { ContentHash.hash($0, seed: hash) }
            }
            return "\(files.count) \(String(hash, radix: 16)) \(name)"
        }
    }

    /// The regular files at or under `url`, sorted by their path relative to the site.
    static func files(under url: URL, relative: String) throws -> [(String, URL)] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue else { return [(relative, url)] }
        return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted().flatMap {
            try files(under: url.appendingPathComponent($0), relative: relative + "/" + $0)
        }
    }
}
