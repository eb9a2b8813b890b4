/// A page body flattened for scoring: its block elements with parent links, and its text as
/// runs (maximal stretches of inline text inside one block), both in document order.
struct ContentTree {
    struct Block {
        var name: String
        var classAndID: String
        var parent: Int?
        /// The class/id says chrome (see `BoilerplateHints.isUnlikely`).
        var unlikely = false
        /// Runs `runs[firstRun..<endRun]` lie inside this block or its descendants.
        var firstRun = 0
        var endRun = 0
        var images = 0
        var paragraphs = 0
        var listItems = 0
        var textLength = 0
        var linkLength = 0
        var commas = 0

        var linkDensity: Double { textLength == 0 ? 0 : Double(linkLength) / Double(textLength) }
    }

    struct Run {
        /// The innermost block holding the run.
        var block: Int
        let text: String
        /// `text.count`, counted once: scoring and cleaning read it for every run, many times.
        let length: Int
        var linkLength: Int
    }

    private(set) var blocks: [Block] = []
    private(set) var runs: [Run] = []

    private static let inlineNames: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
        "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
        "wbr", "label", "del", "ins", "nobr", "big", "tt", "strike", "picture",
    ]

    /// Flattens `root`, leaving out chrome by tag, role and visibility. With `pruneUnlikely`,
    /// also blocks whose class/id names chrome — unless they hold half the page's text or more
    /// (a wrapper like `<div class="has-sidebar">`) and are not a comment thread.
    init(_ root: HTMLNode, pruneUnlikely: Bool) {
        var buffer = ""
        var linkChars = 0
        blocks.append(Block(name: root.name, classAndID: root.classAndID, parent: nil))
        walkChildren(of: root, block: 0, pruneUnlikely: pruneUnlikely, inLink: false, buffer: &buffer, linkChars: &linkChars)
        flush(block: 0, &buffer, &linkChars)
        blocks[0].endRun = runs.count
        if pruneUnlikely { dropUnlikelyBlocks() }
        totalUp()
    }

    private mutating func walkChildren(of node: HTMLNode, block: Int, pruneUnlikely: Bool, inLink: Bool, buffer: inout String, linkChars: inout Int) {
        for child in node.children {
            if child.isText {
                buffer += child.text
                if inLink { linkChars += HTMLText.collapsingWhitespace(child.text).count }
                continue
            }
            if BoilerplateHints.isChrome(child) { continue }
            let unlikely = pruneUnlikely && BoilerplateHints.isUnlikely(child)
            switch child.name {
            case "br", "hr":
                flush(block: block, &buffer, &linkChars)
            case "img":
                blocks[block].images += 1
            case _ where Self.inlineNames.contains(child.name):
                guard !unlikely else { continue }
                walkChildren(of: child, block: block, pruneUnlikely: pruneUnlikely, inLink: inLink || child.name == "a", buffer: &buffer, linkChars: &linkChars)
            default:
                flush(block: block, &buffer, &linkChars)
                let index = blocks.count
                blocks.append(Block(name: child.name, classAndID: child.classAndID, parent: block, unlikely: unlikely, firstRun: runs.count))
                if child.name == "p" { blocks[block].paragraphs += 1 }
                if child.name == "li" { blocks[block].listItems += 1 }
                var inner = "", innerLinks = 0
                walkChildren(of: child, block: index, pruneUnlikely: pruneUnlikely, inLink: inLink || child.name == "a", buffer: &inner, linkChars: &innerLinks)
                flush(block: index, &inner, &innerLinks)
                blocks[index].endRun = runs.count
            }
        }
    }

    /// Removes the runs of unlikely blocks that are not page-wide wrappers, keeping run ranges
    /// consistent.
    private mutating func dropUnlikelyBlocks() {
        var lengthBefore = [0]
        for run in runs { lengthBefore.append(lengthBefore.last! + run.length) }
        let total = lengthBefore.last!
        var dropped = [Bool](repeating: false, count: blocks.count)
        for (i, block) in blocks.enumerated() {
            let length = lengthBefore[block.endRun] - lengthBefore[block.firstRun]
            let wrapper = length * 2 >= total && !BoilerplateHints.isDiscussion(block.classAndID)
            dropped[i] = (block.parent.map { dropped[$0] } ?? false) || (block.unlikely && !wrapper)
        }
        var keptBefore = [0]
        for run in runs { keptBefore.append(keptBefore.last! + (dropped[run.block] ? 0 : 1)) }
        for i in blocks.indices {
            blocks[i].firstRun = keptBefore[blocks[i].firstRun]
            blocks[i].endRun = keptBefore[blocks[i].endRun]
        }
        runs.removeAll { dropped[$0.block] }
    }

    private mutating func flush(block: Int, _ buffer: inout String, _ linkChars: inout Int) {
        let text = HTMLText.collapsingWhitespace(buffer)
        if !text.isEmpty {
            let length = text.count
            runs.append(Run(block: block, text: text, length: length, linkLength: min(linkChars, length)))
        }
        buffer = ""
        linkChars = 0
    }

    /// Adds each run's counts to its block and every ancestor; and counts nested p/li/img.
    private mutating func totalUp() {
        for run in runs {
            let commas = run.text.unicodeScalars.filter { $0 == "," || $0 == "\u{FF0C}" || $0 == "\u{3001}" }.count
            var index: Int? = run.block
            while let i = index {
                blocks[i].textLength += run.length
                blocks[i].linkLength += run.linkLength
                blocks[i].commas += commas
                index = blocks[i].parent
            }
        }
        for i in blocks.indices.reversed() {
            guard let parent = blocks[i].parent, parent != i else { continue }
            blocks[parent].images += blocks[i].images
            blocks[parent].paragraphs += blocks[i].paragraphs
            blocks[parent].listItems += blocks[i].listItems
        }
    }
}
