/// Writes a brief as Markdown with YAML front matter holding the article's structured record.
public struct BriefMarkdownWriter: Sendable {
    public init() {}

    public func markdown(_ brief: Brief) throws -> String {
        try markdown(brief, body: body(brief))
    }

    /// The file for `brief` whose `body(_:)` is `body`, made already for another page.
    public func markdown(_ brief: Brief, body: String) throws -> String {
        // Only the bytes written here are read back as UTF-8: the body, most of the file, is
        // a string already and is appended as it is.
        var md = frontMatter(brief).string()
        md.reserveCapacity(md.utf8.count + body.utf8.count)
        md += body
        return md
    }

    /// The UTF-8 bytes of `markdown(_:body:)` for the body made of `head` (`headBytes`) and the
    /// escaped `paragraphs` (`body(head:paragraphs:)`), as the site writes them: the head's
    /// bytes are copied as they are, never read back as a string. The file is written to one
    /// buffer, which the site writes out as it is.
    func markdownBytes(_ brief: Brief, head: ByteBuffer, paragraphs: [String]) -> ByteBuffer {
        let out = frontMatter(brief, roomAfter: paragraphs.reduce(head.count) { $0 + $1.utf8.count + 2 })
        out.append(head)
        for paragraph in paragraphs {
            out.append(paragraph)
            out.append(literal: "\n\n")
        }
        return out
    }

    /// The file before its body: the front matter between "---" lines, and a blank line; with
    /// room for `roomAfter` more bytes.
    private func frontMatter(_ brief: Brief, roomAfter: Int = 0) -> ByteBuffer {
        let out = ByteBuffer(capacity: 16_384 + roomAfter)
        out.append(literal: "---\n")
        BriefFrontMatter.append(brief, to: out)
        out.append(literal: "---\n\n")
        return out
    }

    /// The Markdown after the front matter: headline, meta line, summary and sections.
    public func body(_ brief: Brief) -> String {
        body(brief, figurePhrases: brief.keyFigures.map(BriefText.figurePhrase), eventLabels: brief.timeline.map(BriefText.eventDateLabel))
    }

    /// `body(_:)` with the key figures' `BriefText.figurePhrase`s and the timeline's
    /// `BriefText.eventDateLabel`s made already (a brief's page shows them too).
    public func body(_ brief: Brief, figurePhrases: [String], eventLabels: [String]) -> String {
        body(head: head(brief, figurePhrases: figurePhrases, eventLabels: eventLabels), paragraphs: brief.article.paragraphs.map { MarkdownEscaper.escape($0.text) })
    }

    /// The body whose part before the article's text is `head` (`head(_:figurePhrases:eventLabels:)`)
    /// and whose paragraphs, escaped (`MarkdownEscaper`), are `paragraphs`: each followed by a blank line.
    func body(head: String, paragraphs: [String]) -> String {
        var md = head
        // The article's text is most of the body.
        md.reserveCapacity(paragraphs.reduce(head.utf8.count) { $0 + $1.utf8.count + 2 })
        for paragraph in paragraphs {
            md += paragraph
            md += "\n\n"
        }
        return md
    }

    /// The body before the article's paragraphs: headline, meta line, summary and sections,
    /// then the "Article" heading when the article has paragraphs.
    func head(_ brief: Brief, figurePhrases: [String], eventLabels: [String]) -> String {
        headBytes(brief, figurePhrases: figurePhrases, eventLabels: eventLabels).string()
    }

    /// The UTF-8 bytes of `head(_:figurePhrases:eventLabels:)`.
    func headBytes(_ brief: Brief, figurePhrases: [String], eventLabels: [String]) -> ByteBuffer {
        // Written as bytes, piece by piece: no string is made for a line first.
        var out = BriefHeadMarkdown()
        BriefHead.write(brief, figurePhrases: figurePhrases, eventLabels: eventLabels, to: &out)
        return out.md
    }
}
