/// Continuous LexRank (Erkan and Radev 2004): the stationary distribution of a random walk
/// over sentences whose edges are their TF-IDF cosine similarities, with damping.
enum LexRank {
    static let damping = 0.85
    static let iterations = 60
    static let tolerance = 1e-7

    /// The centrality of each row of `vectors`, summing to 1. `prior` (the teleport
    /// distribution) defaults to uniform; a lead-biased prior gives a biased LexRank.
    static func scores(_ vectors: TermVectors, prior: [Double]? = nil) -> [Double] {
        let n = vectors.rows.count
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        let graph = Graph(vectors)
        let teleport = prior.map { p in
            let total = max(p.reduce(0, +), 1e-12)
            return p.map { $0 / total }
        } ?? [Double](repeating: 1 / Double(n), count: n)
        var p = [Double](repeating: 1 / Double(n), count: n)
        var next = [Double](repeating: 0, count: n)
        graph.targets.withUnsafeBufferPointer { targets in
            graph.weights.withUnsafeBufferPointer { weights in
                for _ in 0..<iterations {
                    let change = next.withUnsafeMutableBufferPointer { next in
                        p.withUnsafeBufferPointer { p in
                            for j in 0..<n { next[j] = (1 - damping) * teleport[j] }
                            for i in 0..<n {
                                // A sentence like no other hands its weight out by the teleport distribution.
                                if graph.sums[i] == 0 {
                                    for j in 0..<n { next[j] += damping * p[i] * teleport[j] }
                                    continue
                                }
                                let share = damping * p[i] / graph.sums[i]
                                for edge in graph.bounds[i]..<graph.bounds[i + 1] { next[targets[edge]] += share * weights[edge] }
                            }
                            var change = 0.0
                            for j in 0..<n { change += abs(p[j] - next[j]) }
                            return change
                        }
                    }
                    swap(&p, &next)
                    if change < tolerance { break }
                }
            }
        }
        return p
    }

    /// The edges of the walk: each row's rows of cosine above zero, ascending, with the sum of
    /// its cosines. Zero cosines are left out, which leaves every sum and step of the walk as
    /// the whole matrix would give it (adding zero changes no sum).
    struct Graph {
        /// Row `i`'s edges are `bounds[i]..<bounds[i + 1]` of `targets` and `weights`.
        private(set) var bounds: [Int] = [0]
        private(set) var targets: [Int] = []
        private(set) var weights: [Double] = []
        private(set) var sums: [Double] = []

        init(_ vectors: TermVectors) {
            let n = vectors.rows.count
            var edges = [[(target: Int, weight: Double)]](repeating: [], count: n)
            vectors.withCosines { cosine in
                // Row i gets its edges to the rows before it (from their turn) before those after it.
                for i in 0..<n {
                    for j in (i + 1)..<n {
                        let s = cosine(i, j)
                        guard s > 0 else { continue }
                        edges[i].append((j, s))
                        edges[j].append((i, s))
                    }
                }
            }
            bounds.reserveCapacity(n + 1)
            sums.reserveCapacity(n)
            for row in edges {
                var sum = 0.0
                for edge in row {
                    targets.append(edge.target)
                    weights.append(edge.weight)
                    sum += edge.weight
                }
                bounds.append(targets.count)
                sums.append(sum)
            }
        }
    }
}
