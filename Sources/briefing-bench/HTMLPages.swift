import BriefingCore
import BriefingEvaluation
import Foundation

/// The saved web pages of `micro --pages`: the .html/.htm files of a folder, or the gzipped
/// pages of an html-articles benchmark folder (`html/<id>.html.gz`), decompressed once.
enum HTMLPages {
    static func load(_ path: String) throws -> [SourceFile] {
        var folder = URL(fileURLWithPath: path)
        if FileManager.default.fileExists(atPath: folder.appendingPathComponent("html").path) {
            folder = folder.appendingPathComponent("html")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        return try names.compactMap { name in
            let url = folder.appendingPathComponent(name)
            if name.hasSuffix(".html.gz") {
                return SourceFile(path: String(name.dropLast(3)), bytes: try BodyBenchmark.gunzip(url))
            }
            guard name.hasSuffix(".html") || name.hasSuffix(".htm") else { return nil }
            return SourceFile(path: name, bytes: [UInt8](try Data(contentsOf: url)))
        }
    }
}
