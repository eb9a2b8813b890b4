import Foundation
import Testing
@testable import BriefingCore

/// `TimelineOrder.sorted` and `KeyFigures.pick` give what the plain rules give (a stable sort
/// comparing the events' dates at every step; a stable sort of the ranked figures by rank, then
/// one figure per text), on the events and figures of real articles (the seeds and the ingest
/// fixtures), as found and shuffled with repeats.
struct Lead31ComposeOrderTests {
    /// The briefs of the seeds and of the plain-text ingest fixtures.
    static let briefs: [Brief] = {
        let seeds = ((try? SourceLoader().paths(in: Repo.seeds)) ?? []).compactMap { BriefPipeline.process($0, in: Repo.seeds).brief }
        let folder = Repo.fixtures.appendingPathComponent("ingest")
        let fixtures = ((try? SourceLoader().paths(in: folder)) ?? []).compactMap { BriefPipeline.process($0, in: folder).brief }
        return seeds + fixtures
    }()

    static func plainTimeline(_ events: [Event]) -> [Event] {
        events.sorted { TimelineOrder.precedes($0, $1) }
    }

    static func plainPick(_ figures: [Figure], max maxFigures: Int) -> [Figure] {
        let rank: [Figure.Kind: Int] = [.money: 0, .count: 1, .range: 1, .measure: 2, .percent: 3]
        var seen: Set<String> = []
        let ranked = figures.enumerated()
            .filter {
                rank[$0.element.kind] != nil && $0.element.paragraph >= 0
                    && !KeyFigures.leftOutQuantities.contains($0.element.quantity ?? "")
                    && ($0.element.kind != .count || ($0.element.value >= 10 && $0.element.unit != nil))
                    && !KeyFigures.restates($0.element, in: figures)
            }
            .sorted { a, b in
                let ra = rank[a.element.kind]!, rb = rank[b.element.kind]!
                return ra != rb ? ra < rb : a.offset < b.offset
            }
            .map(\.element)
        return Array(ranked.filter { seen.insert($0.text.lowercased()).inserted }.prefix(maxFigures))
    }

    @Test func articlesHaveEventsAndFigures() {
        #expect(Self.briefs.count >= 40)
        #expect(Self.briefs.map(\.extraction.events.count).reduce(0, +) >= 50)
        #expect(Self.briefs.map(\.extraction.figures.count).reduce(0, +) >= 50)
    }

    @Test func timelineIsThePlainSort() {
        var generator = SystemRandomNumberGenerator()
        let all = Self.briefs.flatMap(\.extraction.events)
        for brief in Self.briefs {
            let events = brief.extraction.events
            #expect(TimelineOrder.sorted(events) == Self.plainTimeline(events), "\(brief.article.source)")
        }
        // Events of many articles shuffled, some twice (ties of date and paragraph keep their order).
        for _ in 0..<300 {
            let count = Int.random(in: 0...24, using: &generator)
            var events = (0..<count).map { _ in all.randomElement(using: &generator)! }
            events += events.prefix(Int.random(in: 0...4, using: &generator))
            events.shuffle(using: &generator)
            #expect(TimelineOrder.sorted(events) == Self.plainTimeline(events))
        }
    }

    @Test func keyFiguresAreThePlainPick() {
        var generator = SystemRandomNumberGenerator()
        let all = Self.briefs.flatMap(\.extraction.figures)
        for brief in Self.briefs {
            for limit in 0...6 {
                let figures = brief.extraction.figures
                #expect(KeyFigures.pick(figures, max: limit) == Self.plainPick(figures, max: limit), "\(brief.article.source) max \(limit)")
            }
        }
        // Figures of many articles shuffled, some twice (one text is shown once).
        for _ in 0..<300 {
            let count = Int.random(in: 0...20, using: &generator)
            var figures = (0..<count).map { _ in all.randomElement(using: &generator)! }
            figures += figures.prefix(Int.random(in: 0...3, using: &generator))
            figures.shuffle(using: &generator)
            let limit = Int.random(in: 0...8, using: &generator)
            #expect(KeyFigures.pick(figures, max: limit) == Self.plainPick(figures, max: limit))
        }
    }
}
