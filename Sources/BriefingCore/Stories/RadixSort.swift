/// Sorting of large arrays of integers by their 16-bit digits, least significant first,
/// rather than by comparisons: a pass per digit that varies among the values (the candidate
/// pairs of story grouping, hundreds of thousands of `a << 32 | b`, vary in two).
enum RadixSort {
    /// Below this many values a comparison sort is as fast.
    static let smallest = 1024

    /// Sorts `values` ascending.
    static func sort(_ values: inout [UInt64]) {
        guard values.count >= smallest else {
            values.sort()
            return
        }
        var all = UInt64.max, any: UInt64 = 0
        for value in values {
            all &= value
            any |= value
        }
        let varying = all ^ any
        var scratch = [UInt64](repeating: 0, count: values.count)
        var starts = [Int](repeating: 0, count: 1 << 16)
        var sortedInScratch = false
        values.withUnsafeMutableBufferPointer { values in
            scratch.withUnsafeMutableBufferPointer { scratch in
                starts.withUnsafeMutableBufferPointer { starts in
                    for shift in stride(from: UInt64(0), to: 64, by: 16) where (varying >> shift) & 0xFFFF != 0 {
                        let (from, to) = sortedInScratch ? (scratch, values) : (values, scratch)
                        starts.update(repeating: 0)
                        for value in from { starts[Int(truncatingIfNeeded: (value >> shift) & 0xFFFF)] += 1 }
                        var total = 0
                        for digit in starts.indices {
                            let count = starts[digit]
                            starts[digit] = total
                            total += count
                        }
                        // In order within a digit: the passes before stay sorted.
                        for value in from {
                            let digit = Int(truncatingIfNeeded: (value >> shift) & 0xFFFF)
                            to[starts[digit]] = value
                            starts[digit] += 1
                        }
                        sortedInScratch.toggle()
                    }
                    if sortedInScratch { _ = values.update(fromContentsOf: scratch) }
                }
            }
        }
    }
}
