import Foundation

/// Decodes input bytes to NFC text: UTF-8 with or without BOM, UTF-16 with BOM; invalid UTF-8
/// is decoded with replacement characters and reported.
public enum SourceTextDecoder {
    /// Why a file's bytes are not usable text.
    public enum Rejection: Error, Equatable, CustomStringConvertible {
        case empty
        case binary

        public var description: String {
            switch self {
            case .empty: return "file is empty or whitespace only; skipped"
            case .binary: return "file looks binary (NUL bytes), not text; skipped"
            }
        }
    }

    public struct Decoded: Sendable, Equatable {
        public var text: String
        /// True when invalid UTF-8 sequences were replaced by U+FFFD.
        public var repaired: Bool
    }

    public static func decode(_ bytes: [UInt8]) throws(Rejection) -> Decoded {
        var decoded: Decoded
        if hasUTF16Mark(bytes) {
            decoded = Decoded(text: decodeUTF16(bytes), repaired: false)
        } else {
            if hasNUL(bytes.prefix(8192)) { throw .binary }
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? Array(bytes.dropFirst(3)) : bytes
            let strict = String(validating: body, as: UTF8.self)
            decoded = Decoded(text: strict ?? String(decoding: body, as: UTF8.self), repaired: strict == nil)
        }
        decoded.text = CanonicalText.precomposed(decoded.text)
        if decoded.text.unicodeScalars.allSatisfy({ $0.isSpace }) { throw .empty }
        return decoded
    }

    /// Whether `bytes` open with a UTF-16 byte order mark (and are decoded as UTF-16).
    static func hasUTF16Mark(_ bytes: [UInt8]) -> Bool {
        bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF])
    }

    /// Whether `bytes` hold a NUL byte (found by `memchr`).
    private static func hasNUL(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in buffer.baseAddress.map { memchr($0, 0, buffer.count) != nil } ?? false }
    }

    /// Whether `decode` found `bytes`, decoded as `decoded`, to be valid UTF-8 (the mark of
    /// UTF-8 is valid UTF-8 too), so that readers of the same bytes need not validate them again.
    static func isValidUTF8(_ bytes: [UInt8], decoded: Decoded) -> Bool {
        !hasUTF16Mark(bytes) && !decoded.repaired
    }

    private static func decodeUTF16(_ bytes: [UInt8]) -> String {
        let bigEndian = bytes[0] == 0xFE
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var i = 2
        while i + 1 < bytes.count {
            let hi = UInt16(bytes[bigEndian ? i : i + 1])
            let lo = UInt16(bytes[bigEndian ? i + 1 : i])
            units.append(hi << 8 | lo)
            i += 2
        }
        return String(decoding: units, as: UTF16.self)
    }
}
