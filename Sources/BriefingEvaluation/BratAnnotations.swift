/// A brat standoff annotation file (`.ann`): text-bound spans and the events linking them.
public struct BratAnnotations: Sendable {
    public struct Span: Sendable, Equatable {
        public var type: String
        /// Character (Unicode scalar) ranges into the text; several for discontinuous spans.
        public var ranges: [Range<Int>]
    }

    /// Spans by id ("T3").
    public var spans: [String: Span] = [:]
    /// Events: role → span id ("Content" → "T3", "Source" → "T1").
    public var events: [[String: String]] = []

    public init(_ text: String) {
        for line in text.split(separator: "\n") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 2, let kind = fields[0].first else { continue }
            if kind == "T" {
                let head = fields[1].split(separator: " ", maxSplits: 1)
                guard head.count == 2 else { continue }
                let ranges = head[1].split(separator: ";").compactMap { part -> Range<Int>? in
                    let bounds = part.split(separator: " ").compactMap { Int($0) }
                    return bounds.count == 2 && bounds[0] <= bounds[1] ? bounds[0]..<bounds[1] : nil
                }
                spans[String(fields[0])] = Span(type: String(head[0]), ranges: ranges)
            } else if kind == "E" {
                var roles: [String: String] = [:]
                for part in fields[1].split(separator: " ") {
                    let pair = part.split(separator: ":", maxSplits: 1)
                    if pair.count == 2 { roles[String(pair[0])] = String(pair[1]) }
                }
                events.append(roles)
            }
        }
    }
}
