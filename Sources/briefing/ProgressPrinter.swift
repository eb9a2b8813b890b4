import Foundation
import Synchronization

/// Shows build progress: a redrawn bar on a terminal, or plain lines (`[12/100] path`) that
/// scripts can parse.
final class ProgressPrinter: Sendable {
    enum Style: String, CaseIterable {
        case auto, bar, plain, none
    }

    private let style: Style
    private let lastPercent = Mutex(-1)

    init(_ requested: Style) {
        style = requested == .auto ? (Terminal.stderrIsTTY ? .bar : .plain) : requested
    }

    /// Called after each input file.
    func update(done: Int, total: Int, path: String) {
        switch style {
        case .none, .auto:
            return
        case .plain:
            StandardError.print("[\(done)/\(total)] \(path)")
        case .bar:
            let percent = total == 0 ? 100 : done * 100 / total
            let changed = lastPercent.withLock { last in
                defer { last = percent }
                return last != percent
            }
            guard changed || done == total else { return }
            let width = 30
            let filled = width * percent / 100
            let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
            FileHandle.standardError.write(Data("\r\(bar) \(percent)% \(done)/\(total)".utf8))
            if done == total { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        }
    }
}
