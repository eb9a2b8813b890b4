extension Array where Element == UInt64 {
    /// Sorts the numbers ascending (`RadixSort`) and keeps each once: word numbers and 4-gram
    /// hashes made comparable by merging.
    mutating func sortKeepingEachOnce() {
        RadixSort.sort(&self)
        var unique = 0
        for i in indices where unique == 0 || self[unique - 1] != self[i] {
            self[unique] = self[i]
            unique += 1
        }
        removeLast(count - unique)
    }
}
