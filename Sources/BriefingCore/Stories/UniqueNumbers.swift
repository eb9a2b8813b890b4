extension Array where Element == UInt64 {
    /// Sorts the numbers ascending (`RadixSort`) and keeps each once: word numbers and 4-gram
    /// hashes made comparable by merging.
    mutating func sortKeepingEachOnce() {
        // Sorted as an array (a large one in place by the radix passes, not through a copy of a buffer).
        RadixSort.sort(&self)
        // Thinned in the array's own storage, its uniqueness checked once, not for each element.
        let unique = withUnsafeMutableBufferPointer { values -> Int in
            var unique = 0
            for i in values.indices where unique == 0 || values[unique - 1] != values[i] {
                values[unique] = values[i]
                unique += 1
            }
            return unique
        }
        removeLast(count - unique)
    }
}
