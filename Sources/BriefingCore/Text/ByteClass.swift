/// A class of bytes as 256 flags, for finding the first member in UTF-8 text eight bytes a
/// test: the flags of eight bytes are or-ed, so a run of other bytes costs no branch per byte.
struct ByteClass: Sendable {
    /// 1 for each member byte, 0 for the others.
    private let flags: [UInt8]

    init(_ isMember: (UInt8) -> Bool) {
        flags = (0...255).map { isMember(UInt8($0)) ? 1 : 0 }
    }

    /// The index of the first member of the class in `bytes` from `start` on, or `bytes.count`.
    func firstIndex(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int {
        flags.withUnsafeBufferPointer { flag in
            var i = start
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
