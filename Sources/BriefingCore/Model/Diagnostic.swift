/// A problem found while building, tied to the file (and line, when known) it concerns.
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible, Codable {
    public enum Severity: String, Sendable, Codable {
        case warning, error
    }

    public var severity: Severity
    /// The pipeline stage that found it ("ingest", "render", …).
    public var stage: String
    public var file: String
    public var line: Int?
    public var message: String

    public init(_ severity: Severity, stage: String, file: String, line: Int? = nil, message: String) {
        self.severity = severity
        self.stage = stage
        self.file = file
        self.line = line
        self.message = message
    }

    /// One line a user can act on: `warning: seeds/a.txt:3: message [ingest]`.
    public var description: String {
        let location = line.map { "\(file):\($0)" } ?? file
        return "\(severity.rawValue): \(location): \(message) [\(stage)]"
    }
}
