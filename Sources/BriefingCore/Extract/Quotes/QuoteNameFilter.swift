/// Tells quoted names of things from speech: "so-called “hermit regime”", "on CBS’s “Face
/// the Nation”", "the documentary “13th”".
enum QuoteNameFilter {
    /// Words before a quote that mark it as a name or a title, not speech.
    static let nameMarkers: LexiconSet = ["so-called", "titled", "entitled", "nicknamed", "dubbed", "hashtag", "headlined", "dub", "nickname", "moniker"]

    /// Words before a title-case quote that make it the title of a show, book or work.
    static let titleContext: LexiconSet = [
        "on", "in", "during", "at", "watch", "watching", "read", "reading", "book", "show", "film", "documentary",
        "song", "album", "series", "program", "programme", "column", "episode", "movie", "memoir", "novel",
        "play", "musical", "magazine", "newspaper", "podcast", "forum", "segment", "sings", "sang", "hosted", "work", "tome",
    ]

    /// Nouns that follow a work's title: "the “Keepin' It Real” radio program", "“Meet the Press” host Chuck Todd".
    static let workNouns: LexiconSet = [
        "show", "shows", "program", "programme", "radio", "podcast", "series", "episode", "segment", "broadcast", "host",
        "anchor", "star", "book", "memoir", "novel", "film", "movie", "documentary", "song", "album", "column", "op-ed",
        "essay", "editorial", "musical", "play", "sitcom", "miniseries", "franchise",
        "singer", "songwriter", "rapper", "hitmaker", "actor", "actress", "author", "creator", "showrunner", "director", "tour", "video",
        "label",
    ]

    /// Nouns before "of" and a work's title or a product's name: "Tuesday’s episode of “The Steve
    /// Harvey Morning Show”", "sold under the brand of “My K-Cup.”".
    static let partOfWork: LexiconSet = [
        "episode", "edition", "season", "host", "star", "taping", "broadcast", "installment", "premiere", "cast", "author", "director",
        "brand", "name", "copy",
    ]

    /// True when a word marking a name ("so-called", "dubbed") is among the last two words before a quote.
    static func isMarkedName(after before: [String]) -> Bool {
        before.suffix(2).contains { nameMarkers.containsLowercased($0) }
    }

    /// A quoted term as compared with its other quotings: lower-cased, closing punctuation dropped.
    static func termKey(_ text: String) -> String {
        let lower = text.lowercased()
        // In plain text each closing mark is a byte and a character of its own.
        let plain = UTF8Scan.withBytes(lower) { bytes -> String? in
            guard PlainText.isPlain(bytes) else { return nil }
            var end = bytes.count
            while end > 0, bytes[end - 1] == 0x2C || bytes[end - 1] == 0x2E || bytes[end - 1] == 0x3B || bytes[end - 1] == 0x3A { end -= 1 }
            return UTF8Scan.string(bytes, 0..<end)
        }
        return plain ?? String(lower.reversed().drop { ",.;:".contains($0) }.reversed())
    }

    /// True when the quoted `text`, preceded by `before` (the last few tokens) and followed by
    /// the word `next`, names a thing.
    static func isName(_ text: String, after before: [String], next: String? = nil) -> Bool {
        // "so-called “…”", "dubbed him “…”", "the nickname “…”".
        if isMarkedName(after: before) { return true }
        guard isTitleCase(text) || isSubtitledTitle(text) else { return false }
        // "“Keepin' It Real” radio program": a work noun after the title.
        if let next, workNouns.contains(next) { return true }
        var before = before
        // "the documentary, “13th,”": a work noun before the title, set off by a comma.
        if before.last == ",", before.count >= 2, workNouns.containsLowercased(before[before.count - 2]) { return true }
        // "during a “Commander-in-Chief Forum”": the article says nothing of what the title is.
        if before.count >= 2, ["a", "an", "the"].contains(before[before.count - 1].lowercased()) { before.removeLast() }
        guard var previous = before.last?.lowercased() else { return false }
        // "episode of “The Steve Harvey Morning Show”".
        if previous.equalsPlainWord("of"), before.count >= 2, partOfWork.containsLowercased(before[before.count - 2]) { return true }
        if let owner = possessor(previous, original: before.last ?? "") {
            // "told MSNBC’s “Morning Joe”": a broadcaster's acronym owns a show.
            if owner.count >= 2, owner.allSatisfy({ $0.isUppercase }) { return true }
            // "on CBS’s “Face the Nation”", "on Fox News’s “Fox and Friends”": look past the outlet's name.
            if before.count >= 2 { previous = before[before.count - 2].lowercased() }
            var k = before.count - 2
            while k > 0, before[k].startsWithUppercase { k -= 1 }
            // Past a name of several words only a preposition tells a show: "sings Bruce Springsteen’s “…”" names a song he sings.
            if k >= 0, k < before.count - 2, ["on", "in", "at", "during"].contains(before[k].lowercased()) { previous = before[k].lowercased() }
        }
        return titleContext.contains(previous)
    }

    /// The indices of quotes in a run of three or more work titles (`isWorkTitle`) with only a comma,
    /// "and" or "or" between each and the next (`gaps`, the text between quote `k` and `k + 1`):
    /// “White Rabbit,” “Run Through the Jungle,” “Long Cool Woman in a Black Dress” and “Paranoid,”.
    static func titleList(_ texts: [String], gaps: [String]) -> Set<Int> {
        // Fewer than three quotes list nothing: their titles are not read.
        guard texts.count >= 3 else { return [] }
        var listed: Set<Int> = []
        var run: [Int] = []
        func close() { if run.count >= 3 { listed.formUnion(run) }; run = [] }
        for (k, text) in texts.enumerated() {
            guard isWorkTitle(text) else { close(); continue }
            if let previous = run.last, previous == k - 1, k - 1 < gaps.count,
               ["", ",", "and", ", and", "or", ", or"].contains(gaps[k - 1].trimmingSpaces()) {
                run.append(k)
            } else {
                close()
                run = [k]
            }
        }
        close()
        return listed
    }

    /// True for a book's title with its subtitle, each part in title case: "Dreams from My Father: A Story of Race
    /// and Inheritance", "Covering: The Hidden Assault on our Civil Rights".
    static func isSubtitledTitle(_ text: String) -> Bool {
        // No colon byte, no colon: most quotes are ruled out before Foundation searches them.
        guard UTF8Scan.containsByte(text, 0x3A), let colon = text.range(of: ": ") else { return false }
        let title = String(text[..<colon.lowerBound])
        var subtitle = Substring(text[colon.upperBound...])
        while let last = subtitle.last, ",.".contains(last) { subtitle = subtitle.dropLast() }
        // Title case leaves minor words in lower case ("from", "with") and may leave short ones ("our").
        // A subtitle may run longer than a title: "Winners, Losers and What to Do When You Win the Lottery".
        func titled(_ part: Substring, upTo most: Int) -> Bool {
            let words = part.split { $0 == " " }
            return (1...most).contains(words.count) && words[0].startsWithUppercase
                && words.allSatisfy { $0.startsWithUppercase || $0.count < 4 || minorWords.contains(String($0)) }
        }
        return titled(Substring(title), upTo: 8) && titled(subtitle, upTo: 12)
    }

    /// True when the words after a quote set it off as a name: "“Renegade,” his agency nickname".
    static func isGlossedAsName(after words: [String]) -> Bool {
        var rest = words[...]
        if rest.first == "," { rest = rest.dropFirst() }
        guard let first = rest.first, glossDeterminers.containsLowercased(first) else { return false }
        return rest.dropFirst().prefix(3).contains { glossNouns.containsLowercased($0) }
    }

    /// The words that open a gloss after a quote ("his agency nickname"), a set made once, not a
    /// list built at every quote; most words are ruled out before they are lower-cased.
    private static let glossDeterminers: WordSet = ["his", "her", "its", "their", "the", "a"]

    /// Nouns that gloss a quoted word as a name.
    private static let glossNouns: LexiconSet = ["nickname", "moniker", "codename", "name", "slogan", "motto", "hashtag", "catchphrase"]

    /// Nouns of laws, whose quoted names are no one's words: "Some 18 states have considered “academic freedom acts”".
    static func namesLegislation(_ text: String) -> Bool {
        guard let last = text.split(atASCII: 0x20).last else { return false }
        var word = Substring(last.lowercased())
        while let end = word.last, ",.;:".contains(end) { word = word.dropLast() }
        return ["act", "acts", "bill", "bills", "law", "laws"].contains(String(word))
    }

    /// True when the words before a quote end with a possessive of no one in particular: "To speak of a person’s
    /// “inner child”", "one’s “comfort zone”".
    static func followsIndefinitePossessive(_ before: [String]) -> Bool {
        guard let last = before.last?.lowercased() else { return false }
        if ["one\u{2019}s", "one's", "someone\u{2019}s", "someone's", "anyone\u{2019}s", "anyone's", "everyone\u{2019}s", "everyone's"].contains(last) { return true }
        return before.count >= 2 && last.endsWithPossessiveS && ["a", "an", "any", "every"].contains(before[before.count - 2].lowercased())
    }

    /// True for a number that counts things: a cardinal word ("three") or up to three digits, not a year ("in
    /// 2016 “we …”").
    static func isCount(_ word: String) -> Bool {
        if word.allSatisfy(\.isNumber) { return (1...3).contains(word.count) }
        return cardinals.containsLowercased(word)
    }

    private static let cardinals: LexiconSet = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozen", "dozens", "several",
    ]

    /// Nouns a sentence asks or tells a term by: "The buzz term for that? “Pediatric neuroenhancement.”"
    static let termNouns: LexiconSet = ["term", "word", "phrase", "buzzword", "buzz", "label", "nickname", "slogan", "jargon"]

    /// The owner in a possessive word ("CBS" of "CBS’s"), from the word as written.
    private static func possessor(_ lower: String, original: String) -> Substring? {
        guard lower.endsWithPossessiveS else { return nil }
        return original.dropLast(2)
    }

    /// Every word of four letters or more capitalized, the first one too, at most eight words.
    static func isTitleCase(_ text: String) -> Bool {
        if let plain = plainTitleCase(text) { return plain }
        let words = text.split { !$0.isLetter && !$0.isNumber && $0 != "'" && $0 != "\u{2019}" && $0 != "-" }
        guard let first = words.first, words.count <= 8, first.startsWithUppercase || first.first?.isNumber == true else { return false }
        return words.allSatisfy { $0.count < 4 || $0.startsWithUppercase || $0.first?.isNumber == true }
    }

    /// `isTitleCase` of plain text (`PlainText`), read from its bytes: a `Character` is a scalar
    /// there (save "\r\n", which separates words either way), and the word scalars are ASCII
    /// letters, digits, apostrophes and hyphens and U+2019; nil for other text.
    private static func plainTitleCase(_ text: String) -> Bool? {
        UTF8Scan.withBytes(text) { bytes -> Bool? in
            guard PlainText.isPlain(bytes) else { return nil }
            var words = 0
            var i = 0
            while i < bytes.count {
                guard let width = titleWordWidth(bytes, at: i) else { i += PlainText.width(bytes, at: i) ?? 1; continue }
                let b = bytes[i]
                let leadsName = b &- 0x41 < 26 || b &- 0x30 < 10
                var length = 0
                i += width
                length += 1
                while i < bytes.count, let next = titleWordWidth(bytes, at: i) {
                    i += next
                    length += 1
                }
                words += 1
                if words > 8 || words == 1 && !leadsName || length >= 4 && !leadsName { return false }
            }
            return words > 0
        }
    }

    /// The width of the word scalar `isTitleCase` keeps at byte `i` of plain text: an ASCII
    /// letter, digit, apostrophe or hyphen, or U+2019; nil for a scalar that splits words.
    @inline(__always)
    private static func titleWordWidth(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        let b = bytes[i]
        if b < 0x80 { return b.isASCIIAlphanumeric || b == 0x27 || b == 0x2D ? 1 : nil }
        return b == 0xE2 && i + 2 < bytes.count && bytes[i + 1] == 0x80 && bytes[i + 2] == 0x99 ? 3 : nil
    }

    /// True for a nickname set in quotes between the parts of a name: Robert C. “Bobby” Scott,
    /// Marcia “Cia” Price.
    static func isNickname(_ text: String, before: String?, next: String?) -> Bool {
        // The word after, tested first, rules out most quotes.
        guard let before, let next, next.startsWithUppercase, next.count > 1, next.dropFirst().allSatisfy(\.isLowercase) else { return false }
        let words = text.split(atASCII: 0x20)
        guard (1...2).contains(words.count), words.allSatisfy({ $0.startsWithUppercase && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" } }) else { return false }
        // The word before is a given name or an initial's period.
        let givenName = before.startsWithUppercase && before.dropFirst().allSatisfy(\.isLowercase) && before.count > 1
        return (givenName || before.equalsPlainWord(".")) && !QuoteAttribution.functionWords.containsLowercased(next) && !QuoteAttribution.functionWords.containsLowercased(before)
    }

    /// True for a heading: a title-case phrase of two words or more, one sentence that asks or
    /// exclaims nothing ("All Bets Are Off."), unlike a line of dialogue ("Monica?", "No.
    /// Certainly not. Unbelievable.").
    static func isHeading(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        guard isTitleCase(trimmed), trimmed.split(atASCII: 0x20).count >= 2, !trimmed.hasSuffix("?"), !trimmed.hasSuffix("!") else { return false }
        let body = trimmed.hasSuffix(".") ? trimmed.dropLast() : Substring(trimmed)
        // Title case leaves only minor words in lower case: "Peter Capaldi is in the Tardis." is a sentence.
        let lower = body.split { !$0.isLetter }.filter { $0.startsWithLowercase }
        return !body.contains { ".!?".contains($0) } && lower.allSatisfy { minorWords.contains(String($0)) }
    }

    /// True for the title of a work written in title case, a comma or period the sentence put
    /// inside the marks allowed: “Right Now,”, “Transformers: Age of Extinction”, “Umbrella”;
    /// every lower-case word a minor one, so "It was bad" is a sentence; not asked or
    /// exclaimed (“Monica?”, “Okay!” are said), nor one word closing a sentence (“Olivia.”).
    static func isWorkTitle(_ text: String) -> Bool {
        var body = Substring(text.trimmingSpaces())
        if body.hasSuffix("."), !body.contains(" ") { return false }
        while let last = body.last, ",.;".contains(last) { body = body.dropLast() }
        guard !body.isEmpty, isTitleCase(String(body)), !body.hasSuffix("?"), !body.hasSuffix("!"), !body.contains(where: { ".!?;".contains($0) }) else { return false }
        // Words split at spaces and brackets, so a contraction stays one word: "I've Been Working on the Railroad".
        let words = body.split { $0 == " " || "()[]:,/-\u{2014}\u{2013}".contains($0) }
        return words.filter { $0.startsWithLowercase }.allSatisfy { minorWords.contains(String($0)) }
    }

    /// True for a section heading set in quotes: two to six words opening with a capital, with no
    /// punctuation at all ("We write with urgency", "Alarming mortality rate"); a line of dialogue
    /// ends with a mark of its own (“Stephanie.”, “Yeah -”, “Hi, I'm Olivia”).
    static func isSectionHeading(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        let words = trimmed.split(atASCII: 0x20)
        guard (2...6).contains(words.count), trimmed.startsWithUppercase else { return false }
        return trimmed.allSatisfy { $0.isLetter || $0.isNumber || $0 == " " || $0 == "'" || $0 == "\u{2019}" }
    }

    /// Words title case leaves in lower case.
    static let minorWords: LexiconSet = [
        "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "t", "s",
    ]

    /// True for a short phrase, four words at most with no sentence break inside and no
    /// exclamation or question: what a writer sets in quotes as a term ("liquidating trust",
    /// "super PACs") as well as a speaker's words.
    static func isTerm(_ text: String) -> Bool {
        let words = text.split { $0 == " " || $0 == "\u{00A0}" }
        // An exclamation or a question is said, not named: “Mercy!”, “Why now?”.
        guard (1...4).contains(words.count), !text.hasSuffix("!"), !text.hasSuffix("?") else { return false }
        return !words.dropLast().contains { $0.last.map { ".?!".contains($0) } ?? false && !QuoteAttribution.isHonorific(String($0.dropLast())) }
    }

    /// True for a term opening a sentence as its subject: "“Humidifier lung” may result from
    /// fungus", where the word after the closing mark goes on with the sentence; not "“Great
    /// job” said Trump" (a cue), "“I'm fine” he said" (a pronoun) nor "“Lock Her Up” chants broke
    /// out" (a word of saying).
    static func isSubjectTerm(_ text: String, next: String?) -> Bool {
        guard let next, next.startsWithLowercase, text.endsWithLetterOrNumber,
              isTerm(text), !QuoteAttribution.tellsOfSaying([next]), !QuoteAttribution.isPronoun(next) else { return false }
        return true
    }

    /// True for the name of a thing set in title case: two to eight words, each capitalized but
    /// the short joining ones, with no sentence punctuation (“Love Won Out Conference”, “The
    /// Implant Truth Survivors Committee”); not a sentence (“We Will Win.”, “Stop, Now”).
    static func isTitleCaseName(_ text: String) -> Bool {
        let words = text.split { $0 == " " || $0 == "\u{00A0}" }
        guard (2...8).contains(words.count), let first = words.first?.first, first.isUppercase,
              !text.contains(where: { ".,;:!?".contains($0) }) else { return false }
        var capitalized = 0
        for word in words {
            if word.startsWithUppercase { capitalized += 1 } else if !titleJoiners.contains(word.lowercased()) { return false }
        }
        return capitalized >= 2
    }

    /// Short words a title leaves in lower case.
    private static let titleJoiners: LexiconSet = ["of", "the", "and", "for", "to", "in", "on", "a", "an", "at", "by", "with", "&"]

    /// True for one or two quoted words set before the noun they modify, as a writer marks a
    /// term ("classic “drive-by” attack tactics", "“exogenic” processes"): the word after the
    /// closing mark is a lower-case word going on with the noun phrase, not a cue, a pronoun or
    /// a function word, or a name after an article and a word in lower case ("the “wimpy” Atom
    /// nodes"). After a possessive the words are the owner's ("his “average American”
    /// followers", "Epstein’s “unbecoming” behavior").
    static func isModifierTerm(_ text: String, before: String?, next: String?) -> Bool {
        guard let next, let last = text.last, last.isLetter || last.isNumber,
              (1...2).contains(text.split(atASCII: 0x20).count) else { return false }
        // Before a name after an article, a word in lower case is a term too: "the “wimpy” Atom nodes".
        if next.startsWithUppercase {
            return text.startsWithLowercase && ["the", "a", "an"].contains(before?.lowercased() ?? "")
        }
        guard next.startsWithLowercase else { return false }
        if let before = before?.lowercased(), before.endsWithPossessiveS || before.hasSuffix("s'")
            || ["his", "her", "their", "its", "my", "our", "your"].contains(before) { return false }
        let lower = next.lowercased()
        return !QuoteAttribution.tellsOfSaying([next]) && !QuoteAttribution.isPronoun(next) && !QuoteAttribution.functionWords.contains(lower)
            && !QuoteAttribution.prepositions.contains(lower)
    }

    /// True for a phrase that may be a name: eight words at most, neither asked nor exclaimed.
    static func isShortName(_ text: String) -> Bool {
        !text.hasSuffix("!") && !text.hasSuffix("?") && text.split(atASCII: 0x20).count <= 8
    }

    /// True for a lone pronoun or article quoted as a word ("she" is a “he”, the “We”), which no one says as a quote.
    static func isWordMention(_ text: String) -> Bool {
        // Trimming takes off no space, nor does lower-casing: a text with one is no lone word.
        if UTF8Scan.containsByte(text, 0x20) { return false }
        let word = text.lowercased().trimmingCharacters(in: .punctuationCharacters)
        return !word.containsPhrase(" ") && (QuoteAttribution.pronouns.contains(word) || wordMentions.contains(word))
    }

    private static let wordMentions: LexiconSet = [
        "him", "her", "them", "us", "me", "you", "his", "hers", "their", "our", "the", "a", "an", "and", "or", "but",
    ]

    /// Participles that give a thing its name: "HP is called “feather duvet lung”", "a deal dubbed “…”".
    static let namingVerbs: LexiconSet = [
        "called", "dubbed", "termed", "named", "nicknamed", "labelled", "labeled", "titled", "entitled", "christened", "branded",
        "marked",
    ]

    /// Verbs that name a thing with "as" after them: "known as", "referred to as", "billed as".
    static let namingAsVerbs: LexiconSet = ["known", "referred", "billed"]

    /// True when the words before a quote end with a name being given and no one giving it:
    /// "HP is called “…”", "Locally referred to as the “West End,”", "a cell type called a “tuft
    /// cell”"; not "aides called it “…”" (an object comes between) nor "what he called “…”" (the
    /// one who named it is there).
    static func followsNaming(_ before: [String]) -> Bool {
        var words = before[...]
        // A second name joined to the first: "marked “For Official Use Only” and “important for …”" (the first
        // quote's words are not among `before`).
        if let last = words.last?.lowercased(), last.equalsPlainWord("and") || last.equalsPlainWord("or") { words = words.dropLast() }
        if words.last.map({ ["a", "an", "the"].contains($0.lowercased()) }) == true { words = words.dropLast() }
        guard let last = words.last?.lowercased() else { return false }
        if last.equalsPlainWord("as") {
            words = words.dropLast()
            // "known by military pilots as “the box”": the ones who use the name may come between.
            if let by = words.suffix(5).lastIndex(where: { $0.lowercased() == "by" }), by > words.startIndex,
               namingAsVerbs.containsLowercased(words[by - 1]) {
                words = words[..<by]
            }
            if words.last?.lowercased() == "to" { words = words.dropLast() }
            guard let verb = words.last?.lowercased(), namingAsVerbs.contains(verb) else { return false }
        } else if !namingVerbs.contains(last) {
            return false
        }
        let namer = words.dropLast().suffix(3).map { $0.lowercased() }
        return !namer.contains("what") && !namer.contains("which") && !(namer.last.map(QuoteAttribution.pronouns.contains) ?? false)
    }

    /// The clause of `words` (a sentence's words outside its quotes) that holds the quote at
    /// word index `index`: from the last colon, semicolon or ", and"/", but" before it to the
    /// next one after it.
    static func ownClause(_ words: [String], from index: Int) -> ArraySlice<String> {
        func breaks(_ k: Int) -> Bool {
            words[k].equalsPlainWord(":") || words[k].isSemicolon || k > 0 && QuoteAttribution.isClauseComma(words[k - 1]) && clauseJoiners.containsLowercased(words[k])
        }
        let index = min(index, words.count)
        let start = (0..<index).last(where: breaks).map { $0 + 1 } ?? 0
        let end = (index..<words.count).first(where: breaks) ?? words.count
        return words[start..<max(start, end)]
    }

    /// The conjunctions that open a clause after a comma or dash (`ownClause`), a set made once.
    private static let clauseJoiners: WordSet = ["and", "but", "while"]

    /// True when the words before a quote end with a verb of meaning, an article between
    /// allowed: "which means “Welcome”", "meaning “the one who returns”", "stands for “…”".
    static func followsGloss(_ before: [String]) -> Bool {
        let words = before.last.map { ["a", "an", "the"].contains($0.lowercased()) } == true ? before.dropLast() : before[...]
        guard let last = words.last?.lowercased() else { return false }
        if ["means", "meaning", "meant", "translates", "translated"].contains(last) { return true }
        return (last.equalsPlainWord("for") && words.dropLast().last?.lowercased() == "stands") || (last.equalsPlainWord("as") && ["translates", "translated"].contains(words.dropLast().last?.lowercased() ?? ""))
    }

    /// True when the words before a quote end with "as", an article between allowed: "going
    /// after Trump as “uniquely unfit”", "admires Putin as a “strong leader”".
    /// A quote joined to one after "as" counts too: "as a “human leech” and a “spoiled brat.”"
    /// (the first quote's words are not among `before`). Not when a verb `next` makes the quote
    /// the subject of a clause "as" opens: "as “My K-Cup” could be filled with any brand"; nor
    /// after a participle of regarding, which casts no one's words: "those regarded as “political”
    /// in the West".
    static func followsAs(_ before: [String], next: String? = nil) -> Bool {
        if let next, clauseVerbs.containsLowercased(next) { return false }
        let articles: Set<String> = ["a", "an", "the"]
        var words = before.last.map { articles.contains($0.lowercased()) } == true ? before.dropLast() : before[...]
        if let last = words.last?.lowercased(), last.equalsPlainWord("and") || last.equalsPlainWord("or") {
            words = words.dropLast()
            if words.last.map({ articles.contains($0.lowercased()) }) == true { words = words.dropLast() }
        }
        guard words.last?.lowercased() == "as" else { return false }
        return !(words.dropLast().last.map { regardingParticiples.containsLowercased($0) } ?? false)
    }

    /// Participles of regarding before "as": what follows is how someone is seen, not said.
    /// Things used as something are named by their use: "They're used as “smart drugs” or “study drugs”".
    private static let regardingParticiples: LexiconSet = ["regarded", "seen", "viewed", "considered", "perceived", "treated", "classified", "counted", "used"]

    /// Auxiliaries and modals that open the verb of a clause right after its subject.
    static let clauseVerbs: LexiconSet = [
        "could", "would", "can", "will", "may", "might", "must", "should", "shall", "is", "was", "are", "were", "has", "had", "have",
        "does", "did",
    ]

    /// Verbs that join a subject to what it is or feels: "Mayor Ruth Diaz was “thrilled.”".
    static let copulas: LexiconSet = ["is", "was", "are", "were", "been", "be", "seemed", "seems", "felt", "feels", "sounded", "remained", "became"]

    /// True when the words before a quote end with a copula.
    static func followsCopula(_ before: [String]) -> Bool {
        before.last.map { copulas.containsLowercased($0) } ?? false
    }
}
