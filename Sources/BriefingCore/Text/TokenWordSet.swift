/// A set of words built from every token of an article, where a `Set<String>` spends most of
/// its time hashing: ASCII members sit in an open-addressing table keyed by their bytes (FNV-1a),
/// other members in a `Set<String>`. Membership is `Set<String>`'s, by canonical equivalence:
/// an ASCII word equals an ASCII member only when their bytes are the same, and it is also
/// looked up among the other members (one of which may compose to it, "\u{212A}" to "K"); a
/// word with other scalars is looked up among them and, composed, in the table. Removals are
/// kept apart, in a table of their own, for sets that only lose words after all are in.
struct TokenWordSet: Sendable {
    /// The two tables behind one reference: the set is passed to and captured by the closures
    /// of the quote extractor again and again, and a copy then retains one object, not the
    /// eight buffers of two tables. Constants, read in place by every look-up (a variable would
    /// be copied out, its buffers retained and released, at each one).
    private final class Tables: Sendable {
        let table: WordTable
        let removed: WordTable

        init(table: WordTable, removed: WordTable) {
            self.table = table
            self.removed = removed
        }
    }

    private let tables: Tables

    /// The set of the words of `table` less those of `removed` (none when both are empty): a
    /// caller adding every token of an article fills the tables first, and the set is made
    /// once from them.
    init(_ table: WordTable = WordTable(), removed: WordTable = WordTable()) {
        tables = Tables(table: table, removed: removed)
    }

    /// Whether a member equals `word`.
    func contains(_ word: String) -> Bool {
        tables.table.hasMember(word) && (tables.removed.isEmpty || !tables.removed.hasMember(word))
    }

    /// `contains(word.lowercased())`, without a string made for an ASCII word (nearly every
    /// word): it lower-cases to its bytes with A–Z folded, which are looked up by their bytes
    /// when neither table holds a member past ASCII that might equal them.
    func containsLowercased(_ word: String) -> Bool {
        let found = UTF8Scan.withBytes(word) { bytes -> Bool? in
            guard !tables.table.mayEqualASCIIPastIt, !tables.removed.mayEqualASCIIPastIt else { return nil }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count) { buffer -> Bool? in
                for k in bytes.indices {
                    guard bytes[k] < 0x80 else { return nil }
                    buffer[k] = bytes[k].asciiLowercased
                }
                let folded = UnsafeBufferPointer(buffer)
                guard let hash = ASCIIWordHash.of(folded) else { return nil }
                return tables.table.contains(ascii: folded, hash: hash) && !tables.removed.contains(ascii: folded, hash: hash)
            }
        }
        return found ?? contains(word.lowercased())
    }

    /// Whether a member equals `word`, counting the ones removed: the set as it was before any removal.
    func wasInserted(_ word: String) -> Bool {
        tables.table.hasMember(word)
    }
}
