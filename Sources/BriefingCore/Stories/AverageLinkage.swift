/// Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly merge
/// the two clusters whose mean pairwise similarity is highest (pairs without an edge count as
/// 0), until none reaches `threshold`. Ties go to the clusters that hold the earlier inputs,
/// so the result depends only on the input order.
struct AverageLinkage {
    var threshold: Double

    /// Clusters of `0..<count` as lists of indices ascending, ordered by their first index.
    func clusters(count: Int, edges: [(Int, Int, Double)]) -> [[Int]] {
        var members = (0..<count).map { [$0] }
        var alive = [Bool](repeating: true, count: count)
        var version = [Int](repeating: 0, count: count)
        // Sum of similarities between cluster a and each neighbouring cluster.
        var sums = [[Int: Double]](repeating: [:], count: count)
        for (a, b, s) in edges where a != b {
            sums[a][b, default: 0] += s
            sums[b][a, default: 0] += s
        }
        var heap = MergeHeap()
        for a in 0..<count {
            for (b, s) in sums[a] where a < b && s >= threshold {
                heap.push(.init(score: s, first: a, second: b, versionA: 0, versionB: 0))
            }
        }
        while let top = heap.pop() {
            let a = top.first, b = top.second
            guard alive[a], alive[b], version[a] == top.versionA, version[b] == top.versionB else { continue }
            // Merge b into a (a holds the earlier first member).
            alive[b] = false
            members[a] += members[b]
            members[b] = []
            version[a] += 1
            var merged = sums[a]
            for (c, s) in sums[b] { merged[c, default: 0] += s }
            merged[a] = nil
            merged[b] = nil
            sums[a] = merged
            sums[b] = [:]
            for (c, s) in merged {
                sums[c][b] = nil
                sums[c][a] = s
                let average = s / Double(members[a].count * members[c].count)
                guard average >= threshold else { continue }
                let (x, y) = members[a][0] < members[c][0] ? (a, c) : (c, a)
                heap.push(.init(score: average, first: x, second: y, versionA: version[x], versionB: version[y]))
            }
        }
        return (0..<count).filter { alive[$0] }.map { members[$0].sorted() }.sorted { $0[0] < $1[0] }
    }
}

/// A max-heap of candidate merges; equal scores pop the earlier clusters first.
private struct MergeHeap {
    struct Entry {
        var score: Double
        var first: Int
        var second: Int
        var versionA: Int
        var versionB: Int

        func before(_ other: Entry) -> Bool {
            if score != other.score { return score > other.score }
            if first != other.first { return first < other.first }
            return second < other.second
        }
    }

    private var items: [Entry] = []

    mutating func push(_ entry: Entry) {
        items.append(entry)
        var i = items.count - 1
        while i > 0 {
            let parent = (i - 1) / 2
            guard items[i].before(items[parent]) else { break }
            items.swapAt(i, parent)
            i = parent
        }
    }

    mutating func pop() -> Entry? {
        guard let top = items.first else { return nil }
        let last = items.removeLast()
        if !items.isEmpty {
            items[0] = last
            var i = 0
            while true {
                let l = 2 * i + 1, r = l + 1
                var best = i
                if l < items.count && items[l].before(items[best]) { best = l }
                if r < items.count && items[r].before(items[best]) { best = r }
                if best == i { break }
                items.swapAt(i, best)
                i = best
            }
        }
        return top
    }
}
