import CBriefingSupport

/// A class of bytes as 256 flags, for finding the first member in UTF-8 text sixteen bytes a
/// step where the processor can (`briefing_first_in_class`: SSSE3), else eight bytes a test:
/// the flags of eight bytes are or-ed, so a run of other bytes costs no branch per byte.
struct ByteClass: Sendable {
    /// 1 for each member byte, 0 for the others; then, when the class fits eight buckets
    /// (`nibbleMasks`), the 32 masks `briefing_first_in_class` reads.
    private let table: [UInt8]
    /// Whether `table` holds the masks.
    private let stepsBySixteen: Bool

    init(_ isMember: (UInt8) -> Bool) {
        let flags: [UInt8] = (0...255).map { isMember(UInt8($0)) ? 1 : 0 }
        let masks = Self.nibbleMasks(flags)
        table = flags + (masks ?? [])
        stepsBySixteen = masks != nil
    }

    /// The class of `flags` as 16 masks of buckets by a byte's low nibble, then 16 by its high
    /// nibble, such that a byte is a member when its two masks share a bucket: each bucket is
    /// one set of low nibbles and the high nibbles whose members are that set. Nil when the
    /// high nibbles' sets are more than eight (a mask has eight bits).
    static func nibbleMasks(_ flags: [UInt8]) -> [UInt8]? {
        var sets: [UInt16] = []
        var low = [UInt8](repeating: 0, count: 16), high = [UInt8](repeating: 0, count: 16)
        for h in 0..<16 {
            var set: UInt16 = 0
            for l in 0..<16 where flags[h << 4 | l] != 0 { set |= 1 << l }
            guard set != 0 else { continue }
            let bucket: Int
            if let known = sets.firstIndex(of: set) {
                bucket = known
            } else {
                guard sets.count < 8 else { return nil }
                sets.append(set)
                bucket = sets.count - 1
            }
            high[h] |= 1 << bucket
            for l in 0..<16 where set >> l & 1 != 0 { low[l] |= 1 << bucket }
        }
        return low + high
    }

    /// The index of the first member of the class in `bytes` from `start` on, or `bytes.count`.
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        table.withUnsafeBufferPointer { flag in
            var i = start
            // Whole sixteen-byte steps first; what is left (or all, without SSSE3) eight bytes a test.
            if stepsBySixteen, bytes.count - start >= 16, let base = bytes.baseAddress {
                i = briefing_first_in_class(base, bytes.count, start, flag.baseAddress! + 256)
            }
            while i + 8 <= bytes.count {
                if flag[Int(bytes[i])] | flag[Int(bytes[i + 1])] | flag[Int(bytes[i + 2])] | flag[Int(bytes[i + 3])]
                    | flag[Int(bytes[i + 4])] | flag[Int(bytes[i + 5])] | flag[Int(bytes[i + 6])] | flag[Int(bytes[i + 7])] != 0 {
                    break
                }
                i += 8
            }
            while i < bytes.count, flag[Int(bytes[i])] == 0 { i += 1 }
            return i
        }
    }
}
