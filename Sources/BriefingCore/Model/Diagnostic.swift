/// A problem found while building, tied to the file (and line, when known) it concerns.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible, Codable {
    public enum Severity: String, Sendable, Codable {
        case warning, error
    }

    public var severity: Severity
    /// The stage that found it.
    public var stage: Stage
    public var file: String
    public var line: Int?
    public var message: String

    /// Whether the file it names was left out of the site (skipped, or a repeat of another).
    public var dropsFile: Bool

    public init(_ severity: Severity, stage: Stage, file: String, line: Int? = nil, message: String, dropsFile: Bool = false) {
        self.severity = severity
        self.stage = stage
        self.file = file
        self.line = line
        self.message = message
        self.dropsFile = dropsFile
    }

    /// One line a user can act on: `warning: seeds/a.txt:3: message [ingest]`.
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(severity.rawValue): \(location): \(message) [\(stage.rawValue)]"
    }
}
