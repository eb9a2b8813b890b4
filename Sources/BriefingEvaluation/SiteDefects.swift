import BriefingCore
import Foundation

/// Site-wide checks of a built site (issue 15): a short tag list on the index, no junk tags,
/// an absolute sitemap under the base URL and no timeline year that no article writes.
public struct SiteDefects: Sendable {
    /// One check's outcome.
    public struct Check: Sendable {
        public var name: String
        public var passed: Bool
        public var detail: String
    }

    /// The built site's folder.
    public let site: URL
    /// The base URL the site was built with.
    public let baseURL: String

    public init(site: URL, baseURL: String) {
        self.site = site
        self.baseURL = baseURL
    }

    /// Runs every check; `briefs` are the site's briefs (their tags and texts).
    public func checks(briefs: [Brief]) throws -> [Check] {
        [try indexTags(), junkTags(briefs), try sitemap(), try timelineYears(briefs)]
    }

    /// At most 40 tag links on the index page.
    func indexTags() throws -> Check {
        let index = try String(contentsOf: site.appendingPathComponent("index.html"), encoding: .utf8)
        let count = index.matches(of: #/href="(\./)?tags/[^"]+"/#).count
        return Check(name: "index tag links ≤ 40", passed: count <= 40, detail: "\(count)")
    }

    /// No tag that is an id, handle, path, markup or entity residue, nor two that differ only in case.
    func junkTags(_ briefs: [Brief]) -> Check {
        let tags = Set(briefs.flatMap(\.article.tags))
        let junk = tags.filter(Self.isJunk).sorted()
        let folded = Dictionary(grouping: tags, by: { $0.lowercased() }).values.filter { $0.count > 1 }.map { $0.sorted().joined(separator: "/") }.sorted()
        let bad = junk + folded
        return Check(name: "no junk tags", passed: bad.isEmpty, detail: "\(bad.count) of \(tags.count)" + (bad.isEmpty ? "" : ": " + bad.prefix(8).joined(separator: ", ")))
    }

    /// A sitemap whose every `<loc>` is an absolute URL under the base URL.
    func sitemap() throws -> Check {
        let url = site.appendingPathComponent("sitemap.xml")
        guard FileManager.default.fileExists(atPath: url.path) else {
            return Check(name: "absolute sitemap", passed: false, detail: "no sitemap.xml")
        }
        let locs = try String(contentsOf: url, encoding: .utf8).matches(of: #/<loc>([^<]*)</loc>/#).map { String($0.output.1) }
        let relative = locs.filter { !$0.hasPrefix(baseURL) }
        return Check(name: "absolute sitemap", passed: !locs.isEmpty && relative.isEmpty, detail: "\(relative.count) of \(locs.count) not under \(baseURL)")
    }

    /// No year before 1000 on the timeline unless an article writes it.
    func timelineYears(_ briefs: [Brief]) throws -> Check {
        let data = try Data(contentsOf: site.appendingPathComponent("timeline.json"))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let events = json?["events"] as? [[String: Any]] ?? []
        let years = Set(events.compactMap { ($0["start_date"] as? [String: Any])?["year"] as? String }.compactMap { Int($0) })
        let unwritten = years.filter { year in
            year < 1000 && !briefs.contains { BriefDefects.writes(year, $0.article) }
        }.sorted()
        let span = years.min().map { "\($0)–\(years.max()!)" } ?? "empty"
        return Check(name: "no timeline year < 1000 unwritten", passed: unwritten.isEmpty, detail: "span \(span)" + (unwritten.isEmpty ? "" : ", unwritten: \(unwritten)"))
    }

    /// A tag that is no word a reader would click: ids, handles, paths, markup, entities.
    static func isJunk(_ tag: String) -> Bool {
        let trimmed = tag.trimmingCharacters(in: .whitespaces)
        guard let first = trimmed.unicodeScalars.first, let last = trimmed.unicodeScalars.last else { return true }
        // A tag of more than eight words is a sentence or a headline, not a topic.
        if trimmed.split(separator: " ").count > 8 || trimmed.count > 70 || !trimmed.contains(where: \.isLetter) { return true }
        if trimmed.contains(where: { "@/\\:;<>{}[]|=_#".contains($0) }) || trimmed.contains(#/(?i)&(#\d+|#x[0-9a-f]+|quot|amp|lt|gt|apos|nbsp)\b/#) {
            return true
        }
        return !(first.properties.isAlphabetic || CharacterSet.decimalDigits.contains(first))
            || !(last.properties.isAlphabetic || CharacterSet.decimalDigits.contains(last) || last == "." || last == ")")
    }
}
