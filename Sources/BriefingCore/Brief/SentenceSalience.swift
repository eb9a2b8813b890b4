import Foundation

/// How much of what an article keeps talking about a sentence carries: the sum, over the
/// sentence's content words that the article uses more than once, of log(1 + their count in
/// the article); words the summary already holds count half, so a second sentence adds news
/// rather than repeating the first.
struct SentenceSalience {
    /// How often the article uses each term of the sentences to weigh.
    private var counts: [String: Int] = [:]

    /// The salience of `sentences` in `article`: only their terms are counted through the
    /// article, as `weight` asks for no other (an empty list counts nothing).
    init(_ article: Article, weighing sentences: [String]) {
        var wanted = Set<String>()
        for sentence in sentences { wanted.formUnion(Self.terms(sentence)) }
        guard !wanted.isEmpty else { return }
        for paragraph in article.paragraphs {
            for term in Self.terms(paragraph.text) where wanted.contains(term) { counts[term, default: 0] += 1 }
        }
    }

    /// The weight of `sentence`, one of the sentences weighed, next to the sentences already
    /// chosen (`known`). Each distinct
    /// term is added once, in the order the sentence uses them: a sum in a `Set`'s order, which
    /// changes with every process's hash seed, changed its last bits, and with them which of
    /// two sentences of equal weight a summary chose.
    func weight(_ sentence: String, known: Set<String>) -> Double {
        var seen = Set<String>()
        var sum = 0.0
        for term in Self.terms(sentence) where seen.insert(term).inserted {
            let count = counts[term] ?? 0
            guard count > 1 else { continue }
            sum += log(1 + Double(count)) * (known.contains(term) ? 0.5 : 1)
        }
        return sum
    }

    /// Content words of `text`, lower-cased and reduced to a crude stem ("troops" → "troop"):
    /// the lower-cased text split at characters that are neither letters nor numbers, words of
    /// three characters or more that are not stop words. Read from the bytes where every
    /// character of the lower-cased text is one scalar, by characters otherwise.
    static func terms(_ text: String) -> [String] {
        UTF8Scan.withBytes(text) { scalarTerms($0) } ?? characterTerms(text)
    }

    /// `terms` read by characters: right for any text.
    static func characterTerms(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).compactMap { token in
            guard token.count > 2, !stopWords.contains(String(token)) else { return nil }
            return stem(String(token))
        }
    }

    /// `terms` of UTF-8 `bytes` read scalar by scalar; nil for text where a scalar may join the
    /// one before it into a character (`Unicode.Scalar.mayJoinPrevious`) or lower-cases to more
    /// than one (U+0130). There a character is its one scalar, and a letter or number when that
    /// scalar is; the stop words and suffixes are ASCII, so they are compared as bytes.
    private static func scalarTerms(_ bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        var terms: [String] = []
        var word: [UInt8] = []
        var scalars = 0
        func finishWord() {
            defer { word.removeAll(keepingCapacity: true); scalars = 0 }
            guard scalars > 2 else { return }
            word.withUnsafeBufferPointer { bytes in
                guard !StopWordBytes.contains(bytes) else { return }
                let length = bytes.count - stemmedSuffixLength(bytes, scalars: scalars)
                terms.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[..<length]), as: UTF8.self))
            }
        }
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            if byte < 0x80 {
                i += 1
                let lower = byte.asciiLowercased
                if lower &- 0x61 < 26 || lower &- 0x30 < 10 {
                    word.append(lower)
                    scalars += 1
                } else {
                    finishWord()
                }
                continue
            }
            let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
            i += length
            guard !scalar.mayJoinPrevious, scalar.value != 0x130 else { return nil }
            let lower = scalar.properties.changesWhenLowercased ? scalar.properties.lowercaseMapping.unicodeScalars.first! : scalar
            if lower.properties.isAlphabetic || lower.properties.numericType != nil {
                UTF8.encode(lower) { word.append($0) }
                scalars += 1
            } else {
                finishWord()
            }
        }
        finishWord()
        return terms
    }

    /// How many bytes `stem` takes off the word of `bytes` (`scalars` long): the first of its
    /// suffixes the word ends with and is more than three scalars longer than.
    private static func stemmedSuffixLength(_ bytes: UnsafeBufferPointer<UInt8>, scalars: Int) -> Int {
        func ends(_ suffix: StaticString) -> Bool {
            let n = suffix.utf8CodeUnitCount
            guard bytes.count >= n, scalars > n + 3 else { return false }
            return (0..<n).allSatisfy { bytes[bytes.count - n + $0] == suffix.utf8Start[$0] }
        }
        for suffix in suffixes where ends(suffix) { return suffix.utf8CodeUnitCount }
        return 0
    }

    /// The suffixes `stem` takes off, the first that fits.
    private static let suffixes: [StaticString] = ["ing", "ed", "es", "s"]

    /// The stop words as bytes, by length and first byte: a word is looked for among the few
    /// of its length and first letter, without making a string of it.
    private enum StopWordBytes {
        static let table: [Int: [[UInt8]]] = Dictionary(grouping: stopWords.map { Array($0.utf8) }) { $0.count << 8 | Int($0[0]) }

        static func contains(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            guard bytes.count <= 16, let first = bytes.first, let words = table[bytes.count << 8 | Int(first)] else { return false }
            return words.contains { $0.elementsEqual(bytes) }
        }
    }

    private static func stem(_ word: String) -> String {
        for suffix in suffixes.map(\.description) where word.hasSuffix(suffix) && word.count > suffix.count + 3 {
            return String(word.dropLast(suffix.count))
        }
        return word
    }

    private static let stopWords: Set<String> = [
        "the", "and", "for", "with", "from", "that", "this", "these", "those", "are", "was", "were", "been",
        "being", "has", "have", "had", "its", "his", "her", "their", "them", "they", "she", "you", "your",
        "our", "who", "whom", "which", "what", "when", "where", "why", "how", "will", "would", "could",
        "should", "can", "may", "might", "must", "not", "but", "than", "then", "there", "here", "also",
        "about", "after", "before", "over", "into", "out", "said", "says", "say", "told", "one", "two",
        "new", "year", "years", "time", "just", "all", "some", "any", "more", "most", "other", "such",
        "only", "very", "even", "because", "while", "during", "since", "did", "does", "him", "himself",
        "herself", "itself", "we", "us", "mr", "mrs", "ms", "last", "first", "now", "according",
    ]
}
