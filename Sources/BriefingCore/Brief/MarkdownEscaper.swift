/// Makes plain text safe to embed in Markdown: every character cmark could read as markup is
/// backslash-escaped, so the text renders exactly as written.
public enum MarkdownEscaper {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "!", "|", "~", "&", "{", "}"]

    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        for c in text {
            if special.contains(c) { out.append("\\") }
            out.append(c)
        }
        // A line that starts like a list item or heading would become one.
        if let first = out.first, first == "-" || first == "+" || first == "=" { out.insert("\\", at: out.startIndex) }
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex, out[dot] == "." || out[dot] == ")" {
            out.insert("\\", at: dot)
        }
        return out
    }
}
