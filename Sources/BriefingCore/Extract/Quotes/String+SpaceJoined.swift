extension Collection where Element == String {
    /// `joined(separator: " ")`, appended word by word: the library's generic `joined` costs
    /// several times as much on the few words of a mention (a space between every two words,
    /// empty ones too, as it puts them).
    var joinedBySpaces: String {
        var out = ""
        var first = true
        for word in self {
            if !first { out.append(" ") }
            out.append(word)
            first = false
        }
        return out
    }
}
