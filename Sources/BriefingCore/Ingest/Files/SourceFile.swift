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
        (path as NSString).pathExtension.lowercased()
    }
}
