/// The YAML front matter of a brief's Markdown file: the brief's record (`ArticleRecord`)
/// without "paragraphs", written straight to bytes by `YAMLFields`.
enum BriefFrontMatter {
    /// Appends the front matter of `brief` (without the "---" lines) to `out`.
    static func append(_ brief: Brief, to out: ByteBuffer) {
        var fields = YAMLFields(writingTo: out)
        ArticleRecord.write(brief.article, brief.extraction, keyQuotes: brief.keyQuotes, paragraphs: false, to: &fields)
    }
}
