extension TimexValue {
    /// `label` of the value written `text` in one of the forms most values take, written byte
    /// by byte into the one string made (splitting the value into parts, reading numbers from
    /// them and joining strings cost a page thousands of instructions a label): a year, month
    /// or day in ASCII digits with a month from 1 to 12, also a day with a time ("2025-12-29TNI",
    /// labelled by its month as its parts read: "29TNI" is no number), a week ("2025-W15", and
    /// its days "2025-W15-1") of a year from 1, a decade ("202") or a century ("20"), and a
    /// value that opens with an ASCII letter ("PAST_REF"), its own label. Nil for any other
    /// value (quarters, seasons, months past 12, signs), which `labelFromParts` reads.
    static func writtenLabel(_ text: String) -> String? {
        UTF8Scan.withBytes(text) { b -> String? in
            guard let first = b.first else { return nil }
            if first.isASCIILetter { return text }
            func number(_ range: Range<Int>) -> Int? { range.upperBound <= b.count ? UTF8Scan.decimal(b, range) : nil }
            if b.count == 2 || b.count == 3, let digits = number(0..<b.count) {
                return LabelBytes.string { $0.put("The "); $0.put(b.count == 3 ? digits * 10 : digits * 100); $0.put("s") }
            }
            guard b.count >= 7, let year = number(0..<4), b[4] == 0x2D else {
                return b.count == 4 ? number(0..<4).map { year in LabelBytes.string { $0.put(year) } } : nil
            }
            if b[5] == UInt8(ascii: "W"), b.count == 8 || b.count > 8 && b[8] == 0x2D, year > 0, let week = number(6..<8) {
                // A year from 1: the Monday of its week 0 falls in year 0 at the earliest, not before.
                let monday = monday(ofWeek: week, in: year)
                return LabelBytes.string { $0.put("Week of "); $0.put(month: monday.month); $0.put(" "); $0.put(monday.day); $0.put(", "); $0.put(monday.year) }
            }
            guard let month = number(5..<7), (1...12).contains(month) else { return nil }
            if b.count == 7 { return LabelBytes.string { $0.put(month: month); $0.put(" "); $0.put(year) } }
            guard b.count >= 10, b[7] == 0x2D, let day = number(8..<10) else { return nil }
            if b.count == 10 { return LabelBytes.string { $0.put(month: month); $0.put(" "); $0.put(day); $0.put(", "); $0.put(year) } }
            return b[10] == UInt8(ascii: "T") ? LabelBytes.string { $0.put(month: month); $0.put(" "); $0.put(year) } : nil
        }
    }
}

/// The bytes of a label, written in order into the string made for it: a few literals, a month
/// name and numbers not past five digits, 32 bytes at most.
private struct LabelBytes {
    private let out: UnsafeMutableBufferPointer<UInt8>
    private var count = 0

    /// The string `write` writes, written on the stack first: a string made with room for the
    /// longest label would be allocated, and then copied into a small string for most labels.
    @inline(__always)
    static func string(_ write: (inout LabelBytes) -> Void) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { out in
            var label = LabelBytes(out: out)
            write(&label)
            return String(decoding: UnsafeBufferPointer(rebasing: out[..<label.count]), as: UTF8.self)
        }
    }

    private init(out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

    private mutating func put(_ bytes: UnsafeBufferPointer<UInt8>) {
        _ = UnsafeMutableBufferPointer(rebasing: out[count...]).initialize(fromContentsOf: bytes)
        count += bytes.count
    }

    mutating func put(_ literal: StaticString) {
        put(UnsafeBufferPointer(start: literal.utf8Start, count: literal.utf8CodeUnitCount))
    }

    /// The month's full name.
    mutating func put(month: Int) {
        UTF8Scan.withBytes(MonthNames.full[month - 1]) { put($0) }
    }

    /// The decimal digits of `number` (0 to 99,999), as `String(number)` writes them.
    mutating func put(_ number: Int) {
        var place = 10_000
        while place > 1, number < place { place /= 10 }
        while place > 0 {
            out[count] = 0x30 &+ UInt8(truncatingIfNeeded: number / place % 10)
            count += 1
            place /= 10
        }
    }
}
