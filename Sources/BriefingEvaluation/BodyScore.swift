/// Body-extraction score over many pages: precision and recall averaged over the pages (a page
/// counts for precision when something was predicted or expected, as in the benchmark), F1
/// from the two averages.
public struct BodyScore: Sendable, Equatable, CustomStringConvertible {
    public private(set) var pages: [ShingleMatch] = []

    public init(_ pages: [ShingleMatch] = []) {
        self.pages = pages
    }

    public mutating func add(_ page: ShingleMatch) {
        pages.append(page)
    }

    public var precision: Double {
        Self.mean(pages.filter { $0.truePositives + $0.falsePositives > 0 }.map(\.precision))
    }

    public var recall: Double {
        Self.mean(pages.filter { $0.truePositives + $0.falseNegatives > 0 }.map(\.recall))
    }

    public var f1: Double {
        let p = precision, r = recall
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    /// "P 0.951 R 0.962 F1 0.956 (61 pages)".
    public var description: String {
        "P \(Score.format(precision)) R \(Score.format(recall)) F1 \(Score.format(f1)) (\(pages.count) pages)"
    }

    private static func mean(_ values: [Double]) -> Double {
        values.isEmpty ? 0 : values.reduce(0, +) / Double(values.count)
    }
}
