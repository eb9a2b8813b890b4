import Foundation
import Testing
@testable import BriefingCore

/// Every input that once crashed the fuzzer (`make fuzz`) runs through the whole pipeline.
@Suite("Fuzz regressions")
struct FuzzRegressionTests {
    @Test func crashersNoLongerCrash() throws {
        let folder = Repo.fixtures.appendingPathComponent("fuzz")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { !$0.hasPrefix(".") }.sorted()
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
            for path in ["f.txt", "f.md", "f.html"] {
                let item = BriefPipeline.process(SourceFile(path: path, bytes: bytes))
                if let brief = item.brief {
                    _ = try BriefMarkdownWriter().markdown(brief)
                    #expect(!brief.article.slug.isEmpty)
                } else {
                    #expect(!item.diagnostics.isEmpty, "\(name) as \(path): skipped without a reason")
                }
            }
        }
    }
}
