extension String {
    /// The text of `scalars`, written as UTF-8 straight into the string's storage: the same
    /// string as `String(String.UnicodeScalarView(scalars))`, without appending scalar by scalar.
    init(scalars: some Collection<Unicode.Scalar>) {
        // Arrays and their slices are read through a buffer, where the loops below run tight.
        self = scalars.withContiguousStorageIfAvailable { Self.encoding(buffer: $0) } ?? Self.encoding(scalars)
    }

    /// `encoding` of scalars in a buffer. The UTF-8 length is summed without a branch per
    /// scalar, and text that is all ASCII (most) is narrowed in a loop of its own; both loops
    /// are vectorized. Other scalars are written by their UTF-8 width.
    private static func encoding(buffer scalars: UnsafeBufferPointer<Unicode.Scalar>) -> String {
        var extra = 0
        for scalar in scalars {
            let v = scalar.value
            extra &+= (v >= 0x80 ? 1 : 0) &+ (v >= 0x800 ? 1 : 0) &+ (v >= 0x10000 ? 1 : 0)
        }
        let count = scalars.count
        if extra == 0 {
            return String(unsafeUninitializedCapacity: count) { bytes in
                for k in 0..<count { bytes[k] = UInt8(truncatingIfNeeded: scalars[k].value) }
                return count
            }
        }
        return String(unsafeUninitializedCapacity: count + extra) { bytes in
            var n = 0
            for scalar in scalars {
                let v = scalar.value
                if v < 0x80 {
                    bytes[n] = UInt8(truncatingIfNeeded: v)
                    n += 1
                } else if v < 0x800 {
                    bytes[n] = UInt8(truncatingIfNeeded: 0xC0 | v >> 6)
                    bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    n += 2
                } else if v < 0x10000 {
                    bytes[n] = UInt8(truncatingIfNeeded: 0xE0 | v >> 12)
                    bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    n += 3
                } else {
                    bytes[n] = UInt8(truncatingIfNeeded: 0xF0 | v >> 18)
                    bytes[n + 1] = UInt8(truncatingIfNeeded: 0x80 | v >> 12 & 0x3F)
                    bytes[n + 2] = UInt8(truncatingIfNeeded: 0x80 | v >> 6 & 0x3F)
                    bytes[n + 3] = UInt8(truncatingIfNeeded: 0x80 | v & 0x3F)
                    n += 4
                }
            }
            return n
        }
    }

    private static func encoding(_ scalars: some Collection<Unicode.Scalar>) -> String {
        var length = 0
        for scalar in scalars { length += UTF8.width(scalar) }
        return String(unsafeUninitializedCapacity: length) { buffer in
            var n = 0
            for scalar in scalars {
                if scalar.value < 0x80 {
                    buffer[n] = UInt8(truncatingIfNeeded: scalar.value)
                    n += 1
                } else {
                    UTF8.encode(scalar) { buffer[n] = $0; n += 1 }
                }
            }
            return n
        }
    }
}

extension String {
    /// `String(decoding: bytes, as: UTF8.self)` of ASCII `bytes`, copied straight into the
    /// new string's storage: up to 15 bytes (most words) in two overlapping loads and stores,
    /// not through a call to copy memory (the initializer still checks the UTF-8 it is given),
    /// and a single byte (a mark, a digit, "a") taken from `asciiCharacters`.
    @inline(__always)
    init(asciiBytes bytes: UnsafeBufferPointer<UInt8>, characters: [String] = String.asciiCharacters) {
        let n = bytes.count
        guard n > 1, let from = bytes.baseAddress.map(UnsafeRawPointer.init) else {
            self = n == 1 && bytes[0] < 0x80 ? characters[Int(bytes[0])] : String(decoding: bytes, as: UTF8.self)
            return
        }
        self.init(unsafeUninitializedCapacity: n) { buffer in
            let to = UnsafeMutableRawPointer(buffer.baseAddress!)
            // A word (shorter than a call to copy memory is worth) in two loads and stores that
            // overlap in the middle.
            func copy<Word: FixedWidthInteger>(_: Word.Type) {
                let size = MemoryLayout<Word>.size
                to.storeBytes(of: from.loadUnaligned(as: Word.self), as: Word.self)
                (to + (n - size)).storeBytes(of: (from + (n - size)).loadUnaligned(as: Word.self), as: Word.self)
            }
            switch n {
            case 2..<4: copy(UInt16.self)
            case 4..<8: copy(UInt32.self)
            case 8..<16: copy(UInt64.self)
            default: to.copyMemory(from: from, byteCount: n)
            }
            return n
        }
    }

    /// The string of each ASCII scalar, by its value, made once.
    static let asciiCharacters = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }
}

extension UnsafeBufferPointer<Unicode.Scalar> {
    /// The number of UTF-8 bytes that encode the scalars of `range`: with the byte offset of its
    /// first scalar, where its text ends in the string's bytes. In text `allASCII` (as many
    /// bytes as scalars: most paragraphs) a scalar is a byte.
    func utf8Count(_ range: Range<Int>, allASCII: Bool) -> Int {
        if allASCII { return range.count }
        var count = 0
        for k in range { count += UTF8.width(self[k]) }
        return count
    }
}

extension ArraySlice<Unicode.Scalar> {
    /// The slice without the spaces and tabs at its ends: what `trimmingCharacters(in: .whitespaces)`
    /// takes off a string, without making the string first.
    var trimmingWhitespaces: ArraySlice<Unicode.Scalar> {
        var slice = self
        while let first = slice.first, first.isSpaceOrTab { slice.removeFirst() }
        while let last = slice.last, last.isSpaceOrTab { slice.removeLast() }
        return slice
    }
}

extension String {
    /// `lowercased()`, returning the string itself when it has no capital to fold: most words
    /// of running text are already in lower case, and this spares them a new string.
    var lowercasedIfNeeded: String {
        let folds = UTF8Scan.withBytes(self) { bytes in bytes.contains { $0 >= 0x80 || $0 &- 0x41 < 26 } }
        return folds ? UTF8Scan.lowercased(self) : self
    }
}

extension String {
    /// `Array(unicodeScalars)`, decoded from the UTF-8 bytes in one pass (the view counts its
    /// scalars in a pass of its own before copying them), eight ASCII bytes at a time.
    var unicodeScalarArray: [Unicode.Scalar] {
        UTF8Scan.withBytes(self) { bytes in
            [Unicode.Scalar](unsafeUninitializedCapacity: bytes.count) { buffer, count in
                var n = 0
                var i = 0
                while i < bytes.count {
                    // Eight ASCII bytes (most of a text) are eight scalars, widened at once (a
                    // scalar's memory is its value, four bytes).
                    if i + 8 <= bytes.count, ByteWord(bytes, at: i).isASCII {
                        let eight = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: SIMD8<UInt8>.self)
                        UnsafeMutableRawPointer(buffer.baseAddress! + n).storeBytes(of: SIMD8<UInt32>(truncatingIfNeeded: eight), as: SIMD8<UInt32>.self)
                        n += 8
                        i += 8
                        continue
                    }
                    let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
                    buffer.initializeElement(at: n, to: scalar)
                    n += 1
                    i += length
                }
                count = n
            }
        }
    }
}

extension Unicode.Scalar {
    /// Whether a character may hold this scalar after another one, so that text holding it
    /// cannot be read scalar by scalar as if each were a character: true from U+0300 on
    /// (combining marks, emoji modifiers, scripts with prepended or spacing signs) but for
    /// general punctuation (U+2000–U+206F), where only the joiners U+200C and U+200D join.
    /// Below U+0300 the one pair a character holds is CR LF, two separators in every reading.
    var mayJoinPrevious: Bool {
        let v = value
        return v >= 0x300 && !(0x2000...0x206F).contains(v) || v == 0x200C || v == 0x200D
    }
}
