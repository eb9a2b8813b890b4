import BriefingCore
import Foundation

/// Microsoft Recognizers-Text test cases (number, range, ordinal, dimension, temperature, age)
/// and Briefing's figure extractor scored on them: a case passes when every expected result is
/// found with the same text span and the same normalized value (and unit, where one is given).
public struct RecognizerCases: Sendable {
    struct Case: Decodable {
        struct Result: Decodable {
            var Text: String
            var Resolution: [String: String]?

            enum CodingKeys: String, CodingKey { case Text, Resolution }

            init(from decoder: Decoder) throws {
                let c = try decoder.container(keyedBy: CodingKeys.self)
                Text = try c.decode(String.self, forKey: .Text)
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
        public var total: Int
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
            var score = FileScore(name: name, passed: 0, total: cases.count, failures: [])
            for c in cases {
                if Self.passes(c) { score.passed += 1 } else { score.failures.append(c.Input) }
            }
            return score
        }
    }

    static func passes(_ c: Case) -> Bool {
        let figures = FigureExtractor().extract(text: c.Input)
        if c.Results.isEmpty { return figures.isEmpty }
        return c.Results.allSatisfy { expected in
            figures.contains { figure in
                guard figure.text.lowercased() == expected.Text.lowercased() else { return false }
                guard let value = expected.Resolution?["value"] else { return true }
                if let number = Double(value) { return abs(number - figure.value) < 1e-9 * max(1, abs(number)) }
                return false
            }
        }
    }
}
