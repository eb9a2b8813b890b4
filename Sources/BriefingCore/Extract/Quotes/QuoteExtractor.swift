import Foundation

/// Extracts direct quotes and attributes each to a speaker resolved across the article, body
/// quotes with the index of their paragraph, headline and deck quotes with -1.
///
/// Every quoted segment of the body counts, from full statements to partial quotes inside
/// reported speech, except names of things ("so-called", titles of shows and books). The
/// speaker comes from a cue in the quote's own sentence, else the subject of that sentence when
/// the quote sits inside narrative, else the nearest cue in its paragraph; a paragraph that only
/// continues a quote keeps the previous speaker. Pronouns resolve to the subject of the
/// sentence or paragraph before them, surnames and honorifics to the full name and role
/// introduced earlier in the article.
public struct QuoteExtractor: Sendable {
    public init() {}

    public func extract(_ article: Article) -> [Quote] {
        let scalars = article.paragraphs.map { $0.text.unicodeScalarArray }
        let tokens = zip(article.paragraphs, scalars).map { Tokenizer.tokens($0.text, scalars: $1) }
        let sentences = zip(article.paragraphs, scalars).map { SentenceSplitter.split($0.text, scalars: $1) }
        return extract(article, scalars: scalars, sentences: sentences, tokens: tokens)
    }

    /// Quotes as above, with each paragraph's scalars already decoded, its sentences split and its tokens made.
    func extract(
        _ article: Article, scalars paragraphScalars: [[Unicode.Scalar]], sentences paragraphSentences: [[SentenceSplitter.Sentence]], tokens paragraphTokens: [[Token]]
    ) -> [Quote] {
        var leads = WordLeadCache()
        return extract(article, scalars: paragraphScalars, sentences: paragraphSentences, tokens: paragraphTokens, leads: &leads)
    }

    /// Quotes as above, with what the first bytes of the tokens' word types tell kept in `leads`.
    func extract(
        _ article: Article, scalars paragraphScalars: [[Unicode.Scalar]], sentences paragraphSentences: [[SentenceSplitter.Sentence]], tokens paragraphTokens: [[Token]],
        leads: inout WordLeadCache
    ) -> [Quote] {
        let headline = [article.title, article.summary ?? ""].filter { !$0.isEmpty }.map(Tokenizer.tokens)
        let texts = article.paragraphs.map(\.text)
        let (common, names, nameStarts) = Self.commonWords(paragraphTokens, headline: headline, cache: &leads)
        var learnedOrganizations = OrganizationDirectory()
        var quotes: [Quote] = []
        var last: Speaker?
        // The latest person a sentence was about, for a pronoun before anyone has spoken.
        var mentioned: Speaker?
        // Who was named lately, for "he" or "she" after them (`NamedLately`).
        let lately = NamedLately()
        // Whether a subject is one capitalized word the article neither gave as a name nor writes
        // inside a sentence: a common word opening one ("Bombs may not be falling."), no antecedent.
        var writtenInside: [String: Bool] = [:]
        func isCommonWordSubject(_ speaker: Speaker, _ directory: SpeakerDirectory) -> Bool {
            guard Self.isLoneUnknownWord(speaker.mention, directory) else { return false }
            if let known = writtenInside[speaker.mention] { return !known }
            let inside = Self.isWrittenInsideSentence(speaker.mention, paragraphTokens, starts: nameStarts)
            writtenInside[speaker.mention] = inside
            return !inside
        }
        var runningOn = false
        // Inside an interview transcript quoted turn by turn ("WALLACE: …").
        var inTranscript = false
        var turnSpeaker: Speaker?
        // How each quote's speaker was found, and who opens each paragraph ("Smith said …").
        var placements: [Placement] = []
        var openers: [Speaker?] = []
        // Which paragraphs end with a colon, or a cue and a comma ("To which she replied,"), introducing the next one.
        let introducing = article.paragraphs.map { Self.endsWithColon($0.text) || Self.endsWithCueAndComma($0.text) }
        // Who the paragraph before, ending with a colon, introduces as speaking next.
        var colonSpeaker: Speaker?
        let things = Self.thingNames(names.directory, lowercase: common)
        // In a live blog, full names of people that share a surname, and the paragraph of the current entry each was
        // last written in; a name whose first word the article also writes in lower case is no person's ("Post Trump").
        let entries = LiveBlogEntries(texts)
        var sharing = entries.opens.contains(true) ? names.directory.sharingSurnames : []
        if !sharing.isEmpty {
            sharing.removeAll { name in name.split(atASCII: 0x20).first.map { common.wasInserted($0.lowercased()) } ?? true }
        }
        var lastWritten: [String: Int] = [:]
        // Terms the article set off as names ("so-called “basket options”"), lower-cased without closing punctuation.
        var markedNames: Set<String> = []
        // Names in title case the article set off as names of things ("the “Safe Ride Solutions” program"), keyed as terms.
        var thingNamesGiven: Set<String> = []
        // Names and roles mentions resolved to, while no one new is named.
        let resolvedNames = ResolvedNames()
        // The last paragraph with a mark that may open a quote (-1 for none): no paragraph after it opens one.
        let lastMarked = paragraphScalars.lastIndex(where: QuoteSpanScanner.mayOpenQuote) ?? -1
        // What the sentences of the paragraph being read say (`SentenceReadings`), emptied at each paragraph.
        let readings = SentenceReadings()
        // The paragraph being read (`QuoteParagraph.read`), one for every paragraph.
        let context = QuoteParagraph()
        for index in article.paragraphs.indices {
            let tokens = paragraphTokens[index]
            // The names learned up to this paragraph.
            var learnedNames = names.directory.prefix(names.known[index])
            // In a live blog, which names each speaker afresh in each entry, a surname two people share is the one
            // whose full name the entry wrote last ("Boris Johnson" … "12.05pm: Jo Johnson …" … "Johnson said");
            // else the one named first.
            if entries.opens[index] { lastWritten = [:] }
            for name in sharing where article.paragraphs[index].text.containsPhrase(name) { lastWritten[name] = index }
            learnedNames.lastWritten = lastWritten
            learnedOrganizations.learn(from: tokens, starts: nameStarts[index])
            // The directories as the paragraph reads them, constants: the local functions below capture them, and
            // would have every read of a variable checked for exclusive access at run time.
            let directory = learnedNames, organizations = learnedOrganizations
            resolvedNames.keep(people: directory.entities.count, organizations: organizations.version, volatile: !lastWritten.isEmpty)
            // Past the last opening mark, with no quote running on, no paragraph quotes anyone (`QuoteSpanScanner.mayOpenQuote`):
            // what its sentences say is read only for the one after a quote, whose opener may credit it
            // (`creditLaterSpeakers`). The organizations it names are learned above, for the headline.
            if index > lastMarked, !runningOn, quotes.last?.paragraph != index - 1 { openers.append(nil); continue }
            let scalars = paragraphScalars[index]
            // A teaser linking to another story ("‘A sense that white identity is under attack’: … Read more") quotes no one here.
            if article.paragraphs[index].text.hasPlainSuffix("Read more") { runningOn = false; openers.append(nil); continue }
            // Nor does a bracketed run opening the paragraph, a link or credit set into the story: "[K-cups
            // inventor: ‘I feel bad sometimes that I ever did it’]", "[VIDEO: Coffee in America, by the numbers]".
            let insert = Self.openingBrackets(scalars)
            // A line inside a quote broken over lines is all quote.
            let unmarked = runningOn && QuoteSpanScanner.continuesUnmarked(scalars, following: paragraphScalars[(index + 1)...])
            // Names of things in quotes read as narrative: "On “Face the Nation,” Sen. Bernie Sanders …".
            // A value of markup left in the text (tweet-author="…") is no quote either.
            let scanned = unmarked ? [QuoteSpanScanner.Span(inner: 0..<scalars.count, outer: 0..<scalars.count, runsOn: true)]
                : QuoteSpanScanner.spans(in: scalars, continuing: runningOn)
            // The text of each quote, trimmed, made once for the filter below, the list of titles and the quote itself.
            let scannedTexts = scanned.map { String(scalars: scalars[$0.inner].trimmingWhitespaces) }
            let kept = unmarked ? Array(scanned.indices) : scanned.indices.filter { k in
                let span = scanned[k]
                if span.outer.lowerBound > 0, scalars[span.outer.lowerBound - 1] == "=" { return false }
                // Quoted words made one word with what follows name a kind: "a “Wheel of Fortune”-style game".
                if QuoteNameFilter.formsCompound(scalars, quoteEnd: span.outer.upperBound) { return false }
                if let insert, insert.contains(span.outer.lowerBound) { return false }
                let text = scannedTexts[k]
                let after = QuoteParagraph.firstToken(tokens, from: span.outer.upperBound)
                let next = after < tokens.count ? tokens[after].text.lowercased() : nil
                let before = QuoteParagraph.words(of: tokens, before: span.outer.lowerBound, count: 4)
                // "(see BusinessWeek.com, 7/24/06, “Intel Sharpens its Offensive Game”)": a story pointed to.
                if QuoteNameFilter.isCrossReference(after: QuoteParagraph.words(of: tokens, before: span.outer.lowerBound, count: 12)) { return false }
                guard QuoteNameFilter.isName(text, after: before, next: next) else { return true }
                if QuoteNameFilter.isMarkedName(after: before), QuoteNameFilter.isTerm(text) { markedNames.insert(QuoteNameFilter.termKey(text)) }
                if QuoteNameFilter.isTitleCaseName(text) { thingNamesGiven.insert(QuoteNameFilter.termKey(text)) }
                return false
            }
            let spans = kept.map { scanned[$0] }
            let sentences = paragraphSentences[index]
            context.read(tokens: tokens, spans: spans, sentences: sentences, starts: nameStarts[index])
            // Subjects, cues and attributions of every sentence, outside its quotes.
            readings.reset(count: sentences.count)
            // Whom a cue's pronoun in sentence `i` may mean: everyone named before but common words opening a
            // sentence ("Bombs may not be falling. … “…,” he said"), and the sentence's own subject unless it is
            // one word the article never gave as a name ("Air strikes by Britain had …, he said").
            func cueAntecedents(_ i: Int) -> [Speaker?] {
                let own = readings.subjects[i].flatMap { Self.isLoneUnknownWord($0.mention, directory) ? nil : $0 }
                // A sentence whose subject is no one may name the person its pronoun means right before it: "It's from
                // Gale Glover, and he asks, “…”".
                guard own?.isPerson != true, let name = QuoteAttribution.nameBeforeCoordinatedPronoun(in: context.words(inSentence: i), common: common) else {
                    return antecedents(before: i) + [own]
                }
                return antecedents(before: i) + [own, resolve(name, cue: nil, directory, organizations, antecedent: nil, names: resolvedNames)]
            }
            // Who the sentences before `sentence` name, subject then speaker of each, for the pronouns after them
            // (read from the two lists, not kept in a third).
            func antecedents(before sentence: Int) -> [Speaker?] {
                func named(_ speaker: Speaker?) -> Speaker? { speaker.flatMap { isCommonWordSubject($0, directory) ? nil : $0 } }
                var found: [Speaker?] = []
                found.reserveCapacity(2 * sentence)
                for k in 0..<sentence {
                    found.append(named(readings.subjects[k]))
                    found.append(named(readings.speakers[k]))
                }
                return found
            }
            for i in sentences.indices {
                let words = context.words(inSentence: i)
                readings.candidates.append(QuoteAttribution.candidates(in: words, common: common))
                let subject = QuoteAttribution.subject(in: words, common: common).map { resolve($0, cue: nil, directory, organizations, antecedent: antecedent(antecedents(before: i), last: last ?? mentioned, recent: lately.people, things: things, introduced: lately.person, pronoun: $0), names: resolvedNames) }
                readings.subjects.append(subject)
                // Someone a later main clause is about is named lately too: "Google Maps claims …, but Jerry Brotton,
                // a historian, isn’t so sure." (for "he" after the product).
                if let other = QuoteAttribution.coordinatedSubject(words, common: common), !QuoteAttribution.isPronoun(other) {
                    lately.remember(resolve(other, cue: nil, directory, organizations, antecedent: nil, names: resolvedNames))
                }
                // The cue nearest the sentence end speaks on into the next sentence; a speaker the sentence reports
                // speaks on over the record reporting it: "“…” Rodriguez was recorded saying, according to the indictment."
                // (Most sentences have no "according to": their candidates are not copied.)
                let speaking = readings.candidates[i].contains { $0.attribution.cue == "according to" }
                    ? readings.candidates[i].filter { $0.attribution.cue != "according to" } : readings.candidates[i]
                // One named after an inverted cue that follows a quote inside the sentence: "Echenique “…,” said VanDeest".
                // (A loop, not a lazy chain: its stored closures copied what they capture, the common words among them, at every sentence.)
                var inverted: QuoteAttribution?
                for span in spans where sentences[i].start <= span.outer.lowerBound && span.outer.lowerBound < sentences[i].end {
                    inverted = QuoteAttribution.speakerAfterQuote(
                        in: words, candidates: readings.candidates[i], quoteAt: context.wordCount(inSentence: i, before: span.outer.lowerBound), common: common)
                    if inverted != nil { break }
                }
                let found = inverted ?? QuoteAttribution.find(in: words, candidates: speaking.isEmpty ? readings.candidates[i] : speaking, near: words.count)
                let speaker = found.map { resolve($0.mention, cue: $0.cue, directory, organizations, antecedent: antecedent(cueAntecedents(i), last: last ?? mentioned, recent: lately.people, things: things, introduced: lately.person, pronoun: $0.mention), names: resolvedNames) }
                readings.speakers.append(speaker)
            }
            // "Smith said in a statement." opening the paragraph, with no quote of its own.
            let plainOpening = !sentences.isEmpty && !spans.contains { $0.outer.lowerBound < sentences[0].end }
            openers.append(plainOpening && Self.opensWithAttribution(context.words(inSentence: 0), candidates: readings.candidates[0]) ? readings.speakers[0] : nil)
            // A paragraph ending with a colon introduces the quote opening the next one: its cue's speaker, else
            // the subject of its last clause ("… when, shortly before 2 p.m., McDermott sent out the following
            // message on Twitter:", "Rhonda Ungericht, among many others, vented on Keurig’s Facebook page:").
            let introduces = colonSpeaker
            colonSpeaker = nil
            if introducing[index], let final = sentences.indices.last {
                colonSpeaker = readings.speakers[final] ?? QuoteAttribution.introducer(in: context.words(inSentence: final), common: common).map {
                    resolve($0, cue: nil, directory, organizations, antecedent: antecedent(antecedents(before: final), last: last ?? mentioned, recent: lately.people, things: things, introduced: lately.person, pronoun: $0), names: resolvedNames)
                }
            }
            for subject in readings.subjects { lately.remember(subject) }
            // (A loop: the closure of `last(where:)` was made with a copy of the directory at every paragraph.)
            var person: Speaker?
            for subject in readings.subjects.reversed() {
                if let subject, subject.isPerson, !isCommonWordSubject(subject, directory) { person = subject; break }
            }
            if let person { mentioned = person }
            // A paragraph of narrative with no quote and no cue passes its person on; any other ends the run (after
            // this paragraph's own quotes, whose pronouns may still mean that person). A line that is no sentence, a
            // link or caption set into the story ("(PHOTOS: Republicans, 2016 contenders)", "Analysis: Stormy Daniels
            // isn't suing Donald Trump for cash"), leaves it as it was.
            let narrativeOnly = spans.isEmpty && readings.speakers.allSatisfy { $0 == nil }
            let prose = Self.isProse(scalars)
            // A one-word name that the paragraph writes before another capitalized word opens a title, not a
            // person ("Love It Or Hate It, the title of which …, is a game"); "O’Brien declined" is someone.
            let introduced = person.flatMap { Self.opensTitle($0.name, in: article.paragraphs[index].text) ? nil : $0 }
            defer { lately.person = narrativeOnly ? (prose ? introduced : nil) ?? lately.person : nil }
            guard !spans.isEmpty else {
                // Reported speech without quotes still tells who is speaking next.
                if let speaker = readings.speakers.last(where: { $0 != nil }) ?? nil { last = speaker }
                runningOn = false
                continue
            }
            // A transcript's turns and stage directions are a record of an exchange, not quotes;
            // quotes inside a turn are the quotes of the one whose turn it is.
            let opensWithQuote = spans[0].outer.lowerBound == 0
            // The first quote's label, read only where the paragraph opens with it (a turn does); its text is made only
            // for a quote with a colon (`QuoteTranscript.label(ofScalars:in:)`) or in a transcript.
            let firstInner = scalars[spans[0].inner]
            let firstLabel = opensWithQuote ? QuoteTranscript.label(ofScalars: firstInner, in: article.paragraphs[index].text) : nil
            if let label = firstLabel {
                let mention = label.capitalized
                let entity = directory.resolve(mention)
                // "Q:" and "A:" name no one.
                turnSpeaker = Speaker(name: label.count > 1 ? entity?.name ?? mention : label.lowercased(), mention: label, role: entity?.role, cue: ":")
            }
            inTranscript = opensWithQuote && (turnSpeaker != nil && firstLabel != nil
                || inTranscript && (runningOn || QuoteTranscript.isStageDirection(String(scalars: firstInner))))
            if inTranscript {
                let inner = spans[0].inner
                for nested in QuoteSpanScanner.spans(in: Array(scalars[inner])) where !nested.runsOn {
                    let range = (nested.inner.lowerBound + inner.lowerBound)..<(nested.inner.upperBound + inner.lowerBound)
                    let text = String(scalars: scalars[range].trimmingWhitespaces)
                    quotes.append(Quote(
                        text: text, speaker: turnSpeaker.flatMap(Self.displayedName), mention: turnSpeaker?.mention,
                        role: turnSpeaker?.role, cue: turnSpeaker?.cue, paragraph: index))
                    placements.append(Placement(explicit: true, runsOn: false, continuation: false, alone: false, reopened: true))
                }
                runningOn = spans.last?.runsOn ?? false
                continue
            }
            turnSpeaker = nil
            let paragraphSpeaker = readings.speakers.compactMap { $0 }.first
            let continues = runningOn || (spans[0].outer.lowerBound == 0 && paragraphSpeaker == nil)
            let credit = dashAttribution(at: tokens.count, tokens: tokens, directory: directory)
            // Only quotes: no narrative words outside the marks.
            let alone = spans[0].outer.lowerBound == 0 && sentences.indices.allSatisfy { context.words(inSentence: $0).allSatisfy { !$0.startsWithLetter } }
            // Three titles or more in a row, joined by commas or "and", list works even where the sentence takes a
            // stance: "the soundtrack blasting classic rock staples such as “White Rabbit,” “Paranoid,” …".
            // The list is read over every quote of the paragraph, those already set aside as names too: "the star of
            // “American Pie”, “Van Wilder” and “The Big Lebowski”".
            let listedTitles = Set(QuoteNameFilter.titleList(scannedTexts,
                gaps: zip(scanned, scanned.dropFirst()).map { String(scalars: scalars[$0.outer.upperBound..<max($0.outer.upperBound, $1.outer.lowerBound)]) })
                .map { scanned[$0].outer.lowerBound })
            for (spanIndex, span) in spans.enumerated() {
                let text = scannedTexts[kept[spanIndex]]
                guard text.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { continue }
                // A quoted heading standing alone: “‘All Bets Are Off.’”, or a short phrase a section heading takes
                // from what follows, unpunctuated: "“We write with urgency”", "“Alarming mortality rate”".
                if span.outer.lowerBound == 0, span.outer.upperBound + 1 >= scalars.count,
                   QuoteNameFilter.isHeading(text) || !runningOn && !(index > 0 && introducing[index - 1]) && QuoteNameFilter.isSectionHeading(text) {
                    continue
                }
                // A nickname inside a name: Robert C. “Bobby” Scott.
                // The tokens after the quote, found by bisection (tokens are in text order).
                let after = QuoteParagraph.firstToken(tokens, from: span.outer.upperBound)
                let next = after < tokens.count ? tokens[after].text : nil
                if QuoteNameFilter.isNickname(text, before: context.words(before: span.outer.lowerBound, count: 1).first, next: next) { continue }
                // A name glossed as one: "The Secret Service calls the president “Renegade,” his agency nickname."
                if QuoteNameFilter.isGlossedAsName(after: tokens[after...].prefix(5).map(\.text)) { continue }
                // A word quoted as a word: because “she” is a “he”.
                if QuoteNameFilter.isWordMention(text) { continue }
                // A term the article gave as a name before is that name again: "so-called “basket options”" … "warning
                // banks about using “basket options,” structures in which …".
                if !markedNames.isEmpty, QuoteNameFilter.isTerm(text), markedNames.contains(QuoteNameFilter.termKey(text)) { continue }
                let endSentence = sentences.lastIndex { $0.start < span.outer.upperBound } ?? 0
                let startSentence = sentences.lastIndex { $0.start <= span.outer.lowerBound } ?? 0
                let narrative = context.words(inSentence: startSentence, before: span.outer.lowerBound)
                let inNarrative = narrative.filter { $0.startsWithLetter }.count >= 2
                // A term opening a sentence as its subject: "“Humidifier lung” may result from …".
                // A cue in the sentence makes it that source's words: "“Several suspects” were arrested during the raids, State
                // Department officials said".
                if narrative.isEmpty, !(spanIndex == 0 && runningOn), QuoteNameFilter.isSubjectTerm(text, next: next),
                   readings.candidates[startSentence].isEmpty { continue }
                // A term counted by a number, in a sentence with no word of saying, is a thing: "Three “aerials,” ladders with
                // hoses, fought the fire"; not "Ham also noted several “intangibles”", "The four “loopholes” he cited are …".
                if let count = narrative.last, QuoteNameFilter.isCount(count), QuoteNameFilter.isTerm(text), text.split(atASCII: 0x20).count <= 2,
                   !QuoteAttribution.tellsOfSaying(context.words(ofSentence: startSentence, and: endSentence)) {
                    continue
                }
                // A gloss is no quote: "a sign that says “Akwaaba,” which means “Welcome”".
                if QuoteNameFilter.followsGloss(narrative), QuoteNameFilter.isShortName(text) { continue }
                // A name given in narrative, with no one saying it: "HP is called “feather duvet lung.”". Only the
                // quote's own clause is read for a word of saying: "Microsoft posted a link …, and customers need
                // only click the icon marked “Enable.”".
                // A work's name after its noun and a naming participle is a title in any sentence: "…,” said López, who
                // wrote a book called “Dog Whistle Politics.”".
                if QuoteNameFilter.followsWorkNaming(narrative), QuoteNameFilter.isShortName(text) { continue }
                if QuoteNameFilter.followsNaming(narrative), QuoteNameFilter.isShortName(text),
                   !QuoteAttribution.tellsOfSaying(QuoteNameFilter.ownClause(context.words(inSentence: startSentence), from: narrative.count)
                        .filter { !QuoteNameFilter.namingVerbs.containsLowercased($0) }) {
                    continue
                }
                let afterDash = (after < tokens.count ? after : nil).flatMap {
                    dashAttribution(at: $0, tokens: tokens, directory: directory) ?? nameCredit(at: $0, tokens: tokens, directory: directory)
                }
                // The cue nearest the quote in its sentence: "When Clinton noted …, Trump boasted, “…”".
                // (A local function, not a closure kept in a constant, which is made with copies of what it captures at every quote.)
                func cueSpeaker(_ sentence: Int) -> Speaker? {
                    let near = context.wordCount(inSentence: sentence, before: span.outer.lowerBound)
                    return QuoteAttribution.find(in: context.words(inSentence: sentence), candidates: readings.candidates[sentence], near: near, common: common).map {
                        resolve($0.mention, cue: $0.cue, directory, organizations, antecedent: antecedent(cueAntecedents(sentence), last: last ?? mentioned, recent: lately.people, things: things, introduced: lately.person, pronoun: $0.mention), names: resolvedNames)
                    }
                }
                // The clause the quote sits in may name its source: "… after she blamed shootings on “implicit bias”".
                let clause = inNarrative ? QuoteAttribution.clauseSource(in: narrative, common: common) : nil
                // A subordinate clause speaks for the quote over the cue after the quote and over a cue
                // before it that takes an object or ends an earlier clause: "Christie described her
                // as a “disgrace” after she …", "…, and as Trump went on about “…,” Melanie said yes";
                // not over reported speech: "Netanyahu said … as long as Israel had “…”".
                let clauseFirst = clause.map { clause in
                    let found = readings.candidates[startSentence]
                    return startSentence == endSentence && QuoteAttribution.subordinators.containsLowercased(narrative[clause.start])
                        && found.allSatisfy { $0.cue >= narrative.count || $0.cue < clause.start
                            && (QuoteAttribution.objectCues.containsLowercased(narrative[$0.cue]) || QuoteAttribution.clauseEnds(in: narrative, from: $0.cue, to: clause.start)) }
                } ?? false
                var speaker = afterDash ?? (clauseFirst ? nil : cueSpeaker(endSentence) ?? (startSentence != endSentence ? cueSpeaker(startSentence) : nil))
                if speaker == nil, spanIndex == 0, span.outer.lowerBound == 0, !runningOn { speaker = introduces }
                // Whether the speaker is only the sentence's subject, with no cue or clause naming a source.
                var subjectOnly = false
                if speaker == nil, inNarrative {
                    // "After saying her foot was “…,” she was …": the subject after the quote speaks.
                    let main = QuoteAttribution.opensWithParticipleCue(narrative)
                        ? QuoteAttribution.mainSubject(after: Array(context.words(inSentence: startSentence).dropFirst(narrative.count)), common: common) : nil
                    let source = main ?? clause?.mention ?? QuoteAttribution.subject(in: narrative, common: common)
                    subjectOnly = main == nil && clause == nil
                    speaker = source.map {
                        resolve($0, cue: nil, directory, organizations, antecedent: antecedent(antecedents(before: startSentence), last: last ?? mentioned, recent: lately.people, things: things, introduced: lately.person, pronoun: $0), names: resolvedNames)
                    }
                }
                // A term set in quotes inside narrative, in a sentence with no one to say it but its subject and no word of
                // saying: "The less valuable mines would be placed in a separate “liquidating trust.”",
                // "Those Uber “side hustle” commercials were super cool back in 2016";
                // not one that casts someone "as" it, in someone's words: "going after Trump as “unfit”".
                // An article alone before it puts the term in narrative too: "The “sex tape” reference was …".
                // So does a preposition: "Under “normal” office use, there was no drain at all.".
                // So does a possessive alone: "Sochi's “ring of steel” is a zone …".
                let afterArticle = narrative.count == 1 && (["the", "a", "an"].contains(narrative[0].lowercased()) || QuoteAttribution.prepositions.containsLowercased(narrative[0])
                    || narrative[0].count > 2 && narrative[0].endsWithPossessiveS)
                // The words of the sentences the quote spans, made once for the tests below.
                let allWords = context.words(ofSentence: startSentence, and: endSentence)
                // A person the sentence is about, joined to the quote by a copula, is described in their own
                // words: "Mayor Ruth Diaz was “thrilled.”".
                let describesSubject = subjectOnly && QuoteNameFilter.followsCopula(narrative) && speaker?.isPerson == true
                // Only the quote's own clause is read for a word of saying: "Calxeda offers “wimpy core” servers … —
                // while HP is exploring the idea with a research effort it calls Project Moonshot"; a quote after a
                // colon, with the clause the colon ends: "… rolling out a new campaign message: “It's about me.”"; an opening
                // passive phrase is left out before a quoted subject: "described in a new study …, “Bigfoot” was discovered".
                // Words set off by dashes are a clause of their own: "HQ’s “technical” co-founder — the engineer who some believed …".
                let segment = QuoteNameFilter.dashSegment(allWords, quoteAt: narrative.count)
                let ownClause = narrative.last == ":" ? allWords
                    : QuoteNameFilter.sayingClause(Array(allWords[segment]), quoteAt: narrative.count - segment.lowerBound, next: next)
                // A speaker's label before a colon introduces speech, short as it may be: "PRESIDENT OBAMA: “--we're gonna be there.”".
                let labelled = narrative.last == ":" && QuoteTranscript.label(of: narrative.joined(separator: " ")) != nil
                // An "according to" in another clause or outside the aside sources that clause, not the term: "…, according
                // to multiple sources, and it created a “rough patch” for the co-founders".
                let sourcedElsewhere = startSentence == endSentence && QuoteNameFilter.sourcedOnlyOutside(
                    readings.candidates[startSentence], words: context.words(inSentence: startSentence), quoteAt: narrative.count)
                if speaker == nil || subjectOnly && !describesSubject && !QuoteAttribution.takesStance(allWords) || sourcedElsewhere, inNarrative || afterArticle, !labelled,
                   !(spanIndex == 0 && runningOn), QuoteNameFilter.isTerm(text), !QuoteNameFilter.followsAs(narrative, next: next),
                   !QuoteAttribution.tellsOfSaying(ownClause) {
                    continue
                }
                // A law's name no one brings, a term of no one in particular ("a person’s “inner child”"), and a term a sentence of
                // narrative asks for ("The buzz term for that? “Pediatric neuroenhancement.”") are no one's words.
                if speaker == nil || subjectOnly, !(spanIndex == 0 && runningOn), QuoteNameFilter.isTerm(text) {
                    // A subject that brings the law keeps it: "the senators introduced the “Clean Water Restoration Act”".
                    if inNarrative, QuoteNameFilter.namesLegislation(text) && !QuoteAttribution.takesStance(narrative)
                        || QuoteNameFilter.followsIndefinitePossessive(narrative) { continue }
                    if narrative.isEmpty, startSentence > 0, readings.speakers[startSentence - 1] == nil, readings.speakers[startSentence] == nil,
                       context.words(inSentence: startSentence - 1).contains(where: { QuoteNameFilter.termNouns.containsLowercased($0) }) {
                        continue
                    }
                }
                // The name of a thing in title case inside narrative, with no cue or subject giving it a speaker, is
                // a name even in a sentence of saying: "the church was criticised for promoting a “Love Won Out
                // Conference”" (a subject that brings it keeps it: "the senators introduced the “… Act”").
                if speaker == nil, inNarrative, !(spanIndex == 0 && runningOn),
                   QuoteNameFilter.isTitleCaseName(text), !QuoteNameFilter.followsAs(narrative, next: next) {
                    continue
                }
                // A work's title in title case, with no cue naming anyone saying it and no word of saying or stance
                // before it in its sentence, is a name even where the sentence starts with it or the paragraph lists
                // them: "“The Avengers,” “Avatar” and … had all crossed $1 billion", "“SOS,” May 13, 2006", "took aim
                // at the declaration of “Made in America” week"; not a line of dialogue standing alone (“Stephanie.”)
                // nor a title someone says: "proclaimed a goal of “Peace Through Strength.”". A sentence opening with
                // the title is read whole: "“American Skin (41 Shots)” was written by Springsteen". A list of them is
                // titles whoever the sentence is about: "Ketsoyan did not reveal what the star of “American Pie”, “Van
                // Wilder” and “The Big Lebowski” was being treated for".
                let before = narrative.isEmpty ? allWords : narrative
                if speaker == nil || subjectOnly, !alone, !(spanIndex == 0 && runningOn), QuoteNameFilter.isWorkTitle(text),
                   listedTitles.contains(span.outer.lowerBound)
                    || !QuoteNameFilter.followsAs(narrative, next: next) && !QuoteAttribution.tellsOfSaying(before) && !QuoteAttribution.takesStance(before) {
                    continue
                }
                // A thing's name given before is that name again where no cue gives a speaker: "the “Safe Ride Solutions”
                // program" … "players who've been drinking would call “Safe Ride Solutions” and be driven home".
                if speaker == nil || subjectOnly, !(spanIndex == 0 && runningOn), !thingNamesGiven.isEmpty,
                   thingNamesGiven.contains(QuoteNameFilter.termKey(text)) { continue }
                // A word or two set before the noun they modify, with no one to say them, is a term even in a
                // sentence of saying: "… what is predicted to result from “exogenic” processes".
                if speaker == nil || subjectOnly && speaker?.isPerson != true, inNarrative, !(spanIndex == 0 && runningOn),
                   QuoteNameFilter.isModifierTerm(text, before: narrative.last, next: next),
                   // Before a name, only where no one says anything: not "Trump’s announcement that … had reached a “historic” Phase 1 trade agreement".
                   next?.startsWithUppercase != true || !QuoteAttribution.tellsOfSaying(allWords) {
                    continue
                }
                // A quote after a sentence introducing its speaker: "Sanders identified …. “The younger …”".
                // A capitalized common word opening that sentence introduces no one: "Wages, incomes had flat-lined".
                let introduced = startSentence > 0 ? readings.subjects[startSentence - 1].flatMap { $0.isPerson && !isCommonWordSubject($0, directory) ? $0 : nil } : nil
                placements.append(Placement(
                    explicit: speaker != nil, runsOn: span.runsOn, continuation: spanIndex == 0 && runningOn && span.outer.lowerBound == 0, alone: alone,
                    reopened: span.inner.lowerBound > span.outer.lowerBound))
                // A quote opening its sentence right after a quote with its cue goes on with that speaker when
                // the next sentence is reported speech of its own: “…," he told her. "I like ….” She says that he ….
                let following = startSentence + 1 < readings.speakers.count ? context.words(inSentence: startSentence + 1) : []
                let goesOn = narrative.isEmpty && startSentence > 0 && readings.speakers[startSentence - 1] != nil
                    && following.contains { $0.equalsLowercased("that") }
                speaker = speaker ?? (continues ? last : nil) ?? (goesOn ? readings.speakers[startSentence - 1] : nil)
                    ?? nearest(readings.speakers, to: startSentence) ?? introduced ?? credit ?? last
                // A quote broken off with a dash and taken up with one, across a line in between, goes on with its
                // speaker: "“… if we've got-- a parent/teacher conference--” / STEPHANOPOULOS: You're gonna be there. /
                // OBAMA: “--we're gonna be there.”".
                if Self.takesUp(text), let previous = quotes.last, previous.paragraph >= index - 2, Self.breaksOff(previous.text), let mention = previous.mention {
                    speaker = Speaker(name: previous.speaker ?? mention, mention: mention, role: previous.role, cue: previous.cue)
                }
                quotes.append(Quote(
                    text: text, speaker: speaker.flatMap(Self.displayedName), mention: speaker?.mention, role: speaker?.role,
                    cue: speaker?.cue, paragraph: index))
                if let speaker { last = speaker; lately.remember(speaker) }
            }
            if let speaker = readings.speakers.last(where: { $0 != nil }) ?? nil { last = speaker }
            runningOn = spans.last?.runsOn ?? false
        }
        let body = Self.joiningBrokenQuotes(Self.creditLaterSpeakers(quotes, placements, openers: openers, introducing: introducing), placements)
        let titled = Self.creditedFromBody(headlineQuotes(article, common: common, directory: names.directory, organizations: learnedOrganizations), body: body)
        return Self.withoutCommonWordSpeakers(titled + body, common: common)
    }

    /// The quotes with no speaker where one was only a capitalized word that the article also
    /// writes in lower case and that resolved to no one ("Officials at Homeland Security … said",
    /// "People asked …"): a description, which stays as the quote's mention, not a name.
    static func withoutCommonWordSpeakers(_ quotes: [Quote], common: TokenWordSet) -> [Quote] {
        quotes.map { quote in
            guard let speaker = quote.speaker, speaker == quote.mention, !UTF8Scan.containsByte(speaker, 0x20),
                  common.containsLowercased(speaker) else { return quote }
            var described = quote
            described.speaker = nil
            return described
        }
    }

    /// How a quote's speaker was found.
    struct Placement {
        /// From the quote's own sentence (a cue, a credit line, the subject), not a neighbour.
        var explicit: Bool
        /// The quote runs on into the next paragraph.
        var runsOn: Bool
        /// The quote continues one from the paragraph before.
        var continuation: Bool
        /// The paragraph holds only quotes.
        var alone: Bool
        /// The quote opens with a mark of its own (a continuation may reopen, or just go on).
        var reopened: Bool
    }

    /// Speakers named after the quote: a quote running on into a paragraph that names its
    /// speaker (“… / … keep working,” McConnell said.), and a paragraph of only a quote whose
    /// next paragraph opens with the attribution (“…” / Smith said in a statement …).
    /// `introducing` tells the paragraphs that end with a colon, introducing the next one.
    static func creditLaterSpeakers(_ quotes: [Quote], _ placements: [Placement], openers: [Speaker?], introducing: [Bool]) -> [Quote] {
        var quotes = quotes
        var credited = placements.map(\.explicit)
        for i in quotes.indices.reversed() where !credited[i] {
            if placements[i].runsOn, i + 1 < quotes.count, placements[i + 1].continuation, credited[i + 1] {
                let later = quotes[i + 1]
                quotes[i].speaker = later.speaker; quotes[i].mention = later.mention; quotes[i].role = later.role; quotes[i].cue = later.cue
                credited[i] = true
                continue
            }
            let paragraph = quotes[i].paragraph
            // The last line of a quote broken over lines whose first line, all quote, opens it after narrative that names no
            // one speaking: "… tried to prevent more violence. / “The mayor … should be down here. / Right now!” / Williams, a
            // critic of NYPD policy, said before …" (not a quote carried on from a speaker before, nor one opened inside a
            // sentence: "You would think that they would know that, “hey, …").
            let closesBroken = placements[i].continuation && !placements[i].reopened && i > 0 && placements[i - 1].runsOn && !credited[i - 1]
                && placements[i - 1].alone && !placements[i - 1].continuation && !Self.followsSpeech(quotes, at: i - 1, introducing: introducing)
            guard placements[i].alone, !placements[i].runsOn, !placements[i].continuation || closesBroken, paragraph + 1 < openers.count,
                  let opener = openers[paragraph + 1], quotes.indices.filter({ quotes[$0].paragraph == paragraph }).allSatisfy({ !credited[$0] })
            else { continue }
            // The previous paragraph named no one speaking: the quote belongs to the next one.
            if !closesBroken, Self.followsSpeech(quotes, at: i, introducing: introducing) { continue }
            quotes[i].speaker = displayedName(opener); quotes[i].mention = opener.mention; quotes[i].role = opener.role; quotes[i].cue = opener.cue
            // The broken quote's first line takes it up (`runsOn` above).
            if closesBroken { credited[i] = true }
        }
        return quotes
    }

    /// Whether the paragraph before quote `i`'s introduces speech (ends with a colon) or holds a
    /// quote, whose speaker quote `i` may go on with.
    private static func followsSpeech(_ quotes: [Quote], at i: Int, introducing: [Bool]) -> Bool {
        let paragraph = quotes[i].paragraph
        return paragraph > 0 && (introducing[paragraph - 1] || i > 0 && quotes[i - 1].paragraph == paragraph - 1)
    }

    /// One quote for each quote broken over paragraphs without marks reopening it (text with a
    /// sentence a line: “I think he was tested / 10-15 times,” he said.): the pieces joined,
    /// in the first piece's paragraph, credited as the first piece (its speaker already taken
    /// from the later ones when it named none). A quote whose paragraphs each reopen with a
    /// mark, as newswire writes them, stays one quote a paragraph.
    static func joiningBrokenQuotes(_ quotes: [Quote], _ placements: [Placement]) -> [Quote] {
        var joined: [Quote] = []
        for (i, quote) in quotes.enumerated() {
            if i > 0, placements[i].continuation, !placements[i].reopened, placements[i - 1].runsOn, var previous = joined.popLast() {
                previous.text += " " + quote.text
                if previous.speaker == nil, previous.mention == nil {
                    (previous.speaker, previous.mention, previous.role, previous.cue) = (quote.speaker, quote.mention, quote.role, quote.cue)
                }
                joined.append(previous)
            } else {
                joined.append(quote)
            }
        }
        return joined
    }

    /// True when a sentence opens with its attribution: "Smith said in a statement.", "Said Smith:".
    /// `candidates` are the attributions `QuoteAttribution.candidates` finds in `words`.
    /// A name and its appositive set off by commas may open it: "Williams, a critic of NYPD policy, said before …".
    static func opensWithAttribution(_ words: [String], candidates: [(attribution: QuoteAttribution, cue: Int)]) -> Bool {
        guard let first = candidates.first else { return false }
        if first.cue <= 5 && !words.prefix(first.cue).contains(where: { $0 == "," || QuoteAttribution.clauseWords.contains($0) }) { return true }
        guard first.cue <= 12, words[first.cue - 1] == ",", let comma = words.firstIndex(of: ","), comma > 0, comma + 2 < first.cue,
              !words[(comma + 1)..<(first.cue - 1)].contains(where: { appositiveStops.contains($0) }) else { return false }
        return first.attribution.mention == QuoteAttribution.join(words[..<comma])
    }

    /// The marks that end an appositive opening a sentence before its cue (`opensWithAttribution`),
    /// a set made once, not a list built at every word.
    private static let appositiveStops: WordSet = [",", ";", ".", ":"]

    /// A resolved speaker at one quote. Never changed once made, and passed around the
    /// paragraph loop many times (subjects, antecedents, the latest speakers): a reference,
    /// copied with one retain rather than one for each of its strings.
    final class Speaker {
        let name: String
        let mention: String
        let role: String?
        let cue: String?

        /// Whether the speaker is a named person (`QuoteExtractor.isPerson`): asked again and again
        /// of the same speakers (the subjects a pronoun may mean), and told once.
        var isPerson: Bool {
            if let known = personKnown { return known }
            let person = QuoteExtractor.isPerson(self)
            personKnown = person
            return person
        }

        /// `isPerson` once told. (Not a `lazy var`, whose every read is checked for exclusive access
        /// at run time: a read or a write here is one access, none inside another, and
        /// `QuoteExtractor.isPerson` reads only the speaker's constants.)
        @exclusivity(unchecked) private var personKnown: Bool?

        init(name: String, mention: String, role: String?, cue: String?) {
            self.name = name
            self.mention = mention
            self.role = role
            self.cue = cue
        }
    }

    /// Lower-case words of the article, less those that are also parts of full names: a
    /// capitalized word in this set is an ordinary word at a sentence start, not a name.
    /// Also the directory of the article's names, with how many of them (`known`) each
    /// paragraph's end has introduced: learning only appends, so the directory after paragraph
    /// `i` is the first `known[i]` entities. The names of the `headline` and deck the body
    /// bears out come first; their words add no common word. Also each paragraph's
    /// `NameStarts`, found in the same reading of each token's first byte.
    static func commonWords(_ paragraphs: [[Token]], headline: [[Token]] = []) -> (
        common: TokenWordSet, names: (directory: SpeakerDirectory, known: [Int]), starts: NameStarts
    ) {
        var cache = WordLeadCache()
        return commonWords(paragraphs, headline: headline, cache: &cache)
    }

    /// `commonWords` with what the first bytes of the tokens' word types tell kept in `cache`
    /// (`WordLeadCache`), and read from there; a word type's text is added to the table once.
    static func commonWords(_ paragraphs: [[Token]], headline: [[Token]] = [], cache: inout WordLeadCache) -> (
        common: TokenWordSet, names: (directory: SpeakerDirectory, known: [Int]), starts: NameStarts
    ) {
        // Distinct lower-case words are far fewer than tokens.
        let tokenCount = paragraphs.reduce(0) { $0 + $1.count }
        var lowercase = WordTable(capacity: tokenCount / 2)
        var starts = NameStarts(paragraphs: paragraphs.count, tokens: tokenCount)
        cache.startArticle(paragraphs)
        cache.withBuffers { cache in
            for paragraph in paragraphs {
                // (Read in place: a token's text is copied only to be added.)
                paragraph.withUnsafeBufferPointer { tokens in
                    for k in tokens.indices {
                        let lead = cache.lead(of: tokens[k])
                        switch lead.byte {
                        case .asciiLowercase(let hash): if cache.isFirst(tokens[k]) { lowercase.insert(tokens[k].text, asciiHash: hash) }
                        case .lowercase: if cache.isFirst(tokens[k]) { lowercase.insert(tokens[k].text) }
                        case .asciiCapital: starts.append(k)
                        case .otherASCII: continue
                        case .other:
                            starts.append(k)
                            if lead.lowercase, cache.isFirst(tokens[k]) { lowercase.insert(tokens[k].text) }
                        }
                    }
                }
                starts.endParagraph()
            }
        }
        let all = TokenWordSet(lowercase)
        var names = SpeakerDirectory()
        for tokens in headline { names.learn(fromHeadline: tokens, body: paragraphs, lowercase: all) }
        var known: [Int] = []
        known.reserveCapacity(paragraphs.count)
        for (p, tokens) in paragraphs.enumerated() {
            names.learn(from: tokens, starts: starts[p], lowercase: all)
            known.append(names.entities.count)
        }
        // (The words of the names are gathered in a table of their own, made into the set once.)
        var removed = WordTable()
        for entity in names.entities { removed.insertLowercasedWords(of: entity.name) }
        return (TokenWordSet(lowercase, removed: removed), (names, known), starts)
    }

    /// Whether a quote is broken off with a dash: "… a parent/teacher conference--".
    static func breaksOff(_ text: String) -> Bool { text.hasSuffix("--") || text.hasSuffix("\u{2014}") }

    /// Whether a quote takes up one broken off, opening with a dash: "--we're gonna be there.".
    static func takesUp(_ text: String) -> Bool { text.hasPlainPrefix("--") || text.hasPlainPrefix("\u{2014}") }

    /// What a word's first byte tells: whether it starts with a lower-case letter
    /// (`startsLowercase`), with the word's `ASCIIWordHash` when it is all ASCII, and whether
    /// it may open a name (not `opensWithASCIINonCapital`), all told in one reading of an
    /// ASCII word's bytes.
    enum LeadingByte: Equatable {
        /// An ASCII lower-case letter opening a word of ASCII bytes, whose hash is given.
        case asciiLowercase(hash: UInt64)
        /// An ASCII lower-case letter opening a word with other bytes.
        case lowercase
        /// An ASCII capital: the word may open a name.
        case asciiCapital
        /// Another ASCII byte: neither lower-case nor opening a name.
        case otherASCII
        /// No byte, or one past ASCII: the word may open a name, and may start with a lower-case letter.
        case other
    }

    /// What `word`'s first byte tells (`LeadingByte`), its bytes read once.
    static func leadingByte(_ word: String) -> LeadingByte {
        UTF8Scan.withBytes(word) { bytes -> LeadingByte in
            guard let first = bytes.first, first < 0x80 else { return .other }
            guard first &- 0x61 < 26 else { return first &- 0x41 < 26 ? .asciiCapital : .otherASCII }
            return ASCIIWordHash.of(bytes).map { .asciiLowercase(hash: $0) } ?? .lowercase
        }
    }

    /// Whether `text` starts with a lower-case letter (ASCII decided from its first byte).
    static func startsLowercase(_ text: String) -> Bool {
        guard let byte = text.firstByte else { return false }
        if byte < 0x80 { return byte >= 0x61 && byte <= 0x7A }
        return text.startsWithLowercase
    }

    /// The bracketed run that opens a paragraph, spaces aside, from its "[" to the "]" closing
    /// it ("[Rapinoe responds: ‘It’s [expletive] unbelievable.’]" holds a bracket of its own); nil
    /// when the paragraph opens otherwise or the bracket never closes.
    static func openingBrackets(_ scalars: [Unicode.Scalar]) -> Range<Int>? {
        guard let first = scalars.firstIndex(where: { !$0.isSpaceOrTab }), scalars[first] == "[" else { return nil }
        var depth = 0
        for k in first..<scalars.count {
            if scalars[k] == "[" { depth += 1 } else if scalars[k] == "]" { depth -= 1; if depth == 0 { return first..<(k + 1) } }
        }
        return nil
    }

    /// Whether a paragraph reads as prose: it ends a sentence (a period, question or exclamation
    /// mark) and opens with no bracket.
    static func isProse(_ scalars: [Unicode.Scalar]) -> Bool {
        guard let first = scalars.first(where: { !$0.isSpaceOrTab }), let last = scalars.last(where: { !$0.isSpaceOrTab }) else { return false }
        return first != "(" && first != "[" && (last == "." || last == "?" || last == "!")
    }

    /// Whether the last character of `text` before trailing spaces and tabs is a colon (a
    /// paragraph that introduces what follows).
    static func endsWithColon(_ text: String) -> Bool {
        // Most paragraphs end with a sentence mark: a last byte that is ASCII but no space or tab is the last
        // scalar the scalars are read back to, and the colon only when it is one.
        if let last = text.utf8.last, last < 0x80, last != 0x20, last != 0x09 { return last == 0x3A }
        return text.unicodeScalars.last { !$0.isSpaceOrTab } == ":"
    }

    /// Whether `text` ends with a cue verb and a comma, a line that hands the speech to the next
    /// paragraph: "To which she replied,".
    static func endsWithCueAndComma(_ text: String) -> Bool {
        // Most paragraphs end with a sentence mark: a last byte that is ASCII but no comma, space or tab is the
        // trimmed text's last scalar, and its last character is then no comma.
        if let last = text.utf8.last, last < 0x80, last != 0x2C, last != 0x20, last != 0x09 { return false }
        let trimmed = text.trimmingSpaces()
        guard trimmed.hasSuffix(","), let last = trimmed.dropLast().split(separator: " ").last else { return false }
        let word = String(last)
        return word.startsWithLowercase && QuoteAttribution.cues.contains(word)
    }

    /// The speaker a pronoun refers to: the latest subject of the paragraph that fits it
    /// (a person for "he" and "she"), else the previous speaker. `subjects` are made only for a
    /// pronoun: most mentions are names.
    /// `things` are names of products and places ("Google Maps"), which "he" and "she" never mean.
    private func antecedent(
        _ subjects: @autoclosure () -> [Speaker?], last: Speaker?, recent: [Speaker], things: Set<String> = [], introduced: Speaker? = nil, pronoun: String
    ) -> Speaker? {
        let lower = Self.possessivePronoun(of: pronoun) ?? pronoun.lowercasedIfNeeded
        // "We" and "I" outside quotes are the writers, whom the article names no antecedent for.
        guard QuoteAttribution.pronouns.contains(lower), lower != "we", lower != "i" else { return nil }
        let personal = lower == "he" || lower == "she"
        // "She" is not the man named last: the sex an honorific, role or given name tells must agree.
        let wanted = SpeakerGender.of(pronoun: lower)
        func agrees(_ speaker: Speaker) -> Bool {
            guard let wanted, let known = Self.gender(of: speaker) else { return true }
            return known == wanted
        }
        // "It" is no one whose sex a given name, honorific or role tells ("When PolitiFact examined the
        // senator’s statement, it was labeled …" after Bernie Sanders spoke).
        let thing = lower == "it"
        for subject in subjects().reversed() {
            guard let subject, !QuoteAttribution.isPronoun(subject.mention) else { continue }
            if thing, Self.gender(of: subject) != nil { continue }
            // Nor is "she" an acronym: "KFC".
            if personal, !subject.isPerson || !agrees(subject) || subject.name.count <= 6 && !subject.name.contains(where: \.isLowercase)
                || things.contains(subject.name) { continue }
            return subject
        }
        if thing { return last.flatMap { Self.gender(of: $0) == nil ? $0 : nil } }
        // The person the narrative since the last speaker was about, when the sex agrees.
        if personal, let introduced, introduced.isPerson, agrees(introduced), !things.contains(introduced.name) { return introduced }
        // "He writes" after "Google Maps claims …": not the product, but the person of that sex named lately, if any.
        if personal, let last, things.contains(last.name) { return recent.last { agrees($0) && Self.gender(of: $0) != nil } }
        guard let last, personal, !agrees(last) else { return last }
        return recent.last { agrees($0) && Self.gender(of: $0) != nil }
    }

    /// Names in `directory` of products and places, not people: a plural last word the article
    /// also writes in lower case, after a first word that is no known given name ("Google Maps",
    /// "Rocky Mountains"; not "Jeff Sessions" nor "Elizabeth Banks").
    /// `lowercase` holds the article's words that start with a lower-case letter (`commonWords`
    /// before names were taken out).
    static func thingNames(_ directory: SpeakerDirectory, lowercase: TokenWordSet) -> Set<String> {
        let candidates = directory.entities.map(\.name).filter { name in
            // A plural last word ends with the byte "s" (spaces after it aside): most names are ruled out unsplit.
            guard name.utf8.reversed().first(where: { $0 != 0x20 }) == 0x73 else { return false }
            let words = name.split(atASCII: 0x20)
            guard words.count >= 2, let first = words.first, let last = words.last, last.count > 3, last.hasSuffix("s"),
                  !SpeakerGender.maleNames.contains(String(first)), !SpeakerGender.femaleNames.contains(String(first)) else { return false }
            return true
        }
        guard !candidates.isEmpty else { return [] }
        return Set(candidates.filter { name in name.split(atASCII: 0x20).last.map { lowercase.wasInserted($0.lowercased()) } ?? false })
    }

    /// True for a mention of one capitalized word, no pronoun, that names no one the article introduced.
    static func isLoneUnknownWord(_ mention: String, _ directory: SpeakerDirectory) -> Bool {
        !mention.containsPhrase(" ") && mention.startsWithUppercase && !QuoteAttribution.pronouns.containsLowercased(mention)
            && directory.resolve(mention) == nil
    }

    /// Whether `word` stands on its own inside a sentence somewhere in the article, after a
    /// lower-case word, a number, a comma, a title or an honorific, as a name does ("the Obama
    /// plan", "President Obama", "Mr. Obama"); a capitalized word opening a sentence or ending
    /// another name ("the National Center for Scientific Research") does not. `starts` are the
    /// paragraphs' `NameStarts`: a word that starts with a capital equals no token opening with
    /// an ASCII byte but a capital (what is canonically equal to it starts with a capital too:
    /// "K" and "\u{212A}", "É" and "E\u{301}"), and only the tokens at the starts are read for
    /// it (nil, or a word opening otherwise, reads them all).
    static func isWrittenInsideSentence(_ word: String, _ paragraphs: [[Token]], starts: NameStarts? = nil) -> Bool {
        // A word of ASCII bytes but "K", ";" and "`" equals only tokens of its bytes (`equalsPlainWord`): a token of
        // another length is passed over without a string comparison.
        // (The word's byte count is read once, not at every token of the article.)
        let plain = word.utf8.allSatisfy { $0 < 0x80 && $0 != 0x4B && $0 != 0x3B && $0 != 0x60 }
        let count = word.utf8.count
        func standsInside(_ tokens: [Token], at k: Int) -> Bool {
            let text = tokens[k].text
            guard plain ? text.utf8.count == count && text == word : text == word else { return false }
            let before = tokens[k - 1].text
            return startsLowercase(before) || tokens[k - 1].isNumber || before == "," || SpeakerDirectory.isTitle(before)
                || SpeakerDirectory.isHonorific(before) || before == "." && k >= 2 && SpeakerDirectory.isHonorific(tokens[k - 2].text + ".")
        }
        // (The optional is opened once, not at every paragraph, where it would be copied.)
        guard word.startsWithUppercase, let starts else {
            return paragraphs.contains { tokens in tokens.indices.dropFirst().contains { standsInside(tokens, at: $0) } }
        }
        return paragraphs.indices.contains { p in starts[p].contains { $0 > 0 && standsInside(paragraphs[p], at: $0) } }
    }

    /// The sex a speaker's mention, role or name tells, if any.
    static func gender(of speaker: Speaker) -> SpeakerGender? {
        SpeakerGender.of(words: speaker.mention) ?? speaker.role.flatMap { SpeakerGender.of(words: $0) } ?? SpeakerGender.of(words: speaker.name)
    }

    /// True for a named speaker, not a pronoun or a description ("the report"), nor a name a
    /// description resolved to ("the newspaper" → "The Washington Post"): `Speaker.isPerson`.
    private static func isPerson(_ speaker: Speaker) -> Bool {
        guard speaker.name.startsWithUppercase, !QuoteAttribution.isPronoun(speaker.mention) else { return false }
        // "Violence Against Women Act", "Clinton Foundation": laws and organizations are no one, nor is a name or
        // mention whose last word names a source. A mention written as the name (most are) ends as the name does.
        return !SpeakerHead.namesNoPerson(speaker.name)
            && (UTF8Scan.sameBytes(speaker.mention, speaker.name) || !SpeakerHead.endsWithSourceNoun(speaker.mention))
    }

    /// Whether `name`, one word, is written in `text` only right before another capitalized word,
    /// as the first word of a title is ("Love It Or Hate It").
    static func opensTitle(_ name: String, in text: String) -> Bool {
        guard !name.containsPhrase(" ") else { return false }
        if let plain = plainOpensTitle(name + " ", in: text) { return plain }
        var found = false
        var rest = text[...]
        while let range = rest.range(of: name + " ") {
            found = true
            guard rest[range.upperBound...].startsWithUppercase else { return false }
            rest = rest[range.upperBound...]
        }
        return found
    }

    /// `opensTitle` of plain text (`PlainText`) and a printable ASCII phrase: the matches
    /// Foundation finds are the byte matches, and a capital opening the rest is an ASCII one.
    private static func plainOpensTitle(_ phrase: String, in text: String) -> Bool? {
        UTF8Scan.withBytes(phrase) { needle -> Bool? in
            guard PlainText.isPrintableASCII(needle) else { return nil }
            return UTF8Scan.withBytes(text) { bytes -> Bool? in
                guard PlainText.isPlain(bytes) else { return nil }
                var found = false
                var i = 0
                while i + needle.count <= bytes.count {
                    guard (0..<needle.count).allSatisfy({ bytes[i + $0] == needle[$0] }) else { i += 1; continue }
                    found = true
                    i += needle.count
                    guard i < bytes.count, bytes[i] &- 0x41 < 26 else { return false }
                }
                return found
            }
        }
    }

    /// Last words of the names of laws, plans and products.
    static let thingHeads: WordSet = ["Act", "Law", "Bill", "Plan", "Program", "Programme", "Project", "Fund", "Treaty", "Accord", "Agreement"]

    /// The pronoun a possessive opening a mention stands for: "his team" → "he".
    /// Reads the bytes of the first word (words split at spaces): a possessive is ASCII, and no
    /// word with other scalars lower-cases to one.
    static func possessivePronoun(of mention: String) -> String? {
        UTF8Scan.withBytes(mention) { bytes -> String? in
            var start = 0
            while start < bytes.count, bytes[start] == 0x20 { start += 1 }
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            // A second word must follow.
            var next = end
            while next < bytes.count, bytes[next] == 0x20 { next += 1 }
            guard next < bytes.count, end - start >= 3, end - start <= 5 else { return nil }
            var folded: UInt64 = 0
            for k in start..<end {
                let b = bytes[k]
                guard b < 0x80 else { return nil }
                folded = folded << 8 | UInt64(b.asciiLowercased)
            }
            switch folded {
            case Self.packed("his"): return "he"
            case Self.packed("her"): return "she"
            case Self.packed("their"): return "they"
            case Self.packed("its"): return "it"
            default: return nil
            }
        }
    }

    /// The bytes of a short ASCII word packed into an integer, first byte highest.
    private static func packed(_ word: StaticString) -> UInt64 {
        var value: UInt64 = 0
        word.withUTF8Buffer { for b in $0 { value = value << 8 | UInt64(b) } }
        return value
    }

    /// The speaker's name as shown and linked to a people page, or nil when the mention names
    /// no one: an unresolved pronoun, a country ("US", "South Korea"), or a description
    /// ("the website", "his team", "a company spokesman"), which stays as the quote's mention.
    static func displayedName(_ speaker: Speaker) -> String? {
        let name = speaker.name
        // Names start and end with capitals ("Abdel Aziz al-Hilu" with its particle); "The statement", "About 100
        // protesters" do not. (Asked first: descriptions, "the company spokesman", are the mentions a country is
        // slowest to rule out.)
        guard asciiHasNameEdges(name) ?? hasNameEdges(name) else { return nil }
        if QuoteAttribution.isPronoun(name) || CountryNames.isCountry(name) { return nil }
        return name
    }

    /// Whether `name`'s first word does not open in lower case and its last opens with a capital,
    /// or is a particle after another word ("Abdel Aziz al-Hilu"): the edges of a name. Its first
    /// and last words are read from either end: the name is not split.
    static func hasNameEdges(_ name: String) -> Bool {
        var words = SpaceSeparatedWords(name[...])
        guard let first = words.next(), let last = name.lastSpaceSeparatedWord else { return false }
        return !first.startsWithLowercase && (last.startsWithUppercase || words.next() != nil && QuoteAttribution.isNameParticle(String(last)))
    }

    /// `hasNameEdges` of an ASCII name (nearly every one), read from its bytes: its words are the
    /// runs between space bytes, and each opens in the case of its first byte. Nil for another name.
    static func asciiHasNameEdges(_ name: String) -> Bool? {
        UTF8Scan.withBytes(name) { bytes -> Bool? in
            guard UTF8Scan.isASCII(bytes) else { return nil }
            guard let first = PlainText.word(in: bytes, within: bytes.indices, backward: false), let last = PlainText.lastWord(in: bytes) else { return false }
            if bytes[first.lowerBound] &- 0x61 < 26 { return false }
            if bytes[last.lowerBound] &- 0x41 < 26 { return true }
            // (A particle opens in lower case: alone, it is a first word that does.)
            return QuoteAttribution.isNameParticle(String(decoding: UnsafeBufferPointer(rebasing: bytes[last]), as: UTF8.self))
        }
    }

    /// The speaker of the nearest sentence with a cue, a following one first at equal distance.
    private func nearest(_ speakers: [Speaker?], to index: Int) -> Speaker? {
        for distance in 1..<max(speakers.count, 1) {
            if index + distance < speakers.count, let s = speakers[index + distance] { return s }
            if index - distance >= 0, let s = speakers[index - distance] { return s }
        }
        return nil
    }

    /// Resolves a mention: pronouns to their antecedent, names to the full name and role
    /// introduced earlier, a role before a name split off ("9/11 widow Terry Strada"),
    /// descriptions ("the report") to themselves. The `antecedent` is sought only for a pronoun
    /// or a possessive: most mentions are names. With `names`, other mentions resolved before
    /// under the same directories are not resolved again.
    func resolve(
        _ mention: String, cue: String?, _ directory: SpeakerDirectory, _ organizations: OrganizationDirectory, antecedent: @autoclosure () -> Speaker?,
        names: ResolvedNames? = nil
    ) -> Speaker {
        if QuoteAttribution.isPronoun(mention) {
            guard let antecedent = antecedent() else { return Speaker(name: mention, mention: mention, role: nil, cue: cue) }
            return Speaker(name: antecedent.name, mention: mention, role: antecedent.role, cue: cue)
        }
        // "his team", "her lawyer": someone of the person named before, not that person.
        if Self.possessivePronoun(of: mention) != nil {
            let rest = mention.split(atASCII: 0x20).dropFirst().joined(separator: " ")
            let owner = antecedent().flatMap { Self.displayedName($0) }
            return Speaker(name: mention, mention: mention, role: owner.map { "\($0)\u{2019}s \(rest)" }, cue: cue)
        }
        if let known = names?.speaker(mention, cue: cue) { return known }
        let speaker = resolveName(mention, cue: cue, directory, organizations)
        names?.keep(speaker)
        return speaker
    }

    /// `resolve` of a mention that is neither a pronoun nor a possessive: read from the
    /// mention and the directories alone.
    private func resolveName(_ mention: String, cue: String?, _ directory: SpeakerDirectory, _ organizations: OrganizationDirectory) -> Speaker {
        // "the newspaper", "the ministry", "the minister": the one the article named.
        if let name = organizations.resolve(nominal: mention) {
            // A record's author the article named in full: "the letter" of "Ms Bishop wrote in a letter" is Julie Bishop's.
            let person = name.containsPhrase(" ") ? nil : directory.resolve(name)
            return Speaker(name: person?.name ?? name, mention: mention, role: person?.role, cue: cue)
        }
        if let entity = directory.resolve(nominal: mention) { return Speaker(name: entity.name, mention: mention, role: entity.role, cue: cue) }
        if let entity = directory.resolve(mention) {
            return Speaker(name: entity.name, mention: mention, role: entity.role, cue: cue)
        }
        // The end of a body's name after "of": "Foreign Affairs" of "The Department of Foreign Affairs told …".
        if mention.startsWithUppercase, !organizations.organizations.isEmpty {
            let ending = " of " + mention
            if let body = organizations.organizations.last(where: { $0.name.hasSuffix(ending) }) {
                return Speaker(name: body.name, mention: mention, role: nil, cue: cue)
            }
        }
        // A mention of one word (no space byte, no space character) has no role to split off: most unresolved ones.
        guard UTF8Scan.containsByte(mention, 0x20) else { return Speaker(name: mention, mention: mention, role: nil, cue: cue) }
        // Nor has one whose last word opens with no capital ("The government", "Industry groups"): a role would take
        // every word. It is a known name only after an office's words, which takes three words or more and a name
        // known; else it is not split. (An ASCII last word, nearly every one, is read from the bytes.)
        let lastOpensLower = SpeakerHead.withASCIILastWord(mention) { last, _ in last.first.map { $0 &- 0x41 >= 26 } ?? false }
        if lastOpensLower == true, directory.entities.isEmpty || mention.spaceSeparatedCount < 3 {
            return Speaker(name: mention, mention: mention, role: nil, cue: cue)
        }
        let words = mention.spaceSeparatedWords
        // Words of an office before a known name: "State John Kerry" of "Secretary of State John Kerry" (each ending
        // joined and looked up once, and none when no name is known).
        if words.count >= 3, !directory.entities.isEmpty {
            for k in 1...(words.count - 2) {
                if let entity = directory.resolve(words[k...].joinedBySpaces) {
                    return Speaker(name: entity.name, mention: mention, role: entity.role, cue: cue)
                }
            }
        }
        // "the German": a description, as "the diplomat" is, not a role and a name.
        if words.count == 2, QuoteAttribution.determiners.containsLowercased(words[0]), QuoteAttribution.isNationalityNoun(words[1]) {
            return Speaker(name: mention, mention: mention, role: nil, cue: cue)
        }
        // A role before the name: drop words up to the last lower-case word, honorific or role noun.
        let roleEnd = words.lastIndex { word in
            !word.startsWithUppercase || SpeakerDirectory.isHonorific(word) || SpeakerDirectory.titles.contains(word)
                || SpeakerDirectory.roleNouns.containsLowercased(word)
        }
        if let roleEnd, roleEnd + 1 < words.count {
            let name = words[(roleEnd + 1)...].joinedBySpaces
            let role = words[...roleEnd].filter { !SpeakerDirectory.isHonorific($0) }.joinedBySpaces
            if let entity = directory.resolve(name) { return Speaker(name: entity.name, mention: mention, role: entity.role ?? (role.isEmpty ? nil : role), cue: cue) }
            return Speaker(name: name, mention: mention, role: role.isEmpty ? nil : role, cue: cue)
        }
        return Speaker(name: mention, mention: mention, role: nil, cue: cue)
    }

    /// A pull-quote credit: a dash then a name at `index`, closing the paragraph or right after
    /// a closing mark ("“…” ― Carla Sanchez"). At the paragraph's end, the dash is sought among
    /// its last `tail` tokens (`creditTail`: a dash before them has too much after it).
    func dashAttribution(at index: Int, tokens: [Token], directory: SpeakerDirectory, tail: Int = Self.creditTail) -> Speaker? {
        var dash = index
        if index == tokens.count {
            // The paragraph's last dash, when only a name follows it.
            guard let found = tokens[max(0, tokens.count - tail)...].lastIndex(where: { Self.isCreditDash($0.text) }), found > 0 else { return nil }
            dash = found
        }
        guard dash < tokens.count, Self.isCreditDash(tokens[dash].text) else { return nil }
        var end = dash + 1
        while end < tokens.count, end - dash <= 5,
              QuoteAttribution.isNameWord(tokens[end].text) || (tokens[end].text == "." && QuoteAttribution.isHonorific(tokens[end - 1].text)) {
            end += 1
        }
        guard end > dash + 1 else { return nil }
        if index == tokens.count, end < tokens.count, !(end + 1 == tokens.count && tokens[end].text == ".") { return nil }
        let mention = tokens[(dash + 1)..<end].map(\.text).joined(separator: " ").replacingOccurrences(of: " .", with: ".")
        let entity = directory.resolve(mention)
        return Speaker(name: entity?.name ?? mention, mention: mention, role: entity?.role, cue: tokens[dash].text)
    }

    /// How many tokens closing a paragraph may hold its credit dash (`dashAttribution`): the
    /// dash, the name after it (six tokens at most) and a period, and one to spare.
    static let creditTail = 9

    /// A pull-quote credit without a dash: only a name of two to six words, a title allowed,
    /// between a closing mark at `index` and the paragraph end or an aside about the person
    /// closing it (`creditEnd`): "“Pope Francis has been a powerful voice …” Senator Ted Cruz".
    private func nameCredit(at index: Int, tokens: [Token], directory: SpeakerDirectory) -> Speaker? {
        let end = Self.creditEnd(tokens, from: index)
        guard (2...6).contains(end - index) else { return nil }
        for k in index..<end {
            let word = tokens[k].text
            guard QuoteAttribution.isNameWord(word) || word == "." && k > index && QuoteAttribution.isHonorific(tokens[k - 1].text) else { return nil }
        }
        let mention = tokens[index..<end].map(\.text).joined(separator: " ").replacingOccurrences(of: " .", with: ".")
        return resolve(mention, cue: nil, directory, OrganizationDirectory(), antecedent: nil)
    }

    /// Whether `text` is one of the dashes before a credit: "\u{2015}", "\u{2014}", "\u{2013}" or "-".
    /// None of them decomposes and none is what another scalar decomposes to: a string equals one
    /// only when it is its bytes (E2 80 95, E2 80 94, E2 80 93, 2D), read without hashing.
    @inline(__always)
    static func isCreditDash(_ text: String) -> Bool {
        var bytes = text.utf8.makeIterator()
        switch bytes.next() {
        case 0x2D: return bytes.next() == nil
        case 0xE2:
            guard bytes.next() == 0x80, let last = bytes.next(), last &- 0x93 < 3 else { return false }
            return bytes.next() == nil
        default: return false
        }
    }
}
