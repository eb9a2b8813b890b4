/// Sorting of large arrays by integer keys, 16 bits at a time from the least significant,
/// rather than by comparisons: one stable pass per 16-bit digit that varies among the keys
/// (the candidate pairs of story grouping, hundreds of thousands of `a << 32 | b`, vary in
/// two; the repeat checks of a cache are listed by two 64-bit hashes). Small arrays of
/// integers (a text's terms, its partners, its 4-grams) are sorted in place, spread into
/// buckets by their high bits or by a quicksort, instead of by the standard library's stable
/// merge sort, which allocates and copies.
enum RadixSort {
    /// Below this many values an in-place sort is as fast (the terms of one text, its
    /// candidate partners): equal integers cannot be told apart, so it need not be stable.
    static let smallest = 1024

    /// Sorts `values` ascending.
    static func sort(_ values: inout [UInt64]) {
        guard values.count >= smallest else {
            values.withUnsafeMutableBufferPointer { sortSpread($0) }
            return
        }
        sort(&values) { (0, $0) }
    }

    /// `sort` of values in a buffer of the caller's (a text's words, kept without an array).
    static func sort(_ values: UnsafeMutableBufferPointer<UInt64>) {
        guard values.count >= smallest else { return sortSpread(values) }
        var array = Array(values)
        sort(&array)
        _ = values.update(fromContentsOf: array)
    }

    /// From this many values a spread sort (`sortSpread`) beats a quicksort.
    static let spreadable = 64

    /// Sorts `values` (fewer than `smallest`) ascending: from `spreadable` values on, by one
    /// counting pass into as many buckets as values or up to twice as many, by their highest
    /// bits that vary, then each bucket on its own (most hold one or two values: hashes, such as a text's
    /// hundreds of 4-grams, spread evenly); a quicksort's comparisons of random values
    /// mispredict half the time. A bucket that values crowd into is quicksorted.
    static func sortSpread(_ values: UnsafeMutableBufferPointer<UInt64>) {
        let n = values.count
        guard n >= spreadable else { return quicksort(values, 0, n - 1) }
        var all = UInt64.max, any: UInt64 = 0
        for value in values {
            all &= value
            any |= value
        }
        let varying = all ^ any
        guard varying != 0 else { return }
        // The bits from the highest that varies down, as many as a count of the values takes.
        let highest = 63 - varying.leadingZeroBitCount
        let bits = min(highest + 1, Int.bitWidth - n.leadingZeroBitCount)
        let shift = UInt64(highest + 1 - bits), mask = UInt64(1 << bits - 1)
        let buckets = 1 << bits
        withUnsafeTemporaryAllocation(of: Int.self, capacity: buckets + 1) { ends in
            withUnsafeTemporaryAllocation(of: UInt64.self, capacity: n) { spread in
                ends.initialize(repeating: 0)
                for value in values { ends[Int(truncatingIfNeeded: (value >> shift) & mask) + 1] += 1 }
                for b in 0..<buckets { ends[b + 1] += ends[b] }
                // Each bucket filled from its start; after, `ends[b]` is its end (the next one's start).
                for value in values {
                    let b = Int(truncatingIfNeeded: (value >> shift) & mask)
                    spread.initializeElement(at: ends[b], to: value)
                    ends[b] += 1
                }
                _ = values.moveUpdate(fromContentsOf: spread)
                var start = 0
                for b in 0..<buckets {
                    let end = ends[b]
                    if end - start > 1 {
                        if end - start > insertionSortLength { quicksort(values, start, end - 1) } else { insertionSort(values, start, end - 1) }
                    }
                    start = end
                }
            }
        }
    }

    /// Moves the `count` smallest of `values` to its front, ascending (the rest in no order):
    /// what `values.sorted().prefix(count)` gives, without sorting the rest.
    static func sortSmallest(_ values: inout [UInt64], _ count: Int) {
        values.withUnsafeMutableBufferPointer { sortSmallest($0, count) }
    }

    /// `sortSmallest` of values in a buffer of the caller's.
    static func sortSmallest(_ values: UnsafeMutableBufferPointer<UInt64>, _ count: Int) {
        guard count < values.count else { return sort(values) }
        guard count > 0 else { return }
        // Quickselect: everything left of `low` is at most everything from `low` on, and
        // everything right of `high` at least everything up to `high`.
        let target = count - 1
        var low = 0, high = values.count - 1
        while high - low > insertionSortLength {
            let (j, i) = partition(values, low, high)
            if target <= j {
                high = j
            } else if target >= i {
                low = i
            } else {
                break  // The target is among the values equal to the pivot.
            }
        }
        if high - low <= insertionSortLength { insertionSort(values, low, high) }
        quicksort(values, 0, target)
    }

    /// Sorts `values` by their high 32 bits, stably: the order given stays among values whose
    /// high halves are equal, so values whose low halves ascend in the order given (a term
    /// above its listing's position) come out ascending, as `sort` leaves them. One counting
    /// pass per byte of the high halves that varies among them, without a comparison to
    /// mispredict: for keys whose order is in their high halves (repeat checks by slot, words
    /// by their first bytes), where a quicksort's branches cost most of its time.
    static func sortByHighHalf(_ values: inout [UInt64]) {
        values.withUnsafeMutableBufferPointer { sortByHighHalf($0) }
    }

    /// Below this many values `sortByHighHalf` sorts by insertion: fewer steps than counting
    /// passes over 256 digits each.
    static let byHighHalfInsertion = 64

    /// `sortByHighHalf` of values in a buffer of the caller's.
    static func sortByHighHalf(_ values: UnsafeMutableBufferPointer<UInt64>) {
        guard values.count > 1 else { return }
        if values.count < byHighHalfInsertion {
            // Past the values of a higher high half only: stable.
            for k in 1..<values.count {
                let value = values[k]
                var m = k - 1
                while m >= 0 && values[m] >> 32 > value >> 32 {
                    values[m + 1] = values[m]
                    m -= 1
                }
                values[m + 1] = value
            }
            return
        }
        var all = UInt64.max, any: UInt64 = 0
        for value in values {
            all &= value
            any |= value
        }
        let varying = all ^ any
        guard varying >> 32 != 0 else { return }
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: values.count) { other in
            withUnsafeTemporaryAllocation(of: Int.self, capacity: 256) { starts in
                var (from, to) = (values, other)
                for shift in stride(from: UInt64(32), to: 64, by: 8) where (varying >> shift) & 0xFF != 0 {
                    starts.initialize(repeating: 0)
                    for value in from { starts[Int(truncatingIfNeeded: value >> shift) & 0xFF] += 1 }
                    var total = 0
                    for digit in 0..<256 {
                        let count = starts[digit]
                        starts[digit] = total
                        total += count
                    }
                    // In order within a digit: the passes before stay sorted.
                    for value in from {
                        let digit = Int(truncatingIfNeeded: value >> shift) & 0xFF
                        to.initializeElement(at: starts[digit], to: value)
                        starts[digit] += 1
                    }
                    swap(&from, &to)
                }
                if from.baseAddress != values.baseAddress { _ = values.update(fromContentsOf: from) }
            }
        }
    }

    /// Ranges this short are sorted by insertion.
    private static let insertionSortLength = 16

    /// Sorts `values[low...high]` in place.
    private static func quicksort(_ values: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int) {
        var low = low, high = high
        while high - low > insertionSortLength {
            let (j, i) = partition(values, low, high)
            // The shorter side by recursion, the longer one by the loop: the stack stays shallow.
            if j - low < high - i {
                quicksort(values, low, j)
                low = i
            } else {
                quicksort(values, i, high)
                high = j
            }
        }
        insertionSort(values, low, high)
    }

    /// Splits `values[low...high]` (more than two values) around the median of its first,
    /// middle and last value: on return `values[low...j]` are at most that pivot,
    /// `values[i...high]` at least it and any between equal to it, with `j < i`.
    private static func partition(_ values: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int) -> (Int, Int) {
        let middle = low + (high - low) / 2
        if values[middle] < values[low] { values.swapAt(middle, low) }
        if values[high] < values[low] { values.swapAt(high, low) }
        if values[high] < values[middle] { values.swapAt(high, middle) }
        let pivot = values[middle]
        var i = low, j = high
        while i <= j {
            while values[i] < pivot { i += 1 }
            while values[j] > pivot { j -= 1 }
            if i <= j {
                values.swapAt(i, j)
                i += 1
                j -= 1
            }
        }
        return (j, i)
    }

    /// Sorts `values[low...high]` (possibly empty) by insertion.
    private static func insertionSort(_ values: UnsafeMutableBufferPointer<UInt64>, _ low: Int, _ high: Int) {
        guard low < high else { return }
        for k in (low + 1)...high {
            let value = values[k]
            var m = k - 1
            while m >= low && values[m] > value {
                values[m + 1] = values[m]
                m -= 1
            }
            values[m + 1] = value
        }
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
