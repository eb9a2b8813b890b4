import Foundation
import BriefingCore
import Logging

/// Facts about where output goes: whether stderr is a terminal and whether colors are allowed.
enum Terminal {
    static let stderrIsTTY = isatty(STDERR_FILENO) == 1
    /// Colors only on a terminal, and never when `NO_COLOR` is set (https://no-color.org).
    static let colors = stderrIsTTY && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
}

/// swift-log handler that prints one line per message to standard error:
/// `warning: path:line: message [stage]`, colored on a terminal.
struct TerminalLogHandler: LogHandler {
    var logLevel: Logger.Level = .info
    var metadata: Logger.Metadata = [:]

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let text = event.message.description
        guard Terminal.colors else { return StandardError.print(text) }
        let color = switch event.level {
        case .error, .critical: "\u{1B}[31m"
        case .warning: "\u{1B}[33m"
        case .debug, .trace: "\u{1B}[2m"
        default: ""
        }
        StandardError.print(color.isEmpty ? text : color + text + "\u{1B}[0m")
    }
}

extension Logger {
    /// The command-line logger at the level the flags ask for.
    static func briefing(quiet: Bool, verbose: Bool) -> Logger {
        var logger = Logger(label: "briefing") { _ in TerminalLogHandler() }
        logger.logLevel = quiet ? .error : (verbose ? .debug : .info)
        return logger
    }

    /// Logs a build diagnostic at its severity.
    func report(_ diagnostic: Diagnostic) {
        switch diagnostic.severity {
        case .error: error("\(diagnostic.description)")
        case .warning: warning("\(diagnostic.description)")
        }
    }
}
