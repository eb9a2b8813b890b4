/// One node of a parsed HTML page as plain Swift values: an element with its attributes and
/// children, or a run of text. Comments, scripts (except JSON-LD) and styles are not kept.
struct HTMLNode: Sendable {
    /// Lower-cased tag name; empty for a text node.
    var name: String
    /// Attribute values by lower-cased name.
    var attributes: [String: String]
    /// The text of a text node; empty for an element.
    var text: String
    var children: [HTMLNode]

    static func element(_ name: String, _ attributes: [String: String] = [:], _ children: [HTMLNode] = []) -> HTMLNode {
        HTMLNode(name: name, attributes: attributes, text: "", children: children)
    }

    static func text(_ text: String) -> HTMLNode {
        HTMLNode(name: "", attributes: [:], text: text, children: [])
    }

    var isText: Bool { name.isEmpty }

    subscript(attribute: String) -> String? { attributes[attribute] }

    /// The `class` and `id` attributes, lower-cased, for boilerplate hints.
    var classAndID: String {
        ((attributes["class"] ?? "") + " " + (attributes["id"] ?? "")).lowercased()
    }

    /// All text below this node, with whitespace runs collapsed to single spaces.
    var textContent: String {
        var raw = ""
        appendText(to: &raw)
        return HTMLText.collapsingWhitespace(raw)
    }

    private func appendText(to raw: inout String) {
        if isText {
            raw += text
            return
        }
        if HTMLText.blockNames.contains(name) || name == "br" { raw += " " }
        for child in children { child.appendText(to: &raw) }
        if HTMLText.blockNames.contains(name) { raw += " " }
    }

    /// Every element below this node (depth first, document order) for which `match` is true.
    func elements(where match: (HTMLNode) -> Bool) -> [HTMLNode] {
        var found: [HTMLNode] = []
        collect(into: &found, match)
        return found
    }

    private func collect(into found: inout [HTMLNode], _ match: (HTMLNode) -> Bool) {
        for child in children where !child.isText {
            if match(child) { found.append(child) }
            child.collect(into: &found, match)
        }
    }
}
