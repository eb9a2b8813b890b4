import Yams

/// The YAML header of a Markdown article (`title, date, authors/author, outlet, source_url,
/// tags, slug, summary, draft`).
struct FrontMatter: Equatable {
    var title: String?
    var date: CalendarDate?
    var authors: [String] = []
    var outlet: String?
    var sourceURL: String?
    var tags: [String] = []
    var slug: String?
    var summary: String?
    var draft = false

    /// Why a front matter block was rejected; `line` counts from the top of the file.
    struct Failure: Error, Equatable {
        var line: Int?
        var message: String
    }

    /// Splits `---` front matter from the Markdown body. Returns `nil` front matter when the
    /// text has none; `bodyLineOffset` is the number of lines before the body.
    static func split(_ text: String) -> (yaml: String?, bodyLineOffset: Int) {
        let lines = SourceLine.lines(of: text)
        guard let first = lines.first(where: { !$0.isBlank }), first.text == "---" else { return (nil, 0) }
        guard let close = lines.first(where: { $0.number > first.number && ($0.text == "---" || $0.text == "...") }) else {
            return (nil, 0)
        }
        let yaml = lines.filter { $0.number > first.number && $0.number < close.number }.map(\.text).joined(separator: "\n")
        return (yaml, close.number)
    }

    /// Parses the YAML between the `---` fences; `firstLine` is the file line of the first YAML line.
    static func parse(_ yaml: String, firstLine: Int) throws(Failure) -> FrontMatter {
        let node: Node?
        do {
            node = try Yams.compose(yaml: yaml)
        } catch let error as YamlError {
            throw Failure(line: line(of: error).map { $0 + firstLine - 1 }, message: "malformed YAML front matter: \(problem(of: error))")
        } catch {
            throw Failure(line: firstLine, message: "malformed YAML front matter: \(error)")
        }
        guard let node else { return FrontMatter() }
        guard let mapping = node.mapping else {
            throw Failure(line: firstLine, message: "front matter must be a mapping of keys to values")
        }
        var fm = FrontMatter()
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { continue }
            let line = keyNode.mark.map { $0.line + firstLine - 1 }
            switch key {
            case "title": fm.title = value.string
            case "date", "published":
                guard let text = value.string, let date = CalendarDate(iso: String(text.prefix(10))) else {
                    throw Failure(line: line, message: "front matter '\(key)' must be a date like 2025-04-17")
                }
                fm.date = date
            case "author", "authors": fm.authors = strings(value)
            case "outlet": fm.outlet = value.string
            case "source_url", "url": fm.sourceURL = value.string
            case "tags": fm.tags = strings(value)
            case "slug": fm.slug = value.string
            case "summary", "description": fm.summary = value.string
            case "draft": fm.draft = value.bool ?? false
            default: continue
            }
        }
        return fm
    }

    private static func strings(_ node: Node) -> [String] {
        if let seq = node.sequence { return seq.compactMap(\.string).filter { !$0.isEmpty } }
        return node.string.map { [$0] } ?? []
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        default:
            return "\(error)"
        }
    }
}
