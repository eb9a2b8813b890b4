import Foundation

/// Writes diagnostics to standard error, one line each.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// Writes lines to standard output without buffering, for long-running commands.
enum StandardOutput {
    static func print(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
