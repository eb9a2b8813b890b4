/// Recognizers-Text cases outside the scope of figures in news prose, each with the reason it
/// is left out of the score. Kept short: everything else counts.
enum RecognizerSkips {
    /// Inputs skipped, with why.
    static let inputs: [String: String] = [:]

    /// Why a case is skipped, or nil when it is scored.
    static func reason(input: String, model: RecognizerModel, types: [String]) -> String? {
        if let reason = inputs[input] { return reason }
        if types.contains("ordinal.relative") {
            return "relative positions (last, next, previous, current) are no quantities"
        }
        return nil
    }
}
