/// Names and abbreviations of countries. A country is where something happens, not who
/// speaks: "the US said" hides the government, ministry or official the reader needs.
enum CountryNames {
    /// True for a country's name or abbreviation, with or without periods and a leading
    /// article: "US", "U.S.", "U. S.", "South Korea", "the Netherlands".
    static func isCountry(_ mention: String) -> Bool {
        // One word without periods (most calls) needs no splitting or joining.
        if !mention.utf8.contains(where: { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: ".") }) {
            guard !mention.isEmpty else { return false }
            let found = abbreviationFilter.mayContain(mention) && abbreviations.contains(mention)
                || nameFilter.mayContain(mention) && names.containsLowercased(mention)
            return found && mention.lowercased() != "the"
        }
        if let plain = plainMultiWordName(mention) { return plain }
        var words = mention.split(atASCII: 0x20).map(String.init)
        if let first = words.first, first.lowercased() == "the" { words.removeFirst() }
        guard !words.isEmpty else { return false }
        let joined = words.joined()
        // ASCII text (nearly all) loses its periods byte by byte, without bridging to NSString.
        let compact = joined.utf8.allSatisfy({ $0 < 0x80 }) ? UTF8Scan.replacing(".", with: "", in: joined) : joined.replacingOccurrences(of: ".", with: "")
        if abbreviationFilter.mayContain(compact), abbreviations.contains(compact) { return true }
        let name = words.joined(separator: " ")
        return nameFilter.mayContain(name) && names.containsLowercased(name)
    }

    /// `isCountry` of a mention of ASCII words with single spaces, no period and no leading
    /// "the", whose letters are too many for an abbreviation (most names of people): the name
    /// to look up is the mention itself. Nil for other mentions.
    private static func plainMultiWordName(_ mention: String) -> Bool? {
        let plain = UTF8Scan.withBytes(mention) { bytes -> Bool in
            guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
            var letters = 0
            for k in bytes.indices {
                let b = bytes[k]
                if b >= 0x80 || b == 0x2E || b == 0x20 && bytes[k - 1] == 0x20 { return false }
                if b != 0x20 { letters += 1 }
            }
            // No leading article ("the " in any case).
            let article = bytes.count > 4 && bytes[0] | 0x20 == 0x74 && bytes[1] | 0x20 == 0x68 && bytes[2] | 0x20 == 0x65 && bytes[3] == 0x20
            return letters > 4 && !article
        }
        guard plain else { return nil }
        return nameFilter.mayContain(mention) && names.containsLowercased(mention)
    }

    /// Abbreviations, periods removed.
    static let abbreviations: LexiconSet = ["US", "USA", "UK", "GB", "UAE", "ROK", "DPRK", "PRC", "RF", "DRC", "NZ"]

    /// Rule out most single words before the sets are searched.
    private static let abbreviationFilter = WordLengthFilter(abbreviations)
    private static let nameFilter = WordLengthFilter(names)

    /// Country names in lower case, short and long forms.
    static let names: LexiconSet = [
        "afghanistan", "albania", "algeria", "andorra", "angola", "argentina", "armenia", "australia", "austria",
        "azerbaijan", "bahamas", "bahrain", "bangladesh", "barbados", "belarus", "belgium", "belize", "benin",
        "bhutan", "bolivia", "bosnia", "botswana", "brazil", "brunei", "bulgaria", "burkina faso", "burma", "burundi",
        "cambodia", "cameroon", "canada", "chad", "chile", "china", "colombia", "congo", "costa rica", "croatia",
        "cuba", "cyprus", "czech republic", "czechia", "denmark", "djibouti", "dominican republic", "ecuador", "egypt",
        "el salvador", "eritrea", "estonia", "eswatini", "ethiopia", "fiji", "finland", "france", "gabon", "gambia",
        "georgia", "germany", "ghana", "greece", "grenada", "guatemala", "guinea", "guyana", "haiti", "honduras",
        "hungary", "iceland", "india", "indonesia", "iran", "iraq", "ireland", "israel", "italy", "ivory coast",
        "jamaica", "japan", "jordan", "kazakhstan", "kenya", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia",
        "lebanon", "lesotho", "liberia", "libya", "liechtenstein", "lithuania", "luxembourg", "madagascar", "malawi",
        "malaysia", "maldives", "mali", "malta", "mauritania", "mauritius", "mexico", "moldova", "monaco", "mongolia",
        "montenegro", "morocco", "mozambique", "myanmar", "namibia", "nepal", "netherlands", "new zealand",
        "nicaragua", "niger", "nigeria", "north korea", "north macedonia", "norway", "oman", "pakistan", "palestine",
        "panama", "papua new guinea", "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania",
        "russia", "rwanda", "saudi arabia", "senegal", "serbia", "sierra leone", "singapore", "slovakia", "slovenia",
        "somalia", "south africa", "south korea", "south sudan", "spain", "sri lanka", "sudan", "suriname", "sweden",
        "switzerland", "syria", "taiwan", "tajikistan", "tanzania", "thailand", "togo", "trinidad and tobago",
        "tunisia", "turkey", "türkiye", "turkmenistan", "uganda", "ukraine", "united arab emirates",
        "united kingdom", "united states", "united states of america", "america", "britain", "great britain",
        "england", "scotland", "wales", "uruguay", "uzbekistan", "venezuela", "vietnam", "yemen", "zambia",
        "zimbabwe", "korea", "the united states",
    ]
}
