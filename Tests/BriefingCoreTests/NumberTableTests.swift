import Testing
@testable import BriefingCore

@Suite("Number table")
struct NumberTableTests {
    /// Keys stored as the table grows are all found with their positions, keys never stored are
    /// not, and keys that share low or high bits (as hashes of similar words might) stay apart.
    @Test func findsEveryKeyStoredAndNoOther() {
        var table = NumberTable()
        let words = (0..<3_000).map { "term\($0)" }
        let keys = words.map(WordList.number) + (1..<200).map { UInt64($0) << 40 } + (0..<200).map { UInt64($0) }
        for (position, key) in keys.enumerated() { table.insert(key, Int32(position)) }
        #expect(table.count == keys.count)
        for (position, key) in keys.enumerated() { #expect(table[key] == Int32(position)) }
        #expect(table[WordList.number("term3000")] == nil && table[UInt64(200)] == nil && table[UInt64(200) << 40] == nil)
        #expect(NumberTable(capacity: 10)[7] == nil)
    }

    /// `number` gives each key the position of its first use, and the same one again after.
    @Test func numbersKeysInOrderOfFirstUse() {
        var table = NumberTable()
        let words = ["quake", "chile", "quake", "rescue", "chile"].map(WordList.number)
        #expect(words.map { table.number($0) } == [0, 1, 0, 2, 1])
        #expect(table.count == 3)
    }

    /// Numbering through growth, repeats, zero and keys that share bits gives the positions a
    /// dictionary numbering in order of first use gives.
    @Test func numbersManyKeysAsADictionaryDoes() {
        var table = NumberTable()
        var first: [UInt64: Int32] = [:]
        let words = (0..<5_000).map { "wörd–\($0 % 1_700)" }.map(WordList.number) + (0..<300).map { UInt64($0 % 150) << 40 }
        for key in words + [0, 0] + words.reversed() {
            let expected = first[key] ?? Int32(first.count)
            first[key] = expected
            #expect(table.number(key) == expected)
        }
        #expect(table.count == first.count)
    }
}
