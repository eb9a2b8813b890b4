/// How a key figure's source is shown after its phrase: "according to the NIS".
public enum FigureDisplay {
    /// "according to South Korea’s intelligence agency", or nil when the sentence names no source.
    public static func attribution(_ figure: Figure) -> String? {
        guard let source = figure.source, !source.isEmpty else { return nil }
        return "according to \(source)"
    }
}
