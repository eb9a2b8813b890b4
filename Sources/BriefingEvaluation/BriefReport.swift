import BriefingCore

/// Tallies `BriefDefects` over many briefs: clean English briefs, briefs per defect kind, and
/// how much content (events, quotes, figures) the briefs hold.
public struct BriefReport: Sendable {
    /// Input files the briefs came from.
    public var files: Int
    public private(set) var briefs = 0
    public private(set) var english = 0
    public private(set) var clean = 0
    /// English briefs with at least one defect of each kind.
    public private(set) var byKind: [BriefDefects.Kind: Int] = [:]
    /// Every defect of the English briefs with its source file, in input order.
    public private(set) var defects: [(source: String, defect: BriefDefects.Defect)] = []
    public private(set) var events = 0
    public private(set) var briefsWithEvents = 0
    public private(set) var quotes = 0
    public private(set) var keyQuotes = 0
    public private(set) var figures = 0
    public private(set) var keyFigures = 0

    public init(files: Int) {
        self.files = files
    }

    /// Adds one brief; only English briefs are checked and counted.
    public mutating func add(_ brief: Brief) {
        briefs += 1
        guard BriefDefects.isEnglish(brief.article) else { return }
        english += 1
        let found = BriefDefects.check(brief)
        if found.isEmpty { clean += 1 }
        for kind in Set(found.map(\.kind)) { byKind[kind, default: 0] += 1 }
        defects += found.map { (brief.article.source, $0) }
        events += brief.timeline.count
        briefsWithEvents += brief.timeline.isEmpty ? 0 : 1
        quotes += brief.extraction.quotes.count
        keyQuotes += brief.keyQuotes.count
        figures += brief.extraction.figures.count
        keyFigures += brief.keyFigures.count
    }

    /// The report as printed by `briefing-eval briefs`.
    public var summary: String {
        var lines = ["briefs: \(files) files, \(briefs) briefs, \(english) English"]
        lines.append("clean English briefs: \(Score.format(share(clean))) (\(clean)/\(english))  target ≥ 0.95")
        for kind in BriefDefects.Kind.allCases {
            let n = byKind[kind, default: 0]
            lines.append("  \(kind.rawValue.padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(n).leftPadded(4)) briefs (\(Score.format(share(n))))")
        }
        lines.append("content: events \(events) in \(briefsWithEvents) briefs, quotes \(quotes) (key \(keyQuotes)), figures \(figures) (key \(keyFigures))")
        return lines.joined(separator: "\n")
    }

    private func share(_ n: Int) -> Double {
        english == 0 ? 0 : Double(n) / Double(english)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
