import Testing
@testable import BriefingCore

/// `AverageLinkage` and `StoryGrouper.attachingShortTexts` against plain versions of the same
/// rules (every pair scanned at every merge, every edge looked at for every fragment) on seeded
/// random graphs: few distinct similarities (ties), edges in both directions, repeated edges,
/// loops, in sorted and in shuffled order.
@Suite("Story linkage")
struct StoryLinkageTests {
    /// Similarities with many ties, some of them sums of others.
    private static let similarities = [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.45, 0.5, 0.6, 0.75, 0.9]

    /// A random graph on `count` texts; `plain` graphs list each pair once, ascending, as
    /// scored candidate pairs do.
    private static func graph(_ count: Int, plain: Bool, _ generator: inout SeededGenerator) -> [(Int, Int, Double)] {
        var edges: [(Int, Int, Double)] = []
        for _ in 0..<Int.random(in: 0...(count * 3), using: &generator) {
            let a = Int.random(in: 0..<count, using: &generator), b = Int.random(in: 0..<count, using: &generator)
            edges.append((a, b, similarities.randomElement(using: &generator)!))
        }
        guard plain else { return edges }
        var seen = Set<[Int]>()
        return edges.map { a, b, s in (min(a, b), max(a, b), s) }.filter { $0.0 != $0.1 && seen.insert([$0.0, $0.1]).inserted }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
    }

    /// Average linkage by its definition: at each step every pair of clusters with an edge is
    /// scored (sum over the product of sizes) and the best merges, ties to the earlier
    /// clusters; sums of a merged cluster are the two sums added.
    private static func plainLinkage(count: Int, edges: [(Int, Int, Double)], threshold: Double) -> [[Int]] {
        var sums = [[Int: Double]](repeating: [:], count: count)
        for (a, b, s) in edges where a != b {
            sums[a][b, default: 0] += s
            sums[b][a, default: 0] += s
        }
        var members = (0..<count).map { [$0] }
        while true {
            var best: (score: Double, a: Int, b: Int)?
            for a in 0..<count where !members[a].isEmpty {
                for (b, s) in sums[a] where a < b {
                    let score = s / Double(members[a].count * members[b].count)
                    guard score >= threshold else { continue }
                    if let current = best, current.score > score || (current.score == score && (current.a, current.b) < (a, b)) { continue }
                    best = (score, a, b)
                }
            }
            guard let (_, a, b) = best else { break }
            members[a] += members[b]
            members[b] = []
            for (c, s) in sums[b] where c != a {
                sums[a][c, default: 0] += s
                sums[c][b] = nil
            }
            sums[a][b] = nil
            sums[b] = [:]
            for (c, s) in sums[a] { sums[c][a] = s }
        }
        return members.filter { !$0.isEmpty }.map { $0.sorted() }
    }

    /// Fragment attachment by its definition: a short text alone goes to the story of the
    /// longer text it shares its best edge with, ties to the earlier text.
    private static func plainAttaching(_ clusters: [[Int]], edges: [(Int, Int, Double)], isShort: (Int) -> Bool) -> [[Int]] {
        var result = clusters
        for (c, members) in clusters.enumerated() where members.count == 1 && isShort(members[0]) {
            let x = members[0]
            let partners = edges.compactMap { a, b, s in a == x && !isShort(b) ? (b, s) : b == x && !isShort(a) ? (a, s) : nil }
            guard let (y, _) = partners.max(by: { ($0.1, -$0.0) < ($1.1, -$1.0) }) else { continue }
            result[c] = []
            result[clusters.firstIndex { $0.contains(y) }!].append(x)
        }
        return result.filter { !$0.isEmpty }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    @Test func linkageMergesAsItsDefinitionOnRandomGraphs() {
        var generator = SeededGenerator(state: 23)
        for round in 0..<400 {
            let count = Int.random(in: 1...30, using: &generator)
            let edges = Self.graph(count, plain: round % 2 == 0, &generator)
            for threshold in [0.1, 0.2, 0.3] {
                let clusters = AverageLinkage(threshold: threshold).clusters(count: count, edges: edges)
                #expect(clusters == Self.plainLinkage(count: count, edges: edges, threshold: threshold), "round \(round), cut \(threshold)")
            }
        }
    }

    @Test func fragmentsAttachAsTheirDefinitionOnRandomGraphs() {
        var generator = SeededGenerator(state: 2026)
        for round in 0..<400 {
            let count = Int.random(in: 1...30, using: &generator)
            let edges = Self.graph(count, plain: round % 2 == 0, &generator)
            let clusters = AverageLinkage(threshold: 0.3).clusters(count: count, edges: edges)
            let short = Set((0..<count).filter { _ in Bool.random(using: &generator) })
            let attached = StoryGrouper.attachingShortTexts(clusters, edges: edges) { short.contains($0) }
            #expect(attached == Self.plainAttaching(clusters, edges: edges) { short.contains($0) }, "round \(round)")
        }
    }
}
