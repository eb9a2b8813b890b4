/// Byte-level escaping for the JSON and XML writers: runs of bytes that need no escape are
/// copied in one piece instead of one Unicode scalar at a time.
enum EscapedText {
    /// Appends `text` to `out`, replacing what `replacement` matches at a byte offset with the
    /// string it returns and the number of bytes it consumes; other bytes are copied as they are.
    @inline(__always)
    static func append<Output: UTF8Output>(_ text: String, to out: inout Output, replacement: (UnsafeBufferPointer<UInt8>, Int) -> (String, Int)?) {
        var contiguous = text
        contiguous.withUTF8 { bytes in
            var runStart = 0
            var i = 0
            while i < bytes.count {
                guard let (replaced, length) = replacement(bytes, i) else {
                    i += 1
                    continue
                }
                if runStart < i { out.append(utf8: UnsafeBufferPointer(rebasing: bytes[runStart..<i])) }
                out.append(replaced)
                i += length
                runStart = i
            }
            if runStart == 0 {
                out.append(text)
            } else if runStart < bytes.count {
                out.append(utf8: UnsafeBufferPointer(rebasing: bytes[runStart...]))
            }
        }
    }

    /// Whether the three bytes at `i` are U+2028 or U+2029 (E2 80 A8/A9), which JavaScript
    /// does not allow raw in strings.
    static func isLineOrParagraphSeparator(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xE2 && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9)
    }

    /// Whether the three bytes at `i` are U+FFFE or U+FFFF (EF BF BE/BF), which XML forbids.
    static func isXMLNonCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        i + 2 < bytes.count && bytes[i] == 0xEF && bytes[i + 1] == 0xBF && (bytes[i + 2] == 0xBE || bytes[i + 2] == 0xBF)
    }
}

/// Where the escaping writers append text: a `String`, or the bytes of one being written.
protocol UTF8Output {
    mutating func append(_ text: String)
    /// Appends valid UTF-8 (a run of a string's bytes).
    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>)
}

extension String: UTF8Output {
    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        self += String(decoding: bytes, as: UTF8.self)
    }
}

extension [UInt8]: UTF8Output {
    mutating func append(_ text: String) {
        append(utf8Of: text)
    }

    mutating func append(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        append(contentsOf: bytes)
    }
}
