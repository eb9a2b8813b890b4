import Foundation

/// The content words of a text for comparing articles: lower-cased, folded to ASCII where
/// the letters allow, stop words out, reduced to a light stem ("troops" → "troop",
/// "reported" → "report").
enum StoryTerms {
    /// Content words of `text` in order, repeats kept.
    static func terms(_ text: String) -> [String] {
        var reader = Reader()
        reader.read(text)
        reader.finish()
        return reader.terms
    }

    /// The content words of each of `texts` as their numbers (`Reader.number`), repeats kept:
    /// words equal as strings have the same number across the texts, as `terms` of each would
    /// give equal strings.
    static func numbers(_ texts: [String]) -> [[UInt64]] {
        var reader = Reader(numbers: true)
        var names: [UInt64]?, search: StorySearchTerms?
        return texts.map { text in
            let start = reader.numbers.count
            // Text whose words are ASCII (nearly all) is read from its bytes, as story documents read it.
            let readBytes = UTF8Scan.withBytes(text) { bytes -> Bool in
                guard ASCIIWordText.holds(bytes) else { return false }
                StoryDocument.readASCIIWords(bytes, into: &reader, names: &names, search: &search)
                return true
            }
            if !readBytes {
                reader.read(text)
                reader.finish()
            }
            return Array(reader.numbers[start...])
        }
    }

    /// Reads content words scalar by scalar: `terms(text)` is what reading the text's scalars
    /// and finishing leaves in `terms`. A space ends a word, so the terms of a text are those
    /// of its space-separated words one after another.
    struct Reader {
        /// The content words read so far (none when reading numbers).
        private(set) var terms: [String] = []
        /// The numbers (`WordList.number`) of the content words read so far, when reading
        /// numbers: an ASCII word is stemmed and numbered from its bytes, without a string.
        private(set) var numbers: [UInt64] = []
        private let numbered: Bool
        /// The number of each word past ASCII read so far, by its first spelling: words that
        /// are equal as strings (canonically equivalent) share it, as they share a string key.
        private var spellings: [String: UInt64] = [:]
        // The word being read, as UTF-8 bytes, with its length in scalars and whether its
        // scalars are all digits and the last one is, and whether all are ASCII.
        private var word: [UInt8] = []
        private var length = 0
        private var allDigits = true
        private var lastDigit = false
        private var ascii = true
        /// The tables ASCII words are read by, taken once for the reader.
        private let rules = StoryTerms.asciiRules

        /// A reader of terms, or of their numbers (`numbers`).
        init(numbers: Bool = false) {
            numbered = numbers
            word.reserveCapacity(32)
        }

        /// Reads the scalars of `text` (as `read(_:)` of each), ASCII ones from their bytes.
        mutating func read(_ text: String) {
            UTF8Scan.withBytes(text) { bytes in
                var i = 0
                while i < bytes.count {
                    if bytes[i] < 0x80 {
                        read(ascii: bytes[i])
                        i += 1
                    } else {
                        let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
                        read(scalar)
                        i += length
                    }
                }
            }
        }

        /// Reads one scalar: ASCII by `read(ascii:)`; past ASCII a letter or digit joins the word
        /// folded (`fold`), "’" is passed over as "'" is, and anything else ends the word.
        mutating func read(_ scalar: Unicode.Scalar) {
            if scalar.value < 0x80 { return read(ascii: UInt8(truncatingIfNeeded: scalar.value)) }
            if let folded = StoryTerms.fold(scalar) {
                if folded.value < 0x80 {
                    word.append(UInt8(truncatingIfNeeded: folded.value))
                } else {
                    UTF8.encode(folded) { word.append($0) }
                    ascii = false
                }
                length += 1
                let digit = folded.value < 0x80 ? (folded.value >= 0x30 && folded.value <= 0x39) : folded.properties.numericType != nil
                allDigits = allDigits && digit
                lastDigit = digit
            } else if scalar != "\u{2019}" {
                finish()
            }
        }

        /// `read` of the ASCII scalar `byte`, from its value alone: a letter joins the word
        /// lower-cased and a digit as it is; a comma or period after a digit and an apostrophe
        /// are passed over; anything else ends the word.
        @inline(__always)
        mutating func read(ascii byte: UInt8) {
            if byte.isASCIILetter {
                word.append(byte.asciiLowercased)
                length += 1
                allDigits = false
                lastDigit = false
            } else if byte &- 0x30 < 10 {
                word.append(byte)
                length += 1
                lastDigit = true
            } else if byte == 0x2C || byte == 0x2E, length > 0, lastDigit {
                return  // "15,000" and "7.6" stay one token
            } else if byte == 0x27 {
                return  // "Reid's" → "reids" is rarer than "reid" + "s"; keep the name
            } else {
                finish()
            }
        }

        /// Ends the word being read.
        mutating func finish() {
            defer {
                word.removeAll(keepingCapacity: true)
                length = 0
                allDigits = true
                lastDigit = false
                ascii = true
            }
            guard length > 2 || (length == 2 && allDigits) else { return }
            if ascii {
                // Stop words and stems told on the bytes: one string made, of the term.
                let allDigits = allDigits
                if numbered {
                    if let number = word.withUnsafeMutableBufferPointer({ rules.number(ascii: $0, allDigits: allDigits) }) { numbers.append(number) }
                } else if let term = word.withUnsafeMutableBufferPointer({ rules.term(ascii: $0, allDigits: allDigits) }) {
                    terms.append(term)
                }
                return
            }
            let token = String(decoding: word, as: UTF8.self)
            guard !stopWords.contains(token) else { return }
            let term = stem(token)
            guard numbered else { return terms.append(term) }
            numbers.append(number(term))
        }

        /// The number of `term` in this reader: `WordList.number` of its bytes, or for a term
        /// past ASCII, of the first spelling read of it.
        mutating func number(_ term: String) -> UInt64 {
            if let known = spellings[term] { return known }
            let number = WordList.number(term)
            if !term.utf8.allSatisfy({ $0 < 0x80 }) { spellings[term] = number }
            return number
        }

        /// Ends an ASCII word read elsewhere (`StoryDocument` reads ASCII text a byte at a
        /// time): `word` holds what `read(ascii:)` would have gathered of it (lower-cased
        /// letters and digits, its bytes stemmed in place here); `allDigits` says whether every
        /// byte is a digit. The same as `finish` when reading numbers.
        mutating func finish(ascii word: UnsafeMutableBufferPointer<UInt8>, allDigits: Bool) {
            if let number = rules.number(ascii: word, allDigits: allDigits) { numbers.append(number) }
        }
    }

    /// A letter or digit past ASCII, lower-cased and without accents when it is Latin; nil
    /// otherwise. (ASCII is folded from its value by `Reader.read(ascii:)`.)
    fileprivate static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return nil }
        guard let base = String(scalar).decomposedStringWithCanonicalMapping.lowercased().unicodeScalars.first else { return scalar }
        return base
    }

    /// A light suffix stripper, enough to merge plural and tense forms of the same word.
    static func stem(_ word: String) -> String {
        if let stemmed = asciiStem(word) { return stemmed }
        guard word.count > 4, word.unicodeScalars.first?.properties.numericType == nil else { return word }
        for (suffix, replacement) in suffixes where word.hasSuffix(suffix) && word.count - suffix.count >= 3 {
            return String(word.dropLast(suffix.count)) + replacement
        }
        return word
    }

    /// `stem` of an ASCII word from its bytes (nil for other words), with the same rules.
    private static func asciiStem(_ word: String) -> String? {
        UTF8Scan.withBytes(word) { bytes -> String? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            let rules = asciiRules
            guard let rule = rules.stemRule(bytes) else { return word }
            let (suffix, replacement) = rules.suffixes[rule]
            return String(decoding: bytes.dropLast(suffix.count) + replacement, as: UTF8.self)
        }
    }

    /// What ASCII words are read by (`Reader`, `asciiStem`): the stop words and the stemming
    /// suffixes as bytes, in one static, so that a reader takes them once instead of checking
    /// four statics' one-time initialization at every word.
    fileprivate struct ASCIIRules: Sendable {
        let stopWords = StoryTerms.stopWords
        /// The ASCII stop words of eight bytes or fewer, looked up by their bytes as one number
        /// (most words are that short; `stopWords` hashes a word byte by byte). The rules read
        /// ASCII words only, which no stop word past ASCII can equal.
        let shortStopWords = ShortWordSet(StoryTerms.stopWords.words.filter { $0.utf8.count <= 8 && $0.utf8.allSatisfy { $0 < 0x80 } })
        /// The length in bytes of the longest stop word: a longer word is none.
        let longestStopWord = StoryTerms.stopWords.words.map(\.utf8.count).max() ?? 0
        /// `StoryTerms.suffixes` as bytes.
        let suffixes: [([UInt8], [UInt8])] = StoryTerms.suffixes.map { (Array($0.utf8), Array($1.utf8)) }
        /// Each suffix (four bytes at most) as its bytes in one number, last byte lowest, with
        /// the mask of its bytes in a number of a word's last four and its length.
        let suffixKeys: [(bytes: UInt32, mask: UInt32, length: Int)] = StoryTerms.suffixes.map { suffix, _ in
            let length = suffix.utf8.count
            return (suffix.utf8.reduce(0) { $0 << 8 | UInt32($1) }, length == 4 ? .max : (1 << (8 * UInt32(length))) - 1, length)
        }

        /// The position in `suffixes` of the rule `stem` applies to the ASCII word `bytes`, or
        /// nil when none does: a word of five bytes or more, not starting with a digit, ending in
        /// the suffix with three bytes or more before it (the first such rule). Each suffix is
        /// compared as the number its bytes make (`suffixKeys`).
        func stemRule(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            let count = bytes.count
            guard count > 4, !(bytes[0] >= 0x30 && bytes[0] <= 0x39) else { return nil }
            // Every suffix ends in "s", "d", "g" or "y".
            let last = bytes[count - 1]
            guard last == 0x73 || last == 0x64 || last == 0x67 || last == 0x79 else { return nil }
            var tail: UInt32 = 0
            for i in (count - 4)..<count { tail = tail << 8 | UInt32(bytes[i]) }
            for (rule, key) in suffixKeys.enumerated() where count - key.length >= 3 && tail & key.mask == key.bytes {
                return rule
            }
            return nil
        }

        /// The number of the ASCII word in `word` as `Reader.finish` reads it (`stemmed`).
        func number(ascii word: UnsafeMutableBufferPointer<UInt8>, allDigits: Bool) -> UInt64? {
            stemmed(ascii: word, allDigits: allDigits).map { WordList.number(UnsafeBufferPointer(rebasing: word[..<$0])) }
        }

        /// The term of the ASCII word in `word` as `Reader.finish` reads it (`stemmed`).
        func term(ascii word: UnsafeMutableBufferPointer<UInt8>, allDigits: Bool) -> String? {
            stemmed(ascii: word, allDigits: allDigits).map { String(decoding: UnsafeBufferPointer(rebasing: word[..<$0]), as: UTF8.self) }
        }

        /// The length of the term the ASCII word in `word` makes, its bytes stemmed in place
        /// (`stem`, as `asciiStem` does to a string): nil when it is too short or a stop word.
        private func stemmed(ascii word: UnsafeMutableBufferPointer<UInt8>, allDigits: Bool) -> Int? {
            let count = word.count
            guard count > 2 || (count == 2 && allDigits) else { return nil }
            let bytes = UnsafeBufferPointer(word)
            if count <= 8 ? shortStopWords.contains(ascii: bytes) : count <= longestStopWord && stopWords.contains(ascii: bytes) { return nil }
            guard let rule = stemRule(bytes) else { return count }
            let (suffix, replacement) = suffixes[rule]
            var length = count - suffix.count
            // Every replacement is shorter than its suffix: the stem fits in place.
            for byte in replacement {
                word[length] = byte
                length += 1
            }
            return length
        }
    }

    fileprivate static let asciiRules = ASCIIRules()

    private static let suffixes: [(String, String)] = [
        ("ies", "y"), ("ied", "y"), ("ing", ""), ("edly", ""), ("ed", ""), ("ers", "er"), ("ses", "s"),
        ("es", "e"), ("ly", ""), ("s", ""),
    ]

    static let stopWords: LexiconSet = [
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "are", "was", "were", "been",
        "being", "has", "have", "had", "its", "his", "her", "hers", "their", "them", "they", "she", "you", "your",
        "our", "ours", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "will", "would",
        "could", "should", "can", "may", "might", "must", "not", "but", "than", "then", "there", "here", "also",
        "about", "after", "before", "over", "into", "out", "said", "says", "say", "told", "one", "two", "new",
        "just", "all", "some", "any", "more", "most", "other", "such", "only", "very", "even", "because",
        "while", "during", "since", "did", "does", "doing", "him", "himself", "herself", "itself", "mr", "mrs",
        "ms", "now", "according", "its", "it's", "upon", "under", "between", "through", "against", "among",
        "would", "get", "got", "going", "like", "well", "back", "still", "much", "many", "each", "both",
        "few", "own", "same", "too", "off", "again", "further", "once", "yet", "per", "via", "any", "every",
        "another", "whether", "though", "although", "however", "including", "include", "included", "without",
        "within", "around", "across", "along", "near", "told", "tell", "tells", "saying", "added", "add",
        "don", "didn", "doesn", "isn", "wasn", "aren", "won", "can't", "cannot", "let", "make", "made",
        "take", "took", "taken", "come", "came", "see", "seen", "know", "known", "think", "want", "way",
        "day", "days", "week", "weeks", "month", "months", "year", "years", "time", "times", "today",
        "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "people", "report", "reported", "reports", "news", "story", "according", "told", "three", "four",
        "five", "six", "seven", "eight", "nine", "ten", "first", "second", "last", "next", "least", "often",
        "already", "ago", "later", "earlier", "early", "late", "set", "put", "use", "used", "using", "went",
        "being", "become", "became", "something", "anything", "nothing", "someone", "anyone", "everyone",
        "www", "http", "https", "com", "html", "reuters", "associated", "press",
    ]
}
