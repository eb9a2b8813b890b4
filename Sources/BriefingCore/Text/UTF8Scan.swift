import CBriefingSupport
import Foundation

/// Byte-level tests on a string's UTF-8, for the checks that run on every line or paragraph:
/// no Foundation bridging, no `Character` iteration. Matches are exact byte sequences, so
/// callers pass phrases in the case of the text they search (usually lower-cased text).
enum UTF8Scan {
    /// Whether `text` contains the bytes of `phrase` (memmem).
    static func contains(_ text: String, _ phrase: String) -> Bool {
        withBytes(text) { hay in
            withBytes(phrase) { needle in
                guard needle.count <= hay.count else { return false }
                guard !needle.isEmpty else { return true }
                return briefing_contains_bytes(hay.baseAddress, hay.count, needle.baseAddress, needle.count) != 0
            }
        }
    }

    /// Whether `bytes` contain the bytes of `phrase`: each place of its first byte found by
    /// `memchr` and the rest compared there. For a phrase whose first byte is rare in the bytes
    /// ("<p>" in a paragraph's HTML), where `memmem` costs several instructions a byte.
    static func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ phrase: StaticString) -> Bool {
        let count = phrase.utf8CodeUnitCount
        guard count <= bytes.count else { return false }
        guard count > 0, let base = bytes.baseAddress else { return true }
        // The places the phrase may start: it must end by the end of the bytes.
        let starts = bytes.count - count + 1
        var from = 0
        while from < starts, let found = memchr(base + from, Int32(phrase.utf8Start.pointee), starts - from) {
            if memcmp(found, phrase.utf8Start, count) == 0 { return true }
            from = UnsafeRawPointer(base).distance(to: found) + 1
        }
        return false
    }

    /// The range of the first occurrence of `phrase`'s bytes in `text` (memmem): a literal
    /// search, where Foundation's `range(of:)` also matches canonically equivalent forms and
    /// bridges to `NSString`. The bounds fall on scalar boundaries, as `phrase` is valid UTF-8.
    static func range<S: StringProtocol>(of phrase: String, in text: S) -> Range<S.Index>? {
        let offset = withBytes(phrase) { needle in
            func find(_ hay: UnsafeBufferPointer<UInt8>) -> Int? { self.offset(of: needle, in: hay) }
            return text.utf8.withContiguousStorageIfAvailable(find) ?? Array(text.utf8).withUnsafeBufferPointer(find)
        }
        guard let offset else { return nil }
        let lower = text.utf8.index(text.startIndex, offsetBy: offset)
        return lower..<text.utf8.index(lower, offsetBy: phrase.utf8.count)
    }

    /// The offset of the first occurrence of `needle`'s bytes in `hay` (memmem); 0 for no bytes.
    static func offset(of needle: UnsafeBufferPointer<UInt8>, in hay: UnsafeBufferPointer<UInt8>) -> Int? {
        guard needle.count <= hay.count else { return nil }
        guard !needle.isEmpty else { return 0 }
        let found = briefing_find_bytes(hay.baseAddress, hay.count, needle.baseAddress, needle.count)
        return found < 0 ? nil : found
    }

    /// Whether `text` holds a double quote mark: '"', “ (E2 80 9C) or ” (E2 80 9D).
    static func containsDoubleQuoteMark(_ text: String) -> Bool {
        withBytes(text) { bytes in
            var i = 0
            while i < bytes.count {
                // Eight bytes with neither '"' nor the marks' first byte hold no mark's start.
                if i + 8 <= bytes.count {
                    let word = ByteWord(bytes, at: i)
                    if !word.contains(0x22), !word.contains(0xE2) {
                        i += 8
                        continue
                    }
                }
                let byte = bytes[i]
                if byte == 0x22 { return true }
                if byte == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] &- 0x9C < 2 { return true }
                i += 1
            }
            return false
        }
    }

    /// Whether `text`'s UTF-8 has the byte `byte`, found by `memchr` in contiguous storage rather
    /// than through the `UTF8View`'s iterator. An ASCII byte is a character of its own (but in
    /// "\r\n"); a byte past ASCII is part of some scalars, a test before looking for them.
    @inline(__always)
    static func containsByte(_ text: String, _ byte: UInt8) -> Bool {
        withBytes(text) { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(byte), bytes.count) != nil
        }
    }

    /// `text` with every occurrence of `phrase`'s bytes replaced by `replacement`, left to
    /// right without overlaps; `text` itself when there is none.
    static func replacing(_ phrase: String, with replacement: String, in text: String) -> String {
        withBytes(text) { hay in
            withBytes(phrase) { needle in
                guard !needle.isEmpty, needle.count <= hay.count else { return text }
                var out: [UInt8] = []
                var copied = 0
                var i = 0
                let first = needle[0]
                while i + needle.count <= hay.count {
                    if hay[i] == first, memcmpEqual(hay.baseAddress! + i, needle.baseAddress!, needle.count) {
                        if out.isEmpty { out.reserveCapacity(hay.count) }
                        out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[copied..<i]))
                        out.append(utf8Of: replacement)
                        i += needle.count
                        copied = i
                    } else {
                        i += 1
                    }
                }
                guard copied > 0 else { return text }
                out.append(contentsOf: UnsafeBufferPointer(rebasing: hay[copied...]))
                return String(decoding: out, as: UTF8.self)
            }
        }
    }

    /// `text.lowercased()` (each scalar's lowercase mapping, as the standard library does),
    /// copying bytes: ASCII letters are folded in place and only scalars that change when
    /// lower-cased are looked up, where the library builds a string for every non-ASCII scalar.
    static func lowercased(_ text: String) -> String {
        withBytes(text) { bytes in
            // ASCII (nearly all words) is the library's fast case: a short word stays a small string, not one on the heap.
            if bytes.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
            return String(unsafeUninitializedCapacity: lowercasedCapacity(bytes.count)) { lowercase(bytes, into: $0) }
        }
    }

    /// Runs `body` on the UTF-8 of `lowercased` of the text whose UTF-8 is `bytes`, written to a
    /// temporary buffer: for checks that only read the lower-cased bytes, no string is made.
    static func withLowercased<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: lowercasedCapacity(bytes.count)) { out in
            let count = lowercase(bytes, into: out)
            return body(UnsafeBufferPointer(rebasing: out[..<count]))
        }
    }

    /// Room for the lower-cased UTF-8 of `count` bytes: only U+0130 grows (2 bytes to 3).
    private static func lowercasedCapacity(_ count: Int) -> Int { count + count / 2 + 4 }

    /// Writes the lower-cased UTF-8 of `bytes` to `out` (of `lowercasedCapacity` bytes) and
    /// returns how many bytes it wrote.
    private static func lowercase(_ bytes: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var n = 0
        var i = 0
        while i < bytes.count {
            // Eight ASCII bytes (most text) are folded as one word.
            if i + 8 <= bytes.count {
                let word = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if word & 0x8080_8080_8080_8080 == 0 {
                    UnsafeMutableRawPointer(out.baseAddress! + n).storeBytes(of: foldingASCIIUppercase(word), as: UInt64.self)
                    i += 8
                    n += 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                out[n] = b.asciiLowercased
                n += 1
                i += 1
                continue
            }
            let (scalar, length) = scalar(in: bytes, at: i)
            // U+2000–U+203F (E2 80 xx: spaces, dashes, quote marks) have no case: not looked up.
            if b != 0xE2 || i + 1 == bytes.count || bytes[i + 1] != 0x80, scalar.properties.changesWhenLowercased {
                for byte in scalar.properties.lowercaseMapping.utf8 {
                    out[n] = byte
                    n += 1
                }
            } else {
                for k in i..<(i + length) {
                    out[n] = bytes[k]
                    n += 1
                }
            }
            i += length
        }
        return n
    }

    /// `source` with A–Z folded to a–z and every other byte kept, written to `out` (as long):
    /// eight bytes at a time.
    static func foldASCIIUppercase(_ source: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        var i = 0
        while i + 8 <= source.count {
            let word = UnsafeRawPointer(source.baseAddress! + i).loadUnaligned(as: UInt64.self)
            UnsafeMutableRawPointer(out.baseAddress! + i).storeBytes(of: foldingASCIIUppercase(word), as: UInt64.self)
            i += 8
        }
        while i < source.count {
            let b = source[i]
            out[i] = b.asciiLowercased
            i += 1
        }
    }

    /// The eight bytes of `word` with A–Z folded to a–z and every other byte (those past ASCII
    /// too) kept: a byte's low seven bits plus 0x3F reach its high bit from "A" on, plus 0x25
    /// from "[" on, and no sum carries into the next byte.
    @inline(__always)
    static func foldingASCIIUppercase(_ word: UInt64) -> UInt64 {
        let low = word & 0x7F7F_7F7F_7F7F_7F7F
        let fromA = low &+ 0x3F3F_3F3F_3F3F_3F3F
        let pastZ = low &+ 0x2525_2525_2525_2525
        let upper = fromA & ~pastZ & ~word & 0x8080_8080_8080_8080
        return word | upper >> 2
    }

    /// `text.count < limit` (grapheme clusters) without walking the clusters when the bytes
    /// decide it. The scalar count is an upper bound; a lower bound counts the scalars that
    /// surely open a cluster: ASCII (but LF after CR) and U+2010–U+2027 (dashes, quotes,
    /// ellipsis) after a scalar of either kind, as no cluster rule joins those.
    static func characterCount(of text: String, isBelow limit: Int) -> Bool {
        if text.utf8.count < limit { return true }
        let (lower, upper) = withBytes(text) { bytes -> (Int, Int) in
            var lower = 0, upper = 0
            var previousSimple = true
            var previousCR = false
            var i = 0
            // Stops once the lower bound reaches the limit: the count is not below it.
            while i < bytes.count && lower < limit {
                if previousSimple && !previousCR {
                    // A run of ASCII bytes but CR opens a cluster at every byte: counted in a tight loop.
                    let start = i
                    let stop = min(bytes.count, i + (limit - lower))
                    while i + 8 <= stop {
                        let word = ByteWord(bytes, at: i)
                        guard word.isASCII, !word.contains(0x0D) else { break }
                        i += 8
                    }
                    while i < stop, bytes[i] < 0x80, bytes[i] != 0x0D { i += 1 }
                    lower += i - start
                    upper += i - start
                    guard i < bytes.count && lower < limit else { break }
                }
                let b = bytes[i]
                upper += 1
                if b < 0x80 {
                    if previousSimple && !(b == 0x0A && previousCR) { lower += 1 }
                    previousSimple = true
                    previousCR = b == 0x0D
                    i += 1
                    continue
                }
                let (scalar, length) = scalar(in: bytes, at: i)
                let simple = scalar.value &- 0x2010 < 0x18
                if simple && previousSimple { lower += 1 }
                previousSimple = simple
                previousCR = false
                i += length
            }
            return (lower, upper)
        }
        if upper < limit { return true }
        if lower >= limit { return false }
        return text.count < limit
    }

    /// The number the ASCII digits `bytes[range]` write (a few, so no overflow); nil when a byte
    /// of them is no digit.
    static func decimal(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int? {
        var n = 0
        for i in range {
            guard bytes[i] &- 0x30 < 10 else { return nil }
            n = n * 10 + Int(bytes[i] &- 0x30)
        }
        return n
    }

    /// The run of ASCII digits from `start`: its number (nil past `Int`, as `Int(_:)` reads
    /// it) and the index after it.
    static func digitRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Int?, end: Int) {
        var value: Int? = 0
        var i = start
        while i < bytes.count, bytes[i] &- 0x30 < 10 {
            value = value.flatMap { n in
                let (times10, o1) = n.multipliedReportingOverflow(by: 10)
                let (sum, o2) = times10.addingReportingOverflow(Int(bytes[i] &- 0x30))
                return o1 || o2 ? nil : sum
            }
            i += 1
        }
        return (value, i)
    }

    /// The scalar whose encoding ends before byte `end` (above 0) of valid UTF-8, and the byte
    /// it starts at: read back over the continuation bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (scalar: Unicode.Scalar, start: Int) {
        var start = end - 1
        while start > 0, bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return (scalar(in: bytes, at: start).scalar, start)
    }

    /// The scalar whose encoding starts at byte `i` of valid UTF-8, and its length in bytes.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let b = bytes[i]
        if b < 0x80 { return (Unicode.Scalar(b), 1) }
        let length = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        var value = UInt32(b) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for k in 1..<length where i + k < bytes.count { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// The string of `bytes` (valid UTF-8, as every String's are).
    @inline(__always)
    static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// `text.unicodeScalars.count` from the bytes: every scalar opens with one byte that is not
    /// a continuation byte (10xxxxxx), so none is decoded.
    static func scalarCount(_ text: String) -> Int {
        withBytes(text) { bytes in
            // Counted eight bytes at a time.
            var count = 0
            var i = 0
            while i + 8 <= bytes.count {
                count += ByteWord(bytes, at: i).scalarStarts
                i += 8
            }
            while i < bytes.count {
                if bytes[i] & 0xC0 != 0x80 { count += 1 }
                i += 1
            }
            return count
        }
    }

    /// How many of `bytes` are `byte`, eight at a time.
    static func count(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var count = 0
        var i = 0
        while i + 8 <= bytes.count {
            count += ByteWord(bytes, at: i).exactHighBits(equalTo: byte).nonzeroBitCount
            i += 8
        }
        while i < bytes.count {
            if bytes[i] == byte { count += 1 }
            i += 1
        }
        return count
    }

    /// Runs `body` on `text`'s UTF-8 bytes, contiguous (native strings are; others are copied).
    @inline(__always)
    static func withBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// `withBytes` of a substring: the bytes of its part of the string.
    @inline(__always)
    static func withBytes<R>(_ text: Substring, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }

    /// Whether `bytes` start with the bytes of `prefix`.
    @inline(__always)
    static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        for k in 0..<count where bytes[k] != prefix.utf8Start[k] { return false }
        return true
    }

    /// Whether `bytes` end with the bytes of `suffix`.
    @inline(__always)
    static func hasSuffix(_ bytes: UnsafeBufferPointer<UInt8>, _ suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        let start = bytes.count - count
        for k in 0..<count where bytes[start + k] != suffix.utf8Start[k] { return false }
        return true
    }

    /// Whether every byte of `bytes` is ASCII, read as `ByteWord`s of eight bytes (the last
    /// one overlapping the one before), or as two overlapping words of four: a word's bytes
    /// are tested at once, not one by one.
    @inline(__always)
    static func isASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return true }
        let n = bytes.count
        if n >= 8 {
            var i = 0
            while i + 8 <= n {
                guard ByteWord(bytes, at: i).isASCII else { return false }
                i += 8
            }
            return ByteWord(bytes, at: n - 8).isASCII
        }
        if n >= 4 {
            return (base.loadUnaligned(as: UInt32.self) | base.loadUnaligned(fromByteOffset: n - 4, as: UInt32.self)) & 0x8080_8080 == 0
        }
        var high: UInt8 = 0
        for byte in bytes { high |= byte }
        return high < 0x80
    }

    /// Whether two strings have the same UTF-8 bytes (`==` compares them canonically): counts
    /// compared first, then the bytes by `memcmp`.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && withBytes(a) { x in
            withBytes(b) { y in x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0 }
        }
    }

    @inline(__always)
    private static func memcmpEqual(_ a: UnsafePointer<UInt8>, _ b: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for i in 0..<count where a[i] != b[i] { return false }
        return true
    }
}

extension UInt8 {
    /// The byte with A–Z folded to a–z; every other byte (those past ASCII too) as it is.
    @inline(__always)
    var asciiLowercased: UInt8 { self &- 0x41 < 26 ? self | 0x20 : self }

    /// Whether the byte is an ASCII letter, A–Z or a–z (no byte past ASCII is).
    @inline(__always)
    var isASCIILetter: Bool { (self | 0x20) &- 0x61 < 26 }

    /// Whether the byte is an ASCII letter or digit.
    @inline(__always)
    var isASCIIAlphanumeric: Bool { isASCIILetter || self &- 0x30 < 10 }

    /// Whether the byte is ASCII white space: space, tab, line feed, vertical tab, form feed or
    /// return (the ASCII characters Unicode's White_Space holds).
    @inline(__always)
    var isASCIIWhitespace: Bool { self == 0x20 || self &- 0x09 < 5 }
}

extension String {
    /// `hasSuffix(mark)` for a one-character ASCII `mark` (`byte`, the same character): asked
    /// only of texts whose last byte is that one, as every text that ends with it has (no other
    /// character is canonically equivalent to an ASCII mark), so most texts are ruled out by a
    /// byte test instead of a comparison of characters.
    @inline(__always)
    func endsWith(_ mark: String, byte: UInt8) -> Bool {
        utf8.last == byte && hasSuffix(mark)
    }
}

extension [UInt8] {
    /// Appends the UTF-8 of `text`, copied at once from where the string holds it: the generic
    /// copy of `text.utf8` cost several times as much for the short texts keys are made of.
    mutating func append(utf8Of text: String) {
        UTF8Scan.withBytes(text) { append(contentsOf: $0) }
    }
}
