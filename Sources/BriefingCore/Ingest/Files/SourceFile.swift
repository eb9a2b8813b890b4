import Foundation

/// An input file found by the loader, before decoding.
public struct SourceFile: Sendable, Equatable {
    /// Path relative to the input folder (or as given on the command line).
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }

    /// Lower-cased file extension without the dot.
    public var fileExtension: String {
        Self.plainExtension(path) ?? (path as NSString).pathExtension.lowercased()
    }

    /// The lower-cased extension of a path whose last component is a plain name ("article-12.txt":
    /// ASCII letters, digits, "-" and "_", one dot with some of them on each side): the bytes
    /// after its dot. Nil for other paths, left to Foundation's rules (which cost more than a
    /// short article's line checks).
    static func plainExtension(_ path: String) -> String? {
        UTF8Scan.withBytes(path) { bytes -> String? in
            let start = (bytes.lastIndex(of: 0x2F) ?? -1) + 1
            guard let dot = bytes[start...].firstIndex(of: 0x2E), dot > start, dot + 1 < bytes.count else { return nil }
            let isPlain = { (byte: UInt8) in byte.isASCIIAlphanumeric || byte == 0x2D || byte == 0x5F }
            guard bytes[start..<dot].allSatisfy(isPlain), bytes[(dot + 1)...].allSatisfy(isPlain) else { return nil }
            return String(decoding: bytes[(dot + 1)...].map(\.asciiLowercased), as: UTF8.self)
        }
    }
}
