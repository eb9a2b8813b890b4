import Foundation

/// Writes diagnostics to standard error, one line each.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
