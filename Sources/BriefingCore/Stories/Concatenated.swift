extension Array {
    /// The elements of `parts`, one part after another: storage reserved once and each part
    /// copied whole, where `Array(parts.joined())` grows as it goes and copies element by
    /// element (the scored pairs of a 10,000-text grouping are hundreds of thousands).
    init(concatenating parts: [[Element]]) {
        self.init()
        reserveCapacity(parts.reduce(0) { $0 + $1.count })
        for part in parts { append(contentsOf: part) }
    }
}
