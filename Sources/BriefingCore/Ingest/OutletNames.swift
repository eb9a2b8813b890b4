/// Names of news outlets and the wire-service tags used in datelines.
enum OutletNames {
    /// Canonical outlet for a dateline tag or a masthead line, when it is one.
    static func canonical(_ text: String) -> String? {
        // The longest names are six short words.
        guard text.utf8.count <= 120, !hasMoreThanSixWords(text) else { return nil }
        let t = text.trimmingSpaces()
        // Nearly every text asked about is ASCII, and its lower-case form its folded bytes: the
        // tag is looked up by them and the last word tested before any string is made.
        switch FoldedText.withFolded(t, asciiVerdict) {
        case .tag(let tag): return tag
        case .none: return nil
        case .undecided: break
        }
        if let known = tags[t.lowercased()] { return known }
        let words = t.split(atASCII: 0x20)
        guard (2...6).contains(words.count), words.allSatisfy({ $0.startsWithUppercase || $0 == "of" || $0 == "the" }) else {
            return nil
        }
        if let last = words.last, mastheadNouns.contains(last.lowercased()) { return t }
        return nil
    }

    static func isOutlet(_ text: String) -> Bool { canonical(text) != nil }

    /// What the folded bytes of an ASCII text tell `canonical`.
    private enum Verdict {
        /// The text is this tag.
        case tag(String)
        /// The text names no outlet: it is no tag, and its last word no masthead noun.
        case none
        /// A text past ASCII, or one whose last word is a masthead noun: its words decide.
        case undecided
    }

    /// `canonical`'s answer from the folded bytes of a trimmed text, when they give it: a
    /// tag when they are one, and none when the text's last word (after its last space, as
    /// the text ends with no space) is no masthead noun, which every masthead ends with.
    private static func asciiVerdict(_ folded: UnsafeBufferPointer<UInt8>) -> Verdict {
        guard let hash = ASCIIWordHash.of(folded) else { return .undecided }
        if let tag = tags[ascii: folded, hash: hash] { return .tag(tag) }
        let lastWord = folded.lastIndex(of: 0x20).map { folded.index(after: $0) } ?? folded.startIndex
        return mastheadNouns.contains(ascii: UnsafeBufferPointer(rebasing: folded[lastWord...])) ? .undecided : .none
    }

    /// Whether `text` surely splits into seven words or more at " ": it has six spaces or more
    /// between two ASCII non-space bytes (each such space separates two characters). Neither a
    /// tag nor a masthead is that long, so prose lines skip the trimming and splitting.
    private static func hasMoreThanSixWords(_ text: String) -> Bool {
        UTF8Scan.withBytes(text) { bytes in
            guard bytes.count > 12 else { return false }
            var separators = 0
            for i in 1..<(bytes.count - 1) where bytes[i] == 0x20 {
                let before = bytes[i - 1], after = bytes[i + 1]
                if before < 0x80, after < 0x80, before != 0x20, after != 0x20, before &- 0x09 >= 5, after &- 0x09 >= 5 {
                    separators += 1
                    if separators == 6 { return true }
                }
            }
            return false
        }
    }

    /// Wire and outlet tags by their lower-case form.
    static let tags: LexiconMap<String> = [
        "ap": "AP", "associated press": "AP", "the associated press": "AP", "reuters": "Reuters",
        "afp": "AFP", "agence france-presse": "AFP", "yonhap": "Yonhap", "yonhap news agency": "Yonhap",
        "korea bizwire": "Korea Bizwire", "upi": "UPI", "bloomberg": "Bloomberg", "xinhua": "Xinhua",
        "kyodo": "Kyodo", "dpa": "dpa", "efe": "EFE", "ians": "IANS", "pti": "PTI", "ani": "ANI",
        "cnn": "CNN", "bbc": "BBC", "bbc news": "BBC News", "npr": "NPR", "al jazeera": "Al Jazeera",
        "the guardian": "The Guardian", "guardian": "The Guardian", "nikkei": "Nikkei", "tass": "TASS",
        "kcna": "KCNA", "nk news": "NK News", "newsis": "Newsis", "news1": "News1",
        "the korea herald": "The Korea Herald", "korea herald": "The Korea Herald",
        "the korea times": "The Korea Times", "korea joongang daily": "Korea JoongAng Daily",
        "the new york times": "The New York Times", "the washington post": "The Washington Post",
    ]

    /// The last words of mastheads ("The Korea Herald"), in lower case.
    static let mastheadNouns: LexiconSet = [
        "herald", "times", "post", "news", "journal", "tribune", "guardian", "telegraph", "gazette",
        "daily", "observer", "chronicle", "independent", "express", "monitor", "economist", "wire",
        "bizwire", "agency", "press", "star", "sun", "mail", "standard", "review", "inquirer",
    ]
}

extension OutletNames {
    /// The outlet to show for a page's site name: a name as written (the first part of
    /// "Autoracing | F1 | Indy"), and a link ("https://www.example.com/") as `siteName` when
    /// that is a name, else as its bare host ("example.com").
    static func displayName(_ outlet: String, siteName: String? = nil) -> String {
        guard let host = host(of: outlet) else {
            let first = outlet.components(separatedBy: " | ").first ?? outlet
            return first.trimmingSpaces().isEmpty ? outlet : first.trimmingSpaces()
        }
        if let siteName, Self.host(of: siteName) == nil, !siteName.trimmingSpaces().isEmpty {
            return displayName(siteName)
        }
        return host
    }

    /// The host of a link without "www." ("https://www.example.com/a", "www.example.com" →
    /// "example.com"), or nil when `text` is not a link.
    static func host(of text: String) -> String? {
        var rest = Substring(text.trimmingSpaces())
        if let scheme = rest.range(of: "://") {
            guard ["http", "https"].contains(rest[..<scheme.lowerBound].lowercased()) else { return nil }
            rest = rest[scheme.upperBound...]
        } else if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
        } else if !rest.lowercased().hasPrefix("www.") {
            // "MacRumors.com" is a name written as a host; it is kept as written.
            return nil
        }
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }.lowercased()
        guard host.contains("."), !host.contains(" "), host.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" }) else { return nil }
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }
}
