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
}
