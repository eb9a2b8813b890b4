/// Names of news outlets and the wire-service tags used in datelines.
enum OutletNames {
    /// Canonical outlet for a dateline tag or a masthead line, when it is one.
    static func canonical(_ text: String) -> String? {
        // The longest names are six short words.
        guard text.utf8.count <= 120 else { return nil }
        let t = text.trimmingCharacters(in: .whitespaces)
        if let known = tags[t.lowercased()] { return known }
        let words = t.split(separator: " ")
        guard (2...6).contains(words.count), words.allSatisfy({ $0.first?.isUppercase == true || $0 == "of" || $0 == "the" }) else {
            return nil
        }
        if let last = words.last, mastheadNouns.contains(last.lowercased()) { return t }
        return nil
    }

    static func isOutlet(_ text: String) -> Bool { canonical(text) != nil }

    private static let tags: [String: String] = [
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

    private static let mastheadNouns: Set<String> = [
        "herald", "times", "post", "news", "journal", "tribune", "guardian", "telegraph", "gazette",
        "daily", "observer", "chronicle", "independent", "express", "monitor", "economist", "wire",
        "bizwire", "agency", "press", "star", "sun", "mail", "standard", "review", "inquirer",
    ]
}
