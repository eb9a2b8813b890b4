import Foundation
@testable import BriefingCore

/// Paths and helpers shared by the tests.
enum Repo {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seeds = root.appendingPathComponent("seeds")
    static let templates = root.appendingPathComponent("Templates")
    static let fixtures = root.appendingPathComponent("Tests/BriefingCoreTests/Fixtures")

    static let seed000 = "000_1f1d99c7f6881882.txt"
    static let seed002 = "002_e16b816cd6322626.txt"

    /// Runs the pipeline on one seed.
    static func brief(_ seed: String, referenceDate: CalendarDate? = nil) throws -> Brief {
        let item = BriefPipeline.process(seed, in: seeds, referenceDate: referenceDate)
        guard let brief = item.brief else { throw BriefingError(stage: .ingest, file: seed, message: "no brief: \(item.diagnostics)") }
        return brief
    }

    /// Every line of every seed, the seeds in order of their names.
    static func seedLines() throws -> [Substring] {
        let files = try FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)
        return try files.sorted { $0.path < $1.path }.flatMap { try String(contentsOf: $0, encoding: .utf8).split(separator: "\n") }
    }

    /// The article texts of the quote fixtures (every `quotes-unseen*/text` folder), in order of their paths.
    static func quoteFixtureTexts() -> [URL] {
        let manager = FileManager.default
        return ((try? manager.contentsOfDirectory(at: fixtures, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.lastPathComponent.hasPrefix("quotes-unseen") }
            .flatMap { (try? manager.contentsOfDirectory(at: $0.appendingPathComponent("text"), includingPropertiesForKeys: nil)) ?? [] }
            .sorted { $0.path < $1.path }
    }

    /// A fresh empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file below `folder`, relative path → bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for path in try SourceLoader().paths(in: folder) {
            files[path] = FileManager.default.contents(atPath: folder.appendingPathComponent(path).path)
        }
        return files
    }
}

extension SourceFile {
    /// A file from literal text, for hand-written cases.
    static func text(_ text: String, path: String = "case.txt") -> SourceFile {
        SourceFile(path: path, bytes: Array(text.utf8))
    }
}

extension Array where Element == BriefDigest {
    /// These digests with the cache keys `keys` (nil for a digest without one), as a build
    /// with a cache gives them (`SiteBriefs`).
    func withKeys(_ keys: [String?]) -> [BriefDigest] {
        zip(self, keys).map { digest, key in
            var digest = digest
            digest.key = key
            return digest
        }
    }
}
