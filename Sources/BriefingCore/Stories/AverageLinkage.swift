/// Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly merge
/// the two clusters whose mean pairwise similarity is highest (pairs without an edge count as
/// 0), until none reaches `threshold`. Ties go to the clusters that hold the earlier inputs,
/// so the result depends only on the input order.
struct AverageLinkage {
    var threshold: Double

    /// A cluster next to another, with the sum of the similarities between their members.
    private struct Neighbour {
        var cluster: Int
        var sum: Double
    }

    /// Clusters of `0..<count` as lists of indices ascending, ordered by their first index.
    ///
    /// Each cluster's neighbours are kept as an array ascending by cluster rather than as a
    /// dictionary: a merge walks the two lists side by side, and a sum is always the same one
    /// addition a dictionary would make, so the merges are the same.
    func clusters(count: Int, edges: [(Int, Int, Double)]) -> [[Int]] {
        var members = (0..<count).map { [$0] }
        var alive = [Bool](repeating: true, count: count)
        var version = [Int](repeating: 0, count: count)
        // The neighbours of each cluster, ascending; an edge listed twice adds up in edge order.
        var sums = [[Neighbour]](repeating: [], count: count)
        for (a, b, s) in edges where a != b {
            sums[a].append(Neighbour(cluster: b, sum: s))
            sums[b].append(Neighbour(cluster: a, sum: s))
        }
        for a in 0..<count where !sums[a].isEmpty {
            // Stable: repeats of one neighbour stay in edge order.
            sums[a].sort { $0.cluster < $1.cluster }
            var combined: [Neighbour] = []
            combined.reserveCapacity(sums[a].count)
            for neighbour in sums[a] {
                if combined.last?.cluster == neighbour.cluster { continue }
                combined.append(Neighbour(cluster: neighbour.cluster, sum: 0))
            }
            var k = -1
            for neighbour in sums[a] {
                if k < 0 || combined[k].cluster != neighbour.cluster { k += 1 }
                combined[k].sum += neighbour.sum
            }
            sums[a] = combined
        }
        var heap = MergeHeap()
        for a in 0..<count {
            for neighbour in sums[a] where a < neighbour.cluster && neighbour.sum >= threshold {
                heap.push(.init(score: neighbour.sum, first: a, second: neighbour.cluster, versionA: 0, versionB: 0))
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
            let merged = Self.merged(sums[a], sums[b], leaving: a, b)
            sums[a] = merged
            sums[b] = []
            for neighbour in merged {
                let c = neighbour.cluster, s = neighbour.sum
                Self.remove(b, from: &sums[c])
                Self.set(a, s, in: &sums[c])
                let average = s / Double(members[a].count * members[c].count)
                guard average >= threshold else { continue }
                let (x, y) = members[a][0] < members[c][0] ? (a, c) : (c, a)
                heap.push(.init(score: average, first: x, second: y, versionA: version[x], versionB: version[y]))
            }
        }
        return (0..<count).filter { alive[$0] }.map { members[$0].sorted() }.sorted { $0[0] < $1[0] }
    }

    /// The neighbours of two clusters merged, ascending: one sum for a neighbour of both,
    /// without the two clusters themselves.
    private static func merged(_ x: [Neighbour], _ y: [Neighbour], leaving a: Int, _ b: Int) -> [Neighbour] {
        var merged: [Neighbour] = []
        merged.reserveCapacity(x.count + y.count)
        var i = 0, j = 0
        while i < x.count || j < y.count {
            let next: Neighbour
            if j == y.count || (i < x.count && x[i].cluster < y[j].cluster) {
                next = x[i]
                i += 1
            } else if i == x.count || y[j].cluster < x[i].cluster {
                next = y[j]
                j += 1
            } else {
                next = Neighbour(cluster: x[i].cluster, sum: x[i].sum + y[j].sum)
                i += 1
                j += 1
            }
            if next.cluster != a && next.cluster != b { merged.append(next) }
        }
        return merged
    }

    /// Where `cluster` is in `list` (ascending), or where it would go.
    private static func position(of cluster: Int, in list: [Neighbour]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle].cluster < cluster { low = middle + 1 } else { high = middle }
        }
        return low
    }

    private static func remove(_ cluster: Int, from list: inout [Neighbour]) {
        let at = position(of: cluster, in: list)
        if at < list.count, list[at].cluster == cluster { list.remove(at: at) }
    }

    private static func set(_ cluster: Int, _ sum: Double, in list: inout [Neighbour]) {
        let at = position(of: cluster, in: list)
        if at < list.count, list[at].cluster == cluster {
            list[at].sum = sum
        } else {
            list.insert(Neighbour(cluster: cluster, sum: sum), at: at)
        }
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
