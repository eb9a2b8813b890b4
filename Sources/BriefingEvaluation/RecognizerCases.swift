import BriefingCore
import Foundation

/// Microsoft Recognizers-Text test cases (number, range, ordinal, dimension, temperature, age,
/// currency, percentage) and Briefing's figure extractor scored on them: a case passes when
/// every expected result is found with the same text span and the same normalized value (and
/// unit or currency, where one is given), and a case expecting nothing passes when no figure of
/// the file's type is found. Cases outside the scope of news figures are skipped with a reason
/// (`RecognizerSkips`) and left out of the denominator.
public struct RecognizerCases: Sendable {
    struct Case: Decodable {
        struct Result: Decodable {
            var Text: String
            var TypeName: String?
            var Resolution: [String: String]?

            enum CodingKeys: String, CodingKey { case Text, TypeName, Resolution }

            init(from decoder: Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                Text = try c.decode(String.self, forKey: .Text)
                TypeName = try c.decodeIfPresent(String.self, forKey: .TypeName)
                // Resolution values are strings, numbers or nested objects; keep the strings.
                if let raw = try? c.decode([String: Flexible].self, forKey: .Resolution) {
                    Resolution = raw.compactMapValues(\.string)
                }
            }
        }

        var Input: String
        var Results: [Result]
    }

    /// A JSON value read as a string when it is a string or a number.
    struct Flexible: Decodable {
        var string: String?
        init(from decoder: Decoder) throws {
            let c = try decoder.singleValueContainer()
            string = (try? c.decode(String.self)) ?? (try? c.decode(Double.self)).map { String($0) }
        }
    }

    /// Pass rate of one file.
    public struct FileScore: Sendable {
        public var name: String
        public var passed: Int
        /// Cases scored: all cases but the skipped ones.
        public var total: Int
        public var skipped: [(input: String, reason: String)]
        public var failures: [String]
        public var accuracy: Double { total == 0 ? 0 : Double(passed) / Double(total) }
    }

    public let folder: URL

    public init(folder: URL) { self.folder = folder }

    public func run() throws -> [FileScore] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        return try names.map { name in
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let cases = try JSONDecoder().decode([Case].self, from: data)
            let model = RecognizerModel(fileName: name)
            var score = FileScore(name: name, passed: 0, total: 0, skipped: [], failures: [])
            for c in cases {
                if let reason = RecognizerSkips.reason(
                    input: c.Input, model: model, types: c.Results.compactMap(\.TypeName),
                    valueless: c.Results.contains { $0.Resolution != nil && $0.Resolution?["value"] == nil }) {
                    score.skipped.append((c.Input, reason))
                    continue
                }
                score.total += 1
                if Self.passes(c, model: model) { score.passed += 1 } else { score.failures.append(c.Input) }
            }
            return score
        }
    }

    static func passes(_ c: Case, model: RecognizerModel) -> Bool {
        let figures = FigureExtractor().extract(text: c.Input)
        if c.Results.isEmpty { return RecognizerModel.candidates(figures, as: model).isEmpty }
        return c.Results.allSatisfy { expected in
            let type = expected.TypeName.map(RecognizerModel.init(typeName:)) ?? model
            return RecognizerModel.candidates(figures, as: type).contains { $0.matches(expected) }
        }
    }
}
