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
    /// addition a dictionary would make, so the merges are the same. A cluster is numbered by
    /// its first index, which stays its smallest: a cluster merges into the one with the
    /// earlier first index.
    func clusters(count: Int, edges: [(Int, Int, Double)]) -> [[Int]] {
        var size = [Int](repeating: 1, count: count)
        // The cluster each index was merged into (itself while it is a cluster).
        var into = Array(0..<count)
        var version = [Int32](repeating: 0, count: count)
        var sums = Self.neighbours(count: count, edges: Self.mergeable(edges, count: count, threshold: threshold) ?? edges)
        var initial: [MergeHeap.Entry] = []
        for a in 0..<count {
            for neighbour in sums[a] where a < neighbour.cluster && neighbour.sum >= threshold {
                initial.append(.init(score: neighbour.sum, first: a, second: neighbour.cluster))
            }
        }
        var heap = MergeHeap(initial)
        while let top = heap.pop() {
            let a = top.first, b = top.second
            guard into[a] == a, into[b] == b, version[a] == top.versionA, version[b] == top.versionB else { continue }
            // Merge b into a (a holds the earlier first member).
            into[b] = a
            size[a] += size[b]
            version[a] += 1
            let merged = Self.merged(sums[a], sums[b], leaving: a, b)
            sums[a] = merged
            sums[b] = []
            for neighbour in merged {
                let c = neighbour.cluster, s = neighbour.sum
                Self.remove(b, from: &sums[c])
                Self.set(a, s, in: &sums[c])
                let average = s / Double(size[a] * size[c])
                guard average >= threshold else { continue }
                let (x, y) = a < c ? (a, c) : (c, a)
                heap.push(.init(score: average, first: x, second: y, versionA: version[x], versionB: version[y]))
            }
        }
        // Each index joins its cluster in ascending order; a cluster comes before the later indices it holds.
        var members = [[Int]](repeating: [], count: count)
        for index in 0..<count {
            var cluster = into[index]
            while into[cluster] != cluster { cluster = into[cluster] }
            into[index] = cluster
            members[cluster].append(index)
        }
        return members.filter { !$0.isEmpty }
    }

    /// The edges between texts that can merge at all, each of them with an edge at `threshold`:
    /// clusters merge only when some pair of their texts is that similar (their mean similarity
    /// is no more than the greatest), so a text without such an edge stays alone, and no sum
    /// of its edges ever reaches the heap. Most texts of a large site are such, and their lists
    /// are not made. Nil when a pair may be listed twice (edges not each first-index-first in
    /// strictly ascending order, as scored pairs come), where the edges of a pair add up and
    /// their sum decides.
    private static func mergeable(_ edges: [(Int, Int, Double)], count: Int, threshold: Double) -> [(Int, Int, Double)]? {
        var active = [Bool](repeating: false, count: count)
        var previous = (-1, -1)
        for (a, b, s) in edges {
            guard a < b, (a, b) > previous else { return nil }
            previous = (a, b)
            if s >= threshold {
                active[a] = true
                active[b] = true
            }
        }
        return edges.filter { active[$0.0] && active[$0.1] }
    }

    /// The neighbours of each index along `edges`, ascending by index, with the sum of the
    /// similarities of an edge listed more than once added up in edge order. Listed in edge
    /// order first, so that a graph whose edges ascend (as scored pairs do) needs no sort.
    private static func neighbours(count: Int, edges: [(Int, Int, Double)]) -> [[Neighbour]] {
        let (listed, start) = Buckets.grouped(count: count) { visit in
            for (a, b, s) in edges where a != b {
                visit(a, Neighbour(cluster: b, sum: s))
                visit(b, Neighbour(cluster: a, sum: s))
            }
        }
        return (0..<count).map { a in
            let list = listed[start[a]..<start[a + 1]]
            if zip(list, list.dropFirst()).allSatisfy({ $0.cluster < $1.cluster }) { return Array(list) }
            // Stable: repeats of one neighbour stay in edge order.
            var combined: [Neighbour] = []
            for neighbour in list.sorted(by: { $0.cluster < $1.cluster }) {
                if combined.last?.cluster == neighbour.cluster {
                    combined[combined.count - 1].sum += neighbour.sum
                } else {
                    combined.append(neighbour)
                }
            }
            return combined
        }
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
        var versionA: Int32 = 0
        var versionB: Int32 = 0

        func before(_ other: Entry) -> Bool {
            if score != other.score { return score > other.score }
            if first != other.first { return first < other.first }
            return second < other.second
        }
    }

    private var items: [Entry]

    /// A heap of `entries`, ordered in place from the last parent up: fewer moves than
    /// pushing them one by one, and the same entries pop in the same order.
    init(_ entries: [Entry]) {
        items = entries
        for i in stride(from: items.count / 2 - 1, through: 0, by: -1) { siftDown(i) }
    }

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
            siftDown(0)
        }
        return top
    }

    /// Moves the entry at `i` down until it comes before both its children.
    private mutating func siftDown(_ i: Int) {
        var i = i
        while true {
            let l = 2 * i + 1, r = l + 1
            var best = i
            if l < items.count && items[l].before(items[best]) { best = l }
            if r < items.count && items[r].before(items[best]) { best = r }
            if best == i { return }
            items.swapAt(i, best)
            i = best
        }
    }
}
