import BriefingCore
import Foundation

/// Runs one input through ingest, extract, brief and render, as every input file would be.
/// Any crash, hang or sanitizer report here is a bug.
func fuzzOne(_ bytes: [UInt8], path: String) {
    let item = BriefPipeline.process(SourceFile(path: path, bytes: bytes))
    guard let brief = item.brief else { return }
    _ = try? BriefMarkdownWriter().markdown(brief)
    _ = JSONWriter.string(ArticleRecord.make(brief))
    for paragraph in brief.article.paragraphs {
        _ = MarkdownRenderer.inlineHTML(fromMarkdown: MarkdownEscaper.escape(paragraph.text))
    }
}

/// Input file names the fuzzer cycles through, so every input format is exercised.
let fuzzPaths = ["f.txt", "f.md", "f.html"]

#if FUZZING
/// libFuzzer's entry point (linked with `-sanitize=fuzzer` by `make fuzz`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    fuzzOne(bytes, path: fuzzPaths[size % fuzzPaths.count])
    return 0
}
#else
/// Without libFuzzer: replays the given files (e.g. the regression corpus) through the pipeline.
@main
struct ReplayFuzzInputs {
    static func main() {
        let files = CommandLine.arguments.dropFirst()
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else { continue }
            for path in fuzzPaths { fuzzOne([UInt8](data), path: path) }
        }
        print("replayed \(files.count) inputs")
    }
}
#endif
