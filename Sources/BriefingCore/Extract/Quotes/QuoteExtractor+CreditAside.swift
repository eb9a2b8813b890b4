/// Where a pull-quote credit's name ends when an aside about the person closes the paragraph.
extension QuoteExtractor {
    /// The end of the words a credit after a closing mark at `index` may name: the paragraph's
    /// end (a closing period left out), or the opening bracket or comma of an aside about the
    /// person that runs to that end: "“I’m afraid this is not going to fix the problem,” Sen. Ron
    /// Johnson (R-TX), who was elected by tea party constituents." ends before "(". The aside is
    /// a bracket, then a relative clause opening with "who" or not; anything else after the name
    /// ("…,” Ron Johnson, the senator, said") leaves the paragraph's end, which no credit fits.
    static func creditEnd(_ tokens: [Token], from index: Int) -> Int {
        var end = tokens.count
        // Marks are compared by their byte counts first (`equalsPlainWord`): most tokens are words of other lengths.
        if end > index, tokens[end - 1].text.equalsPlainWord(".") { end -= 1 }
        guard let open = tokens[index..<end].firstIndex(where: { $0.text.equalsPlainWord("(") || $0.text.equalsPlainWord(",") }), open > index else {
            return end
        }
        var k = open
        if tokens[k].text.equalsPlainWord("(") {
            guard let close = tokens[k..<end].firstIndex(where: { $0.text.equalsPlainWord(")") }) else { return end }
            k = close + 1
        }
        if k == end { return open }
        guard k + 1 < end, tokens[k].text.equalsPlainWord(","), tokens[k + 1].text.equalsLowercased("who") else { return end }
        return open
    }
}
