/// Finds who is named as the source of speech in a run of words: the mention next to a cue
/// verb ("Mr. Ahn said", "said the minister", "according to the report", "he added").
struct QuoteAttribution: Equatable {
    /// The words naming the speaker ("Mr. Ahn", "he", "the report").
    var mention: String
    var cue: String

    /// Verbs and phrases that introduce speech.
    static let cues: Set<String> = [
        "said", "says", "say", "added", "adds", "warned", "warns", "told", "tells", "noted", "notes",
        "stressed", "stresses", "wrote", "writes", "asked", "asks", "explained", "explains", "argued",
        "argues", "insisted", "insists", "claimed", "claims", "stated", "states", "declared", "declares",
        "announced", "continued", "emphasized", "emphasised", "urged", "replied", "responded", "remarked",
        "observed", "acknowledged", "admitted", "suggested", "recalled", "predicted", "according", "tweeted",
        "posted", "concluded", "cautioned", "joked", "quipped", "shouted", "yelled", "boasted", "complained",
        "conceded", "contended", "countered", "maintained", "mused", "promised", "pledged", "vowed", "charged",
        "alleged", "called", "described", "reported", "reports", "testified", "wondered", "agreed", "lamented",
        "railed", "blasted", "slammed", "praised", "thundered", "recounted", "texted", "emailed", "recalls",
        "added", "continues", "tells", "asserted", "indicated", "noting", "saying", "adding", "writing",
        "telling", "warning", "arguing", "calling", "describing", "declaring",
    ]

    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]

    /// Lower-case nouns that name a source ("the spokesman said", "officials said").
    static let sourceNouns: Set<String> = [
        "source", "sources", "official", "officials", "spokesman", "spokeswoman", "spokesperson", "aide", "aides",
        "report", "statement", "ministry", "department", "campaign", "government", "agency", "president",
        "minister", "senator", "governor", "candidate", "nominee", "analyst", "analysts", "expert", "experts",
        "researcher", "researchers", "lawmaker", "lawmakers", "police", "prosecutors", "prosecutor", "lawyer",
        "attorney", "documents", "document", "letter", "study", "survey", "poll", "article", "ad", "advertisement",
        "clip", "video", "narrator", "announcer", "piece", "memo", "email", "post", "tweet", "commission",
        "committee", "white", "house", "military", "army", "company", "firm", "group", "organization",
        "director", "chairman", "chief", "leader", "voters", "residents", "critics", "supporters", "witnesses",
        "doctor", "doctors", "businessman", "billionaire", "congressman", "congresswoman", "secretary",
        "administration", "think", "tank", "office", "court", "judge", "board", "council", "union",
    ]

    private static let determiners: Set<String> = ["the", "a", "an", "his", "her", "their", "its", "one", "another"]

    /// Cues whose following noun phrase is the speaker ("said the minister"); after others it is
    /// the listener or the object ("told reporters", "called him").
    private static let inverting: Set<String> = ["said", "says", "added", "adds", "wrote", "writes", "continued", "explained", "noted", "asked", "recalled", "replied", "insisted", "argued", "warned", "stressed", "concluded", "explains", "notes"]

    /// The attribution among `words` (the words of one sentence outside its quotes).
    static func find(in words: [String]) -> QuoteAttribution? {
        for (i, word) in words.enumerated() {
            let lower = word.lowercased()
            guard cues.contains(lower) else { continue }
            if lower == "according" {
                if i + 2 < words.count, words[i + 1].lowercased() == "to", let m = mentionAfter(words, from: i + 2) {
                    return QuoteAttribution(mention: m, cue: "according to")
                }
                continue
            }
            if let m = mentionBefore(words, cueAt: i) { return QuoteAttribution(mention: m, cue: word) }
            if inverting.contains(lower), let m = mentionAfter(words, from: i + 1) { return QuoteAttribution(mention: m, cue: word) }
        }
        return nil
    }

    /// "Mr. Ahn said", "he said", "the source added", "sources said", "Park said in the report".
    private static func mentionBefore(_ words: [String], cueAt cue: Int) -> String? {
        var k = cue
        // Skip an adverb: "Trump later said", "she also said".
        if k > 0, ["also", "later", "then", "further", "again", "once", "previously", "recently", "has", "had", "have", "would", "will"].contains(words[k - 1].lowercased()) { k -= 1 }
        // Skip a parenthetical between the name and the cue: "Rep. Jason Chaffetz (R-Utah) said".
        if k > 0, words[k - 1] == ")", let open = words[..<(k - 1)].lastIndex(of: "("), k - open <= 8 { k = open }
        guard k > 0 else { return nil }
        let previous = words[k - 1]
        if pronouns.contains(previous.lowercased()) { return previous }
        // A run of capitalized words with honorific periods and possessive-free names.
        var j = k
        while j > 0 {
            let w = words[j - 1]
            if isNameWord(w) || (w == "." && j >= 2 && isHonorific(words[j - 2])) { j -= 1; continue }
            break
        }
        if j < k {
            let run = Array(words[j..<k])
            // A sentence-initial capital alone ("Still" etc.) is not a name.
            if run.count == 1, functionWords.contains(run[0].lowercased()) { return nil }
            return join(run)
        }
        // "the source", "a campaign spokesman", "officials".
        var m = k
        while m > 0, m > k - 4, words[m - 1].first?.isLowercase == true, !determiners.contains(words[m - 1].lowercased()),
              !cues.contains(words[m - 1].lowercased()), !clauseWords.contains(words[m - 1]), !words[m - 1].hasSuffix("ing"),
              words[m - 1].count > 1 {
            m -= 1
        }
        if m < k {
            // "Obama's former campaign strategist said": a possessive owner opens the description.
            if m > 0, words[m - 1].hasSuffix("'s") || words[m - 1].hasSuffix("\u{2019}s") { return join(Array(words[(m - 1)..<k])) }
            if sourceNouns.contains(words[k - 1].lowercased()) {
                if m > 0, determiners.contains(words[m - 1].lowercased()) { m -= 1 }
                return join(Array(words[m..<k]))
            }
        }
        return nil
    }

    /// "said Mr. Ahn", "said the minister", "according to the report".
    private static func mentionAfter(_ words: [String], from start: Int) -> String? {
        guard start < words.count else { return nil }
        let first = words[start]
        if pronouns.contains(first.lowercased()) { return first }
        // A name: capitalized words with honorific periods.
        var end = start
        while end < words.count, end - start < 5, isNameWord(words[end]) || (words[end] == "." && end > start && isHonorific(words[end - 1])) {
            end += 1
        }
        if end > start {
            let run = Array(words[start..<end])
            if run.count == 1, functionWords.contains(run[0].lowercased()) { return nil }
            return join(run)
        }
        // A description: "the minister", "a campaign spokesman", "the report".
        guard determiners.contains(first.lowercased()) else { return nil }
        end = start + 1
        while end < words.count, end - start <= 4, let c = words[end].first, c.isLetter {
            if sourceNouns.contains(words[end].lowercased()) { return join(Array(words[start...end])) }
            end += 1
        }
        return nil
    }

    static func isNameWord(_ w: String) -> Bool {
        guard let first = w.first, first.isUppercase else { return false }
        return !functionWords.contains(w.lowercased()) || w.count > 1 && w.dropFirst().contains(where: \.isUppercase)
    }

    static func isHonorific(_ w: String) -> Bool {
        ["mr", "mrs", "ms", "dr", "gov", "sen", "rep", "gen", "adm", "lt", "col", "maj", "capt", "prof", "rev", "st", "jr", "sgt"].contains(w.lowercased())
            || (w.count == 1 && w.first!.isUppercase)
    }

    private static func join(_ words: [String]) -> String {
        var out = ""
        for w in words {
            if w == "." { out += "."; continue }
            if !out.isEmpty { out += " " }
            out += w
        }
        return out
    }

    /// Words that end a description when walking back from a cue ("… in what analysts said").
    private static let clauseWords: Set<String> = [
        "in", "on", "at", "with", "what", "which", "that", "who", "when", "where", "to", "of", "for", "by", "from",
        "and", "or", "but", "as", "than", "is", "was", "are", "were", "has", "have", "had", "be", "been", "not",
    ]

    /// Capitalized at a sentence start, these are not names.
    static let functionWords: Set<String> = [
        "the", "a", "an", "but", "and", "or", "so", "still", "yet", "in", "on", "at", "as", "if", "when", "while",
        "after", "before", "this", "that", "these", "those", "there", "then", "now", "today", "yesterday",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "however", "meanwhile",
        "also", "last", "earlier", "later", "speaking", "asked", "for", "with", "without", "by", "from", "of",
        "to", "it", "its", "we", "i", "he", "she", "they", "his", "her", "their", "our", "my", "your", "you",
        "what", "why", "how", "who", "where", "which", "since", "because", "although", "though", "even",
        "instead", "here", "such", "many", "some", "most", "all", "no", "not", "one", "two", "first",
    ]
}
