import Foundation

/// A new Markdown article with front matter (`briefing new "Headline"`).
public enum ArticleDraft {
    /// The file text for an article titled `title`, dated `date`.
    public static func text(title: String, date: CalendarDate) -> String {
        let escaped = title.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        return """
            ---
            title: "\(escaped)"
            date: \(date)
            authors: []
            tags: []
            ---
            Write or paste the article here.

            """
    }

    /// Writes the draft as `<folder>/<slug>.md`; refuses to overwrite an existing file.
    public static func create(title: String, date: CalendarDate, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(Slug.make(title) + ".md")
        guard !FileManager.default.fileExists(atPath: url.path) else {
            throw BriefingError(stage: .new, file: url.path, message: "file exists; choose another headline or edit that file")
        }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(text(title: title, date: date).utf8).write(to: url, options: .withoutOverwriting)
        return url
    }
}
