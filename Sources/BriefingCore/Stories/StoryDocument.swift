/// What the grouping compares of one brief: its content words, the names it uses, where it
/// was filed and the dates of what it reports.
struct StoryDocument: Sendable {
    /// Content words of the headline and body, each as its number (`WordList.number`) with how
    /// often it occurs, in order of first occurrence.
    var terms: [(word: UInt64, count: Int)]
    /// How many content words the text has, repeats counted.
    var length: Int { terms.reduce(0) { $0 + $1.count } }
    /// Content words written as names (capitalized away from a sentence start), as numbers,
    /// ascending and each once (as digests keep them).
    let names: [UInt64]
    /// Bit `name >> 56` of each of `names`: most words that are no name are told so without
    /// a search (word numbers are hashes, so their top bits spread evenly).
    private let nameFilter: SIMD4<UInt64>
    /// The dateline place, folded.
    var place: String?
    /// Days (since 1970-01-01) of the events told at day precision in the opening paragraphs.
    var eventDays: [Int]
    /// Years of the publication date and of the events told in the opening paragraphs,
    /// ascending and each once (as digests keep them).
    var years: [Int]

    /// How many paragraphs from the top tell the main event.
    static let openingParagraphs = 3

    /// A document of these parts (`names` and `years` ascending and each once).
    init(terms: [(word: UInt64, count: Int)], names: [UInt64], place: String?, eventDays: [Int], years: [Int]) {
        self.terms = terms
        self.names = names
        var filter = SIMD4<UInt64>()
        for name in names { filter[Self.filterWord(name)] |= Self.filterBit(name) }
        nameFilter = filter
        self.place = place
        self.eventDays = eventDays
        self.years = years
    }

    /// Which of `nameFilter`'s words holds the bit of `word`, and the bit.
    private static func filterWord(_ word: UInt64) -> Int { Int(truncatingIfNeeded: word >> 62) }
    private static func filterBit(_ word: UInt64) -> UInt64 { 1 << (word >> 56 & 63) }

    /// Whether the content word numbered `word` is one of `names`, searched by halves.
    func isName(_ word: UInt64) -> Bool {
        guard nameFilter[Self.filterWord(word)] & Self.filterBit(word) != 0 else { return false }
        var low = 0, high = names.count
        while low < high {
            let middle = (low + high) / 2
            if names[middle] < word { low = middle + 1 } else { high = middle }
        }
        return low < names.count && names[low] == word
    }
}

extension StoryDocument {
    init(_ brief: Brief) {
        self.init(brief, words: Self.words(brief))
    }

    /// The document of `brief`, whose content words (`words(_:)`) are `words`.
    init(_ brief: Brief, words: Words) {
        let article = brief.article
        let place = article.dateline.map { StoryTerms.terms($0.place).joined(separator: " ") }.flatMap { $0.isEmpty ? nil : $0 }
        // The events told in the opening paragraphs, read where they are (not filtered into copies).
        let events = brief.extraction.events
        var years = Set<Int>(), eventDays: [Int] = []
        for k in events.indices where events[k].paragraph < Self.openingParagraphs && !events[k].ongoing {
            if let year = Int(events[k].date.prefix(4)) { years.insert(year) }
            if events[k].precision == .day, let day = CalendarDate(iso: events[k].date)?.dayNumber { eventDays.append(day) }
        }
        if let published = article.published { years.insert(published.year) }
        self.init(terms: words.terms, names: words.names, place: place, eventDays: eventDays, years: years.sorted())
    }

    /// A text's content words as their numbers (`WordList.number`) with their counts, in
    /// order of first occurrence, and the numbers of those written as names, ascending and
    /// each once.
    typealias Words = (terms: [(word: UInt64, count: Int)], names: [UInt64])

    /// The content words of `brief`'s headline and body, as digests keep them: read as
    /// numbers (`StoryTerms.Reader(numbers:)`), without a string per word.
    static func words(_ brief: Brief) -> Words {
        var search: StorySearchTerms?
        return words(brief, search: &search)
    }

    /// `words(_:)`, adding to `search` (when there is one) the search terms of each text whose
    /// words are ASCII, read in the same pass (`StorySearchTerms`).
    static func words(_ brief: Brief, search: inout StorySearchTerms?) -> Words {
        var reader = StoryTerms.Reader(numbers: true)
        // Every name as often as it is written, made ascending and unique at the end.
        var names: [UInt64]? = []
        func read(_ text: String) {
            let readBytes = UTF8Scan.withBytes(text) { bytes -> Bool in
                guard ASCIIWordText.holds(bytes) else { return false }
                search?.start(searched: true)
                readASCIIWords(bytes, into: &reader, names: &names, search: &search)
                return true
            }
            if readBytes { return }
            search?.start(searched: false)
            if !readScalars(text, into: &reader, names: &names!) {
                reader.read(text)
                reader.finish()
                namesByCharacters(text, reader: &reader, into: &names!)
            }
        }
        read(brief.article.title)
        for paragraph in brief.article.paragraphs { read(paragraph.text) }
        names!.sortKeepingEachOnce()
        return (counted(reader.numbers), names!)
    }

    /// Each distinct word of `words` with its count, in order of first occurrence.
    private static func counted(_ words: [UInt64]) -> [(word: UInt64, count: Int)] {
        var position = NumberTable(capacity: words.count)
        var counted: [(word: UInt64, count: Int)] = []
        counted.reserveCapacity(words.count)
        for word in words {
            // Words are numbered in order of first occurrence, as `counted` lists them.
            let at = Int(position.number(word))
            if at < counted.count {
                counted[at].count += 1
            } else {
                counted.append((word, 1))
            }
        }
        return counted
    }

    /// `names` of one text, split at whitespace characters: right for any text. Names are
    /// numbered by `reader`, as its terms are.
    private static func namesByCharacters(_ text: String, reader: inout StoryTerms.Reader, into found: inout [UInt64]) {
        var opensSentence = true
        for word in text.split(whereSeparator: \.isWhitespace) {
            defer { opensSentence = word.last.map { ".!?:\"\u{201D}".contains($0) } ?? false }
            guard !opensSentence, let first = word.unicodeScalars.first(where: { $0.properties.isAlphabetic }),
                  first.properties.isUppercase else { continue }
            let letters = word.unicodeScalars.filter { $0.properties.isAlphabetic }
            // Long words in capitals are shouting or a label, not a name.
            if letters.count > 5, letters.allSatisfy({ $0.properties.isUppercase }) { continue }
            for term in StoryTerms.terms(String(word)) { found.append(reader.number(term)) }
        }
    }

    /// Reads `text`'s content words into `reader` and the terms of its capitalized words that
    /// do not open a sentence ("Lohan", "Betty Ford") into `names`, in one pass over its
    /// scalars, for text in which no scalar joins the one before it into a character (all below
    /// U+0300, or general punctuation but the joiners): there characters and scalars split
    /// alike, and a name's terms are the terms read from its word. False, with nothing read,
    /// for other text (`namesByCharacters`). (Text whose words are ASCII is read from its
    /// bytes, `readASCIIWords`.)
    private static func readScalars(_ text: String, into reader: inout StoryTerms.Reader, names found: inout [UInt64]) -> Bool {
        let scalars = text.unicodeScalars
        guard !scalars.contains(where: \.mayJoinPrevious) else { return false }
        var word = NameWord(reader)
        for scalar in scalars {
            let v = scalar.value
            if v < 0x80 ? v == 0x20 || v &- 0x09 < 5 : scalar.properties.isWhitespace {
                word.finish(&reader, names: &found)
            } else {
                word.add(scalar.value, isLetter: isAlphabetic(scalar), isUppercase: isUppercase(scalar))
                reader.read(scalar)
            }
        }
        word.finish(&reader, names: &found)
        return true
    }

    /// `readScalars` of text whose words are ASCII (`ASCIIWordText`), from its bytes: each
    /// word is gathered lower-cased (as `StoryTerms.Reader.read(ascii:)` gathers it) in a
    /// buffer as long as the text, without a call per byte. A scalar past ASCII is whitespace
    /// or else ends the word ("’" is passed over), as `StoryTerms.Reader.read` reads a scalar
    /// that is no letter or digit. With `names`, a space-separated word is told a name when it
    /// ends (`isName`). With `search`, each run of letters and digits is added to it as a
    /// search term as it ends.
    static func readASCIIWords(
        _ bytes: UnsafeBufferPointer<UInt8>, into reader: inout StoryTerms.Reader, names found: inout [UInt64]?, search: inout StorySearchTerms?
    ) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count + 1) { word in
            // The content word being read: its length, whether all its bytes are digits and the last one is.
            var length = 0, allDigits = true, lastDigit = false
            // The search run being read starts at `runStart` of `word`.
            var runStart = 0
            // The space-separated word: where it starts, where its terms start, and whether it
            // opens a sentence.
            var start = 0, termsStart = reader.numbers.count, opensSentence = true
            func finishRun() {
                if length > runStart { search?.add(run: UnsafeBufferPointer(rebasing: word[runStart..<length])) }
                runStart = length
            }
            func finishTerm() {
                finishRun()
                reader.finish(ascii: UnsafeMutableBufferPointer(rebasing: word[..<length]), allDigits: allDigits)
                length = 0
                runStart = 0
                allDigits = true
                lastDigit = false
            }
            /// Ends the space-separated word at `end`; the next starts at `next`.
            func finishWord(at end: Int, next: Int) {
                finishTerm()
                if start < end {
                    let spaced = UnsafeBufferPointer(rebasing: bytes[start..<end])
                    // A word that starts with a small letter (most) is no name, told without a call.
                    if found != nil, !opensSentence, spaced[0] &- 0x61 >= 26, isName(spaced) { found! += reader.numbers[termsStart...] }
                    opensSentence = endsSentence(spaced)
                    termsStart = reader.numbers.count
                }
                start = next
            }
            var i = 0
            while i < bytes.count {
                // Most bytes are letters of a run: taken eight at a time. (The word holds at
                // most as many bytes as were read, so it has room for eight more.)
                let letters = ByteWord.copyLowerCasedLetters(bytes, at: i, to: word.baseAddress! + length)
                if letters > 0 {
                    length += letters
                    i += letters
                    allDigits = false
                    lastDigit = false
                    // Fewer than eight: the byte after them (there is one) is no letter, read below.
                    if letters == 8 { continue }
                }
                let byte = bytes[i]
                if byte >= 0x80 {
                    let (scalar, width) = UTF8Scan.scalar(in: bytes, at: i)
                    if !ASCIIWordText.isPunctuation(scalar), scalar.properties.isWhitespace {
                        finishWord(at: i, next: i + width)
                    } else if scalar.value != 0x2019 {
                        finishTerm()
                    } else {
                        finishRun()
                    }
                    i += width
                    continue
                }
                if byte.isASCIILetter {
                    word[length] = byte | 0x20
                    length += 1
                    allDigits = false
                    lastDigit = false
                } else if byte &- 0x30 < 10 {
                    word[length] = byte
                    length += 1
                    lastDigit = true
                } else if byte.isASCIIWhitespace {
                    finishWord(at: i, next: i + 1)
                } else if byte == 0x2C || byte == 0x2E, length > 0, lastDigit {
                    finishRun()  // "15,000" and "7.6" stay one token, of two search terms
                } else if byte == 0x27 {
                    finishRun()  // an apostrophe is passed over
                } else {
                    finishTerm()
                }
                i += 1
            }
            finishWord(at: bytes.count, next: bytes.count)
        }
    }

    /// Whether the space-separated word `spaced` (not opening a sentence; its letters are
    /// ASCII) is written as a name, as `NameWord` tells: its first letter is a capital, and it
    /// is not a long word in capitals (shouting or a label).
    private static func isName(_ spaced: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = spaced.firstIndex(where: \.isASCIILetter), spaced[first] &- 0x41 < 26 else { return false }
        var letters = 0, allCapitals = true
        for byte in spaced[first...] where byte.isASCIILetter {
            letters += 1
            allCapitals = allCapitals && byte &- 0x41 < 26
        }
        return letters <= 5 || !allCapitals
    }

    /// Whether the space-separated word `spaced` ends with ".", "!", "?", ":", a straight or a
    /// closing double quote (E2 80 9D), so that the word after it opens a sentence.
    private static func endsSentence(_ spaced: UnsafeBufferPointer<UInt8>) -> Bool {
        let last = spaced[spaced.count - 1]
        if last == 0x9D { return spaced.count >= 3 && spaced[spaced.count - 3] == 0xE2 && spaced[spaced.count - 2] == 0x80 }
        return last == 0x2E || last == 0x21 || last == 0x3F || last == 0x3A || last == 0x22
    }

    /// The space-separated word `read` is in, told scalar by scalar: whether its first letter
    /// is a capital, how many letters it has and whether all are capitals, where its terms
    /// start in the reader, and whether the word before it ended a sentence.
    private struct NameWord {
        private var last: UInt32?
        private var firstLetterIsUppercase: Bool?
        private var letters = 0
        private var allCapitals = true
        private var termsStart: Int
        private var opensSentence = true

        init(_ reader: StoryTerms.Reader) { termsStart = reader.numbers.count }

        /// Adds a scalar of the word (not whitespace).
        @inline(__always)
        mutating func add(_ value: UInt32, isLetter: Bool, isUppercase: Bool) {
            last = value
            guard isLetter else { return }
            if firstLetterIsUppercase == nil { firstLetterIsUppercase = isUppercase }
            letters += 1
            allCapitals = allCapitals && isUppercase
        }

        /// Ends the word in `reader` too; its terms go to `names` when it is written as a name.
        mutating func finish(_ reader: inout StoryTerms.Reader, names found: inout [UInt64]) {
            reader.finish()
            guard let end = last else { return }
            defer {
                // ".", "!", "?", ":", a straight or a closing double quote.
                opensSentence = [0x2E, 0x21, 0x3F, 0x3A, 0x22, 0x201D].contains(end)
                last = nil
                firstLetterIsUppercase = nil
                letters = 0
                allCapitals = true
                termsStart = reader.numbers.count
            }
            guard !opensSentence, firstLetterIsUppercase == true else { return }
            // Long words in capitals are shouting or a label, not a name.
            if letters > 5, allCapitals { return }
            found += reader.numbers[termsStart...]
        }
    }

    private static func isAlphabetic(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x80 ? (v | 0x20) &- 0x61 < 26 : scalar.properties.isAlphabetic
    }

    private static func isUppercase(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x80 ? v &- 0x41 < 26 : scalar.properties.isUppercase
    }
}
