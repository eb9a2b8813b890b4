/// Continuous LexRank (Erkan and Radev 2004): the stationary distribution of a random walk
/// over sentences whose edges are their TF-IDF cosine similarities, with damping.
enum LexRank {
    static let damping = 0.85
    static let iterations = 60
    static let tolerance = 1e-7

    /// The centrality of each vector, summing to 1. `prior` (the teleport distribution) defaults
    /// to uniform; a lead-biased prior gives a biased LexRank.
    static func scores(_ rows: [TermVectors.Row], prior: [Double]? = nil) -> [Double] {
        let n = rows.count
        guard n > 1 else { return [Double](repeating: 1, count: n) }
        var similarity = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
        for i in 0..<n {
            for j in (i + 1)..<n {
                let s = TermVectors.cosine(rows[i], rows[j])
                similarity[i][j] = s
                similarity[j][i] = s
            }
        }
        let rowSums = similarity.map { $0.reduce(0, +) }
        let teleport = prior.map { p in p.map { $0 / max(p.reduce(0, +), 1e-12) } } ?? [Double](repeating: 1 / Double(n), count: n)
        var p = [Double](repeating: 1 / Double(n), count: n)
        for _ in 0..<iterations {
            var next = teleport.map { (1 - damping) * $0 }
            for i in 0..<n {
                // A sentence like no other hands its weight out by the teleport distribution.
                if rowSums[i] == 0 {
                    for j in 0..<n { next[j] += damping * p[i] * teleport[j] }
                    continue
                }
                let share = damping * p[i] / rowSums[i]
                for j in 0..<n where similarity[i][j] > 0 { next[j] += share * similarity[i][j] }
            }
            let change = zip(p, next).reduce(0) { $0 + abs($1.0 - $1.1) }
            p = next
            if change < tolerance { break }
        }
        return p
    }
}
