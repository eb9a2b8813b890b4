/// Finds the main text of a web page, Readability-style: text runs vote for the containers
/// that hold them (more for long, comma-rich prose), votes are discounted by link density and
/// boosted or cut by class/id hints, the best container and its prose-like siblings are kept,
/// and link lists, share bars and other low-content blocks inside them are dropped.
struct MainContentExtractor {
    /// Text runs shorter than this do not vote.
    private static let minimumRunLength = 25
    /// Below this many characters the result is retried without class/id pruning.
    private static let minimumArticleLength = 250

    /// The article's paragraphs (headings included, the `<h1>` title excluded), in order.
    func paragraphs(in page: HTMLNode) -> [String] {
        let body = page.elements { $0.name == "body" }.first ?? page
        let found = paragraphs(in: ContentTree(body, pruneUnlikely: true))
        if found.reduce(0, { $0 + $1.count }) >= Self.minimumArticleLength { return found }
        let relaxed = paragraphs(in: ContentTree(body, pruneUnlikely: false))
        // Only when pruning lost the story, not when it dropped a caption from a short one.
        return relaxed.reduce(0, { $0 + $1.count }) > found.reduce(0, { $0 + $1.count }) * 2 ? relaxed : found
    }

    private func paragraphs(in tree: ContentTree) -> [String] {
        let (scores, votes) = score(tree)
        guard let top = scores.indices.filter({ scores[$0] != nil }).max(by: { scores[$0]! < scores[$1]! }) else {
            return []
        }
        let unified = richerAncestor(of: unifyingSplitContent(top, tree, scores, votes), tree, votes)
        let chosen = withSiblings(unified, tree, scores, votes)
        return ContentCleaner(tree: tree, scores: scores).paragraphs(in: chosen, top: unified)
    }

    /// Each run of prose adds 1 + commas + one point per 100 characters (at most 3) to its
    /// container, half of that to the next ancestor and a third per level above, up to five
    /// levels; final scores are scaled by (1 − link density).
    private func score(_ tree: ContentTree) -> (scores: [Double?], votes: [Double]) {
        var scores = [Double?](repeating: nil, count: tree.blocks.count)
        var votes = [Double](repeating: 0, count: tree.blocks.count)
        for run in tree.runs where run.length >= Self.minimumRunLength {
            let block = tree.blocks[run.block]
            guard let first = firstScored(run.block, block) else { continue }
            let commas = run.text.unicodeScalars.filter { $0 == "," || $0 == "\u{FF0C}" || $0 == "\u{3001}" }.count
            let points = 1 + Double(commas) + Double(min(run.length / 100, 3))
            var index: Int? = first
            var level = 0
            while let i = index, level < 5 {
                if scores[i] == nil {
                    scores[i] = BoilerplateHints.tagWeight(tree.blocks[i].name) + BoilerplateHints.classWeight(tree.blocks[i].classAndID)
                }
                let share = points / (level == 0 ? 1 : level == 1 ? 2 : Double(level * 3))
                scores[i]! += share
                votes[i] += share
                index = tree.blocks[i].parent
                level += 1
            }
        }
        for i in scores.indices where scores[i] != nil {
            scores[i]! *= 1 - tree.blocks[i].linkDensity
            votes[i] *= 1 - tree.blocks[i].linkDensity
        }
        return (scores, votes)
    }

    /// The block a run's votes start at: the parent of a paragraph-like block, the block itself
    /// for a division holding loose text, nothing for headings, list items and the like.
    private func firstScored(_ index: Int, _ block: ContentTree.Block) -> Int? {
        switch block.name {
        case "p", "pre", "td", "blockquote": return block.parent
        case "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "th", "ul", "ol", "dl", "table", "tr", "tbody", "body", "html":
            return nil
        default: return index
        }
    }

    /// Moves up from `top` to the nearest ancestor that also holds other candidates scoring at
    /// least half of it: an article split into several containers ("chunks"). Together those
    /// rivals must hold a quarter of top's votes, so that a class name alone ("entry-hero",
    /// "slot-body-end") on a block with a line of text makes no rival.
    private func unifyingSplitContent(_ top: Int, _ tree: ContentTree, _ scores: [Double?], _ votes: [Double]) -> Int {
        let topScore = scores[top] ?? 0
        let candidates = scores.indices.filter { i in
            guard i != top, let s = scores[i], s >= topScore * 0.5 else { return false }
            return !isAncestor(i, of: top, tree) && !isAncestor(top, of: i, tree)
        }
        // Outermost rivals only, so that nested ones are not counted twice.
        let rivals = candidates.filter { i in !candidates.contains { isAncestor($0, of: i, tree) } }
        guard !rivals.isEmpty else { return top }
        var ancestor = tree.blocks[top].parent
        while let a = ancestor, tree.blocks[a].name != "body" {
            let held = rivals.filter { isAncestor(a, of: $0, tree) }.reduce(0) { $0 + votes[$1] }
            if held >= votes[top] * 0.25 { return a }
            ancestor = tree.blocks[a].parent
        }
        return top
    }

    /// Walks up from `top` while ancestors keep at least a third of its prose votes, and moves
    /// to the first one that has more votes than the block below it and holds lead paragraphs
    /// of its own before that block: the article's container, whose first paragraphs sit in it
    /// directly, above an inner block with the rest of the story ("read-more-content"). Votes,
    /// not scores: a class word ("content") on the inner block says nothing about its parent.
    private func richerAncestor(of top: Int, _ tree: ContentTree, _ votes: [Double]) -> Int {
        var last = votes[top]
        let floor = last / 3
        var branch = top
        while let a = tree.blocks[branch].parent, tree.blocks[a].name != "body" {
            if votes[a] < floor { break }
            if votes[a] > last && leadProseLength(in: a, before: branch, tree) >= Self.minimumLeadLength { return a }
            last = votes[a]
            branch = a
        }
        return top
    }

    /// At least this many characters of paragraphs must precede the inner block.
    private static let minimumLeadLength = 200

    /// Characters of prose in `<p>` children of `parent` that come before its child `branch`.
    private func leadProseLength(in parent: Int, before branch: Int, _ tree: ContentTree) -> Int {
        tree.blocks.indices[(parent + 1)..<branch].reduce(0) { total, i in
            let block = tree.blocks[i]
            guard block.parent == parent, block.name == "p", block.textLength >= 80, block.linkDensity < 0.25 else { return total }
            return total + block.textLength
        }
    }

    private func isAncestor(_ a: Int, of b: Int, _ tree: ContentTree) -> Bool {
        var index = tree.blocks[b].parent
        while let i = index {
            if i == a { return true }
            index = tree.blocks[i].parent
        }
        return false
    }

    /// The top block plus siblings that look like part of the same article.
    private func withSiblings(_ top: Int, _ tree: ContentTree, _ scores: [Double?], _ votes: [Double]) -> [Int] {
        guard let parent = tree.blocks[top].parent else { return [top] }
        let topScore = scores[top] ?? 0
        let threshold = max(10, topScore * 0.2)
        let topClass = tree.blocks[top].classAndID.trimmingSpaces()
        return tree.blocks.indices.filter { i in
            guard tree.blocks[i].parent == parent else { return false }
            if i == top { return true }
            let sibling = tree.blocks[i]
            var bonus = 0.0
            if !topClass.isEmpty && sibling.classAndID.trimmingSpaces() == topClass { bonus = topScore * 0.2 }
            // Votes as well as score: a sibling's class name alone ("slot-body-end") does not join it.
            if let s = scores[i], s + bonus >= threshold, bonus > 0 || votes[i] >= votes[top] * 0.2 { return true }
            guard sibling.name == "p" else { return false }
            let text = tree.runs[sibling.firstRun..<sibling.endRun].map(\.text).joined(separator: " ")
            if text.count > 80 && sibling.linkDensity < 0.25 { return true }
            return text.count > 0 && sibling.linkDensity == 0 && text.hasSuffix(".")
        }
    }
}
