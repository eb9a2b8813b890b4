/// The 4-grams of the texts checked last in the repeat check, by text index: a text is a
/// candidate of many later texts of the same kind, and making its 4-grams again each time was
/// most of the check's work. Holds at most `capacity` texts and lets the oldest go first, so
/// its memory stays bounded however many articles there are.
struct RecentShingles {
    private let capacity: Int
    private var shingles: [Int: DuplicateStoryDetector.Shingles] = [:]
    /// Indices in the order they came in, `oldest` the next to let go once full.
    private var order: [Int] = []
    private var oldest = 0

    init(capacity: Int) {
        self.capacity = max(1, capacity)
    }

    subscript(index: Int) -> DuplicateStoryDetector.Shingles? { shingles[index] }

    mutating func insert(_ value: DuplicateStoryDetector.Shingles, for index: Int) {
        guard shingles.updateValue(value, forKey: index) == nil else { return }
        if order.count < capacity {
            order.append(index)
            return
        }
        shingles[order[oldest]] = nil
        order[oldest] = index
        oldest = (oldest + 1) % capacity
    }
}
