/// Reads the paragraphs of the chosen content blocks, leaving out what Readability's
/// conditional cleaning would: link lists, image galleries, blocks with negative class hints
/// and little prose, and lines of sharing or subscription chrome.
struct ContentCleaner {
    let tree: ContentTree
    let scores: [Double?]

    /// Containers checked for low content before their text is kept.
    private static let checkedNames: Set<String> = ["div", "section", "ul", "ol", "table", "dl", "span", "center"]

    /// The kept text of the `chosen` blocks: `top`, where the article was found, and its siblings.
    func paragraphs(in chosen: [Int], top: Int) -> [String] {
        var dropped = droppedBlocks()
        for group in headlineGroups(in: chosen, top: top) { dropped[group] = true }
        var out: [String] = []
        for top in chosen {
            let block = tree.blocks[top]
            for run in tree.runs[block.firstRun..<block.endRun] where keep(run, below: top, dropped) {
                out.append(run.text)
            }
        }
        return out
    }

    private func keep(_ run: ContentTree.Run, below top: Int, _ dropped: [Bool]) -> Bool {
        var index = run.block
        while true {
            if dropped[index] { return false }
            guard index != top, let parent = tree.blocks[index].parent else { break }
            index = parent
        }
        if tree.blocks[run.block].name == "h1" { return false }
        if run.length < 300, BoilerplateHints.namesStoryFurniture(tree.blocks[run.block].classAndID) { return false }
        // Link lines ("Profile: …", "Read: …"), not prose that happens to carry links.
        let links = Double(run.linkLength) / Double(max(1, run.length))
        if links >= 0.8 || (links > 0.5 && run.length < 80) { return false }
        if LineClassifier.endsWithPhotoCredit(run.text) || LineClassifier.isClockTime(run.text) || LineClassifier.isAgencySignOff(run.text)
            || LineClassifier.isReporterAddress(run.text) {
            return false
        }
        return !LineClassifier.isJunk(run.text) && !LineClassifier.isImageFileName(run.text)
    }

    /// Per block: true when the block and all it holds is left out.
    private func droppedBlocks() -> [Bool] {
        let headings = headingLengths()
        return tree.blocks.indices.map { i in
            let block = tree.blocks[i]
            guard Self.checkedNames.contains(block.name) else { return false }
            let weight = BoilerplateHints.classWeight(block.classAndID)
            if weight + (scores[i] ?? 0) < 0 { return true }
            guard block.commas < 10 else { return false }
            let density = block.linkDensity
            if weight < 25 && density > 0.2 && block.textLength < 500 { return true }
            if density > 0.5 { return true }
            if block.images > 2 && block.images > block.paragraphs && block.textLength < 200 { return true }
            let isList = block.name == "ul" || block.name == "ol"
            // A box with a label's worth of text that is not a heading: "Anzeige", "Publicidad",
            // "Comments (42)" (Readability's content-length rule).
            if !isList && block.textLength > 0 && block.textLength < 25 && headings[i] * 10 < block.textLength * 9
                && (block.images == 0 || block.images > 2) {
                return true
            }
            if !isList && block.listItems > block.paragraphs * 2 + 2 && block.textLength < 300 && density > 0.1 { return true }
            return false
        }
    }

    /// Chosen blocks, or blocks inside them, other than `top` that hold the `<h1>` headline and
    /// little else: the story's header with its kicker, deck, byline and date ("article-hero").
    private func headlineGroups(in chosen: [Int], top: Int) -> [Int] {
        tree.blocks.indices.compactMap { i in
            guard tree.blocks[i].name == "h1", let group = tree.blocks[i].parent, group != top,
                  chosen.contains(where: { $0 == group || isInside(group, $0) }) else { return nil }
            let block = tree.blocks[group]
            // A lead paragraph beside the headline makes the group part of the story.
            let holdsProse = tree.runs[block.firstRun..<block.endRun].contains { $0.length >= Self.leadLength }
            return block.textLength - tree.blocks[i].textLength < Self.headerGroupLength && !holdsProse ? group : nil
        }
    }

    /// At most this many characters besides the headline make a header group.
    private static let headerGroupLength = 250
    /// A run this long is a paragraph of the story, not a deck.
    private static let leadLength = 120

    private func isInside(_ block: Int, _ ancestor: Int) -> Bool {
        var index = tree.blocks[block].parent
        while let i = index {
            if i == ancestor { return true }
            index = tree.blocks[i].parent
        }
        return false
    }

    /// Per block: characters of heading text (`<h1>`–`<h6>`) inside it.
    private func headingLengths() -> [Int] {
        var lengths = [Int](repeating: 0, count: tree.blocks.count)
        for run in tree.runs where ["h1", "h2", "h3", "h4", "h5", "h6"].contains(tree.blocks[run.block].name) {
            var index: Int? = run.block
            while let i = index {
                lengths[i] += run.length
                index = tree.blocks[i].parent
            }
        }
        return lengths
    }
}
