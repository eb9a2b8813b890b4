/// Sorting of large arrays by integer keys, 16 bits at a time from the least significant,
/// rather than by comparisons: one stable pass per 16-bit digit that varies among the keys
/// (the candidate pairs of story grouping, hundreds of thousands of `a << 32 | b`, vary in
/// two; the repeat checks of a build are ordered by two 64-bit hashes).
enum RadixSort {
    /// Below this many values a comparison sort is as fast.
    static let smallest = 1024

    /// Sorts `values` ascending.
    static func sort(_ values: inout [UInt64]) {
        guard values.count >= smallest else {
            values.sort()
            return
        }
        sort(&values) { (0, $0) }
    }

    /// Sorts `values` by `key`, the first number of a key first, then the second; stable.
    static func sort<T>(_ values: inout [T], by key: (T) -> (UInt64, UInt64)) {
        guard values.count > 1 else { return }
        // The 16-bit digits that vary: the bits of a key that are not the same in all.
        var all = (UInt64.max, UInt64.max), any: (UInt64, UInt64) = (0, 0)
        for value in values {
            let (high, low) = key(value)
            all = (all.0 & high, all.1 & low)
            any = (any.0 | high, any.1 | low)
        }
        let varying = (all.0 ^ any.0, all.1 ^ any.1)
        // Least significant first: the second number's digits, then the first's.
        let passes = (0..<8).filter { pass in ((pass < 4 ? varying.1 : varying.0) >> UInt64(16 * (pass % 4))) & 0xFFFF != 0 }
        guard !passes.isEmpty else { return }
        var from = values
        values = []
        // A copy made on the first write; from then on the two arrays take turns.
        var to = from
        var starts = [Int](repeating: 0, count: 1 << 16)
        for pass in passes {
            let shift = UInt64(16 * (pass % 4))
            @inline(__always) func digit(_ value: T) -> Int {
                let (high, low) = key(value)
                return Int(truncatingIfNeeded: ((pass < 4 ? low : high) >> shift) & 0xFFFF)
            }
            starts.withUnsafeMutableBufferPointer { starts in
                starts.update(repeating: 0)
                for value in from { starts[digit(value)] += 1 }
                var total = 0
                for d in starts.indices {
                    let count = starts[d]
                    starts[d] = total
                    total += count
                }
                // In order within a digit: the passes before stay sorted.
                to.withUnsafeMutableBufferPointer { to in
                    for value in from {
                        let d = digit(value)
                        to[starts[d]] = value
                        starts[d] += 1
                    }
                }
            }
            swap(&from, &to)
        }
        values = from
    }
}
