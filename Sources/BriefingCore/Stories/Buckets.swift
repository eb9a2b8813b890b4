/// Values grouped by a bucket number in one pass to count and one to place (a stable counting
/// sort), rather than sorted: the postings of the candidate pairs' terms, the pairs found from
/// their later text, the neighbours of the linkage's texts.
enum Buckets {
    /// The values that `each` gives (to the function it is called with, as bucket and value,
    /// buckets in `0..<count`) bucket after bucket, in the order given within a bucket, and
    /// where each bucket starts (`starts[count]` is the total). `each` is called twice and
    /// must give the same values both times.
    static func grouped<T>(count: Int, _ each: (_ visit: (Int, T) -> Void) -> Void) -> (values: [T], starts: [Int]) {
        var starts = [Int](repeating: 0, count: count + 1)
        each { bucket, _ in starts[bucket + 1] += 1 }
        for bucket in 0..<count { starts[bucket + 1] += starts[bucket] }
        var filled = starts
        let values = [T](unsafeUninitializedCapacity: starts[count]) { buffer, initialized in
            each { bucket, value in
                (buffer.baseAddress! + filled[bucket]).initialize(to: value)
                filled[bucket] += 1
            }
            initialized = starts[count]
        }
        return (values, starts)
    }
}
