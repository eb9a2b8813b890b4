import Foundation

/// Renders every file of the site into memory, keyed by path relative to the output folder.
struct SitePages {
    var templates: TemplateLibrary
    var baseURL: String?

    func render(_ briefs: [Brief]) throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        func put(_ path: String, _ text: String) { files[path] = Array(text.utf8) }
        put("index.html", try page("index", IndexPage.context(briefs), title: "Briefings", root: "", path: "index.html"))
        put("timeline.html", try page("timeline", TimelinePage.context(briefs), title: "Timeline", root: "", path: "timeline.html"))
        for (i, brief) in briefs.enumerated() {
            let previous = i + 1 < briefs.count ? briefs[i + 1] : nil
            let next = i > 0 ? briefs[i - 1] : nil
            let slug = brief.article.slug
            put("briefs/\(slug).html", try page("brief", BriefPage.context(brief, previous: previous, next: next), title: brief.article.title, root: "../", path: "briefs/\(slug).html"))
            put("briefs/\(slug).md", try BriefMarkdownWriter().markdown(brief))
        }
        for (path, bytes) in templates.assets { files[path] = bytes }
        return files
    }

    /// Renders `template` with `context`, then wraps it in the layout.
    private func page(_ template: String, _ context: [String: Any], title: String, root: String, path: String) throws -> String {
        var context = context
        context["root"] = root
        let content = try templates.render(template, context)
        var layout: [String: Any] = ["title": title, "root": root, "content": content]
        if let baseURL { layout["canonical"] = baseURL.hasSuffix("/") ? baseURL + path : baseURL + "/" + path }
        return try templates.render("layout", layout)
    }
}
