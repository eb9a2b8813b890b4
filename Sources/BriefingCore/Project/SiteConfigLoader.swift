import Foundation
import Yams

/// Reads `briefing.yml`: unknown keys and bad values are errors naming the key and line.
public enum SiteConfigLoader {
    /// The conventional file name.
    public static let fileName = "briefing.yml"

    /// Parses configuration text; `path` is used in error messages.
    public static func parse(_ text: String, path: String) throws(BriefingError) -> SiteConfig {
        var config = SiteConfig()
        let node: Node?
        do {
            node = try Yams.compose(yaml: text)
        } catch {
            throw BriefingError(stage: .config, file: path, line: yamlLine(error), message: "not valid YAML; fix the syntax near this line")
        }
        guard let node else { return config }
        guard let mapping = node.mapping else {
            throw BriefingError(stage: .config, file: path, line: node.mark?.line, message: "expected a mapping of keys to values")
        }
        for (keyNode, value) in mapping {
            let key = keyNode.string ?? ""
            let line = keyNode.mark?.line
            func fail(_ message: String) -> BriefingError {
                BriefingError(stage: .config, file: path, line: line, message: "'\(key)': \(message)")
            }
            func string() throws(BriefingError) -> String {
                guard let s = value.scalar?.string, value.scalar != nil, !s.isEmpty else { throw fail("expected a text value") }
                return s
            }
            switch key {
            case "title": config.title = try string()
            case "description": config.description = try string()
            case "base_url":
                let url = try string()
                guard url.hasPrefix("https://") || url.hasPrefix("http://") else { throw fail("expected an absolute http(s) URL, got '\(url)'") }
                config.baseURL = url
            case "language":
                let tag = try string()
                guard tag.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }), tag.count <= 35 else { throw fail("expected a language tag like 'en' or 'en-GB'") }
                config.language = tag
            case "input": config.input = try string()
            case "output": config.output = try string()
            case "templates": config.templates = try string()
            case "items_per_page":
                guard let n = value.int, (1...10_000).contains(n) else { throw fail("expected a whole number from 1 to 10000") }
                config.itemsPerPage = n
            case "sections":
                guard let items = value.sequence else { throw fail("expected a list, e.g. [summary, quotes, numbers, timeline, article]") }
                config.sections = try items.map { item throws(BriefingError) -> BriefSection in
                    guard let name = item.string, let section = BriefSection(rawValue: name) else {
                        throw fail("unknown section '\(item.string ?? "")'; choose from \(BriefSection.allCases.map(\.rawValue).joined(separator: ", "))")
                    }
                    return section
                }
            case "stories":
                guard let flag = value.bool else { throw fail("expected true or false") }
                config.stories = flag
            default:
                throw fail("unknown key; known keys are \(SiteConfig.keys.joined(separator: ", "))")
            }
        }
        return config
    }

    /// Reads `briefing.yml` in `folder` when present; the defaults otherwise.
    public static func load(from folder: URL) throws(BriefingError) -> SiteConfig {
        let url = folder.appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return SiteConfig() }
        return try parse(String(decoding: data, as: UTF8.self), path: url.path)
    }

    private static func yamlLine(_ error: Error) -> Int? {
        guard let yaml = error as? YamlError else { return nil }
        switch yaml {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _): return mark.line
        default: return nil
        }
    }
}
