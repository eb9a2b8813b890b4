/// Reads the paragraphs of the chosen content blocks, leaving out what Readability's
/// conditional cleaning would: link lists, image galleries, blocks with negative class hints
/// and little prose, and lines of sharing or subscription chrome.
struct ContentCleaner {
    let tree: ContentTree
    let scores: [Double?]

    /// Containers checked for low content before their text is kept.
    private static let checkedNames: Set<String> = ["div", "section", "ul", "ol", "table", "dl", "span", "center"]

    func paragraphs(in chosen: [Int]) -> [String] {
        let dropped = droppedBlocks()
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
        // Link lines ("Profile: …", "Read: …"), not prose that happens to carry links.
        let links = Double(run.linkLength) / Double(max(1, run.text.count))
        if links >= 0.8 || (links > 0.5 && run.text.count < 80) { return false }
        if LineClassifier.endsWithPhotoCredit(run.text) { return false }
        return !LineClassifier.isJunk(run.text) && !LineClassifier.isImageFileName(run.text)
    }

    /// Per block: true when the block and all it holds is left out.
    private func droppedBlocks() -> [Bool] {
        tree.blocks.indices.map { i in
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
            if !isList && block.listItems > block.paragraphs * 2 + 2 && block.textLength < 300 && density > 0.1 { return true }
            return false
        }
    }
}
