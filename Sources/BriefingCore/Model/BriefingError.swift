/// A failure that stops a command, with the stage and file it concerns.
public struct BriefingError: Error, Sendable, CustomStringConvertible {
    public var stage: Stage
    public var file: String?
    public var line: Int?
    public var message: String

    public init(stage: Stage, file: String? = nil, line: Int? = nil, message: String) {
        self.stage = stage
        self.file = file
        self.line = line
        self.message = message
    }

    /// One line: `error: path:line: message [stage]`.
    public var description: String {
        var location = file ?? ""
        if let line { location += ":\(line)" }
        return "error: " + (location.isEmpty ? "" : location + ": ") + message + " [\(stage.rawValue)]"
    }
}
