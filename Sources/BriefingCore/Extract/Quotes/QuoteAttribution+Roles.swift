/// Roles written in lower case between a body's name and a person's: "Microsoft security
/// response communications head" before "Christopher Budd".
extension QuoteAttribution {
    /// The index after the lower-case words of a role that start at `start`: at most five words,
    /// none a function word, preposition, cue or adverb, the last of them a role or source noun
    /// ("advanced threat researcher", "spokesman"); nil when no such role starts there.
    static func roleWordsEnd(from start: Int, in words: [String]) -> Int? {
        var end: Int?
        var k = start
        while k < words.count, k - start < 5, let classes = roleWordClasses(words[k]) {
            if !classes.isDisjoint(with: [.roleNoun, .sourceNoun]) { end = k + 1 }
            k += 1
        }
        return end
    }

    /// The lists of a word that may stand in a role written in lower case (`QuoteWordClass`):
    /// letters and hyphens, and no word that opens or joins a clause ("would", "and", "of",
    /// "said", "recently"); nil for any other word. The lists are read in one look-up.
    private static func roleWordClasses(_ word: String) -> QuoteWordClass? {
        // An ASCII word (most) is read in one pass of its bytes, which tells its first letter's case, its letters and
        // hyphens and hashes it for the look-up; a word past ASCII is read as characters.
        let ascii = UTF8Scan.withBytes(word) { bytes -> QuoteWordClass?? in
            guard let first = bytes.first, first < 0x80 else { return nil }
            guard first &- 0x61 < 26 else { return .some(nil) }
            var hash = ASCIIWordHash.seed
            for byte in bytes {
                guard byte < 0x80 else { return nil }
                // (An ASCII mark or digit is no letter whatever follows it.)
                guard byte.isASCIILetter || byte == 0x2D else { return .some(nil) }
                hash = ASCIIWordHash.adding(byte, to: hash)
            }
            guard !UTF8Scan.hasSuffix(bytes, "ly") else { return .some(nil) }
            return .some(roleClasses(QuoteWordClass.of(ascii: bytes, hash: ASCIIWordHash.finished(hash))))
        }
        if let ascii { return ascii }
        guard word.startsWithLowercase, word.allSatisfy({ $0.isLetter || $0 == "-" }), !word.hasPlainSuffix("ly") else { return nil }
        return roleClasses(QuoteWordClass.of(word))
    }

    /// `classes` when they allow a word in a role: none of a word that opens or joins a clause.
    @inline(__always)
    private static func roleClasses(_ classes: QuoteWordClass) -> QuoteWordClass? {
        classes.isDisjoint(with: [.clauseWord, .preposition, .determiner, .functionWord, .cue, .adverb, .finiteAuxiliary]) ? classes : nil
    }
}

extension QuoteAttribution {
    /// The person a chain of affiliations ending at the name `run` follows: "Rob Enderle" of
    /// "Analyst Rob Enderle of Enderle Group in Silicon Valley said", "Kassie Siegel" of "Kassie
    /// Siegel of the Center for Biological Diversity said". Each link is a name after "of", "at",
    /// "from", "in" or "for", an article allowed; the chain's head is a name of two words or more,
    /// with no article before it unless an honorific opens it, that names no body ("Bank of America", "the University of
    /// Michigan", "The National Academy of Sciences" keep their reading).
    static func personBeforeAffiliations(_ run: Range<Int>, in words: [String], common: TokenWordSet) -> Range<Int>? {
        var head = run
        var links = 0
        while links < 4 {
            var k = head.lowerBound
            if k > 0, ["the", "The"].contains(words[k - 1]) { k -= 1 }
            guard k >= 2, affiliationWords.contains(words[k - 1]), let earlier = nameRun(endingAt: k - 1, in: words, common: common) else { break }
            head = earlier
            links += 1
        }
        // A name after an article is a body's, "The National Academy of Sciences has warned", but for an honorific's:
        // "the Rev. Larry Kroon of the Wasilla Bible Church said".
        guard links > 0, head.lowerBound == 0 || words[head.lowerBound - 1].lowercased() != "the" || words[head].contains(where: isHonorific),
              let last = words[head].last, !last.endsWithPossessiveS, !isRoleName(last, common: common) else { return nil }
        let names = words[head].filter { !$0.equalsPlainWord(".") && !common.containsLowercased($0) }
        // A thing's head ends its name ("Bill of Rights"); before a surname it is a given name: "Maj. Bill Seekins of
        // the North Dakota National Guard told".
        guard names.count >= 2, !names.contains(where: { OrganizationDirectory.headKinds[$0] != nil }), !QuoteExtractor.thingHeads.contains(names[names.count - 1]) else { return nil }
        // A person's name ending the chain is the one speaking, the head their office: "Brand Manager at KFC Jocelyn
        // Bynoe", "Gallup Editor in Chief Frank Newport", "Supervisor of Elections Susan Bucher".
        guard !words[run].contains(where: { SpeakerDirectory.isTitle($0) || SpeakerGender.maleNames.contains($0) || SpeakerGender.femaleNames.contains($0) }) else { return nil }
        return head
    }

    /// Whether a capitalized word names an office rather than ends a person's name: a title, a
    /// role or source noun, or a word the article also writes in lower case ("Manager", "Editor").
    private static func isRoleName(_ word: String, common: TokenWordSet) -> Bool {
        let lower = word.lowercased()
        return SpeakerDirectory.isTitle(word) || SpeakerDirectory.roleNouns.contains(lower) || sourceNouns.contains(lower) || common.contains(lower)
    }

    /// Prepositions that join a person to the body or place they belong to.
    private static let affiliationWords: Set<String> = ["of", "at", "from", "in", "for"]
}

extension QuoteAttribution {
    /// The comma opening an aside that starts with a preposition and closes at the comma
    /// `close`, within eight words and with no sentence break or cue inside: the comma after
    /// "Bush" in "what George W. Bush, in his 2000 campaign, described". Nil otherwise.
    static func prepositionalAsideStart(_ words: [String], closingCommaAt close: Int) -> Int? {
        var k = close - 1
        while k > 0, close - k <= 8 {
            let word = words[k]
            if mark(word).map({ $0.endsSentencePart || $0 == .openParenthesis || $0 == .closeParenthesis }) == true || cues.containsLowercased(word) { return nil }
            if word.equalsPlainWord(",") { break }
            k -= 1
        }
        guard k > 0, words[k].equalsPlainWord(","), k + 2 < close, asidePrepositions.contains(words[k + 1]) else { return nil }
        return k
    }

    /// Prepositions that open an aside of time, place or occasion.
    private static let asidePrepositions: Set<String> = ["in", "on", "at", "during", "after", "before", "for", "of", "from", "with", "like"]
}

extension QuoteAttribution {
    /// A person described with an article or a possessive, ending just before `end`, where a
    /// participle of speech follows: "her daughter" of "and her daughter screaming,", "a man"
    /// of "a man shouting:"; at most one word between the determiner and a noun that tells a
    /// person by sex or role (not a record: "issued a statement saying:" is the issuer's).
    static func speakingDescription(endingAt end: Int, in words: [String]) -> String? {
        guard end >= 2 else { return nil }
        let noun = words[end - 1]
        guard SpeakerGender.maleWords.contains(noun) || SpeakerGender.femaleWords.contains(noun) || SpeakerDirectory.roleNouns.contains(noun) else { return nil }
        for start in [end - 2, end - 3] where start >= 0 && determiners.containsLowercased(words[start]) {
            if start == end - 3, !adjectiveLike(words[end - 2]) { return nil }
            return join(words[start..<end])
        }
        return nil
    }
}
