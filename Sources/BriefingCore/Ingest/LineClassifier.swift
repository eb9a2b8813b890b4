import Foundation

/// Recognizes the non-prose lines that scraped news text is full of.
enum LineClassifier {
    /// Lines made only of separator marks ("####", "* * *", "-----").
    static func isSeparator(_ line: String) -> Bool {
        var sawMark = false
        for scalar in line.unicodeScalars where !scalar.isSpace {
            guard separatorMarks.contains(scalar) else { return false }
            sawMark = true
        }
        return sawMark
    }

    private static let separatorMarks = Set("#*-=_~•·—–+".unicodeScalars)

    /// Navigation, sharing and subscription chrome.
    static func isJunk(_ line: String) -> Bool {
        // Junk lines and prefixes are short: a long line is junk only when it opens with a notice.
        guard line.utf8.count < 480 else { return isLegalNotice(line) }
        let core = line[...].boundsTrimmingPunctuationAndSpaces()
        let utf8 = line.utf8
        let coreBytes = utf8.distance(from: utf8.startIndex, to: core.lowerBound)..<utf8.distance(from: utf8.startIndex, to: core.upperBound)
        return UTF8Scan.withBytes(line) { bytes in
            // A lone e-mail address (the reporter's, under the story).
            if !bytes.contains(0x20), bytes.contains(0x40), bytes.contains(0x2E) { return true }
            // The checks read the trimmed line's lower-cased bytes (Foundation's `contains`, then
            // a lower-cased copy of every line, dominated the ingest profile).
            return UTF8Scan.withLowercased(UnsafeBufferPointer(rebasing: bytes[coreBytes])) { l in
                if isJunkLine(l) || legalPrefixSet.opens(l) { return true }
                if UTF8Scan.characterCount(of: line, isBelow: 300), disclosurePhrases.occurs(in: l) { return true }
                return junkPrefixes.opens(l) && UTF8Scan.characterCount(of: line, isBelow: 120)
            }
        }
    }

    /// Whether the lower-cased bytes `l` are a junk line's. A text equal to one (canonically: its
    /// bytes may be decomposed, at most 4 times as many) is short, and ASCII text equal to one
    /// has its bytes: the set is not asked about longer ones.
    private static func isJunkLine(_ l: UnsafeBufferPointer<UInt8>) -> Bool {
        guard l.count <= longestJunkLine || (l.count <= longestJunkLine * 4 && l.contains { $0 >= 0x80 }) else { return false }
        return junkLines.contains(UTF8Scan.string(l, l.indices))
    }

    /// Affiliate disclosures, editors' notes about the text itself and reporting credits.
    static let disclosurePhraseList = [
        "contains affiliate links", "may earn a commission", "may earn a small commission", "may receive a commission",
        "has been edited for length", "has been edited for clarity", "have been edited for length",
        "contributed to this report", "contributed reporting",
    ]
    private static let disclosurePhrases = PhraseSet(disclosurePhraseList)

    /// A reuse or citation notice ("All rights reserved…", "Citation: …"), junk at any length.
    static func isLegalNotice(_ line: String) -> Bool {
        let l = line.prefix(80).trimmingPunctuationAndSpaces().lowercased()
        return legalPrefixList.contains { l.hasPrefix($0) }
    }

    static let junkLineList = [
        "scroll to top", "back to top", "top", "share", "share this", "share this article",
        "subscribe", "read more", "advertisement", "ad", "print", "email", "facebook", "twitter",
        "linkedin", "whatsapp", "comments", "related articles", "related", "more from", "menu",
        "skip to content", "skip to main content", "close", "listen", "listen to this article",
        "copy link", "link copied", "sign up", "log in", "login", "most read", "most popular",
        "font size", "text size", "follow us", "x", "kakaotalk", "url copied", "photo", "video",
        "don't miss", "don’t miss", "must read", "see also", "read next", "watch", "trending",
        "more on this story", "related content", "recommended for you", "sponsored", "continue reading",
        "you may also like", "you might also like", "save", "bookmark", "more stories", "top stories", "editor's picks",
        // Labels of a page's parts: never a headline or body text.
        "abstract", "full text", "image", "images", "photos", "gallery", "graphic", "audio", "summary",
        "highlights", "story highlights", "key points", "undated",
        // Advertisement labels in other languages.
        "anzeige", "werbung", "publicidad", "publicité", "pubblicità", "publicidade", "reclame", "advertentie",
        "реклама", "광고", "広告",
    ]
    private static let junkLines = Set(junkLineList)

    private static let longestJunkLine = junkLines.map(\.utf8.count).max() ?? 0

    /// A label line announcing the article's abstract ("ABSTRACT."), whose next line is the deck.
    static func isAbstractLabel(_ line: String) -> Bool {
        ["abstract", "summary"].contains(line.trimmingPunctuationAndSpaces().lowercased())
    }

    static let junkPrefixList = [
        "read more:", "read more at", "related:", "related stories", "subscribe to", "sign up for",
        "follow us on", "share on", "click here", "copyright ©", "© ", "all rights reserved",
        "advertisement", "this article was", "(c) ", "reporting by", "editing by", "recommended",
        "copyright", "photography by", "photographs by", "photos by", "read the original article", "follow me on", "with assistance from",
        "责任编辑", "(责任编辑",
    ]
    private static let junkPrefixes = PhraseSet(junkPrefixList)

    /// Reuse and citation notices, junk at any length.
    static let legalPrefixList = [
        "this document is subject to copyright", "citation:", "all rights reserved", "copyright ©",
        "this material may not be published, broadcast, rewritten", "<저작권자", "저작권자",
        // Notes under a story: its print edition, the column's disclaimer.
        "a version of this article appears in print", "the views expressed in this",
    ]

    private static let legalPrefixSet = PhraseSet(legalPrefixList)

    /// A lone image file name ("3ys6S…gyE.jpg", "photo_01.png?w=800").
    static func isImageFileName(_ line: String) -> Bool {
        guard !UTF8Scan.containsByte(line, 0x20) else { return false }
        return UTF8Scan.withBytes(line, printableImageFileName) ?? characterImageFileName(line)
    }

    /// `isImageFileName` of a line with no space, read by characters.
    static func characterImageFileName(_ line: String) -> Bool {
        let lower = line.lowercased()
        let path = lower.split(separator: "?").first.map(String.init) ?? lower
        return imageExtensions.contains { path.hasSuffix($0) }
    }

    private static let imageExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".avif", ".bmp", ".tif", ".tiff"]
    private static let imageExtensionBytes = imageExtensions.map { Array($0.utf8) }

    /// `isImageFileName` of a line of printable ASCII other than a space, read from its bytes
    /// (each a character, lower-cased by folding A–Z); nil for other lines.
    private static func printableImageFileName(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard bytes.allSatisfy({ $0 &- 0x21 < 0x5E }) else { return nil }
        // The path: the first run between question marks, or the line when it has none.
        let start = bytes.firstIndex { $0 != 0x3F }
        let path = start.map { s in s..<(bytes[s...].firstIndex(of: 0x3F) ?? bytes.count) } ?? 0..<bytes.count
        return imageExtensionBytes.contains { ext in
            ext.count <= path.count && zip(bytes[(path.upperBound - ext.count)..<path.upperBound], ext).allSatisfy { $0.asciiLowercased == $1 }
        }
    }

    /// A line that is only a date, possibly with "Published"/"Updated" and a time.
    static func standaloneDate(_ line: String) -> (year: Int?, month: Int, day: Int)? {
        // Every date `DateText` reads has an ASCII digit: lines without one are not tokenized.
        guard line.utf8.count <= 400, UTF8Scan.characterCount(of: line, isBelow: 101),
              UTF8Scan.withBytes(line, { $0.contains { $0 &- 0x30 < 10 } }), let found = DateText.dates(in: line).first else {
            return nil
        }
        let scalars = Array(line.unicodeScalars)
        let before = String(String.UnicodeScalarView(scalars[..<found.range.lowerBound])).lowercased()
        let allowedBefore = before.trimmingPunctuationAndSpaces()
        let leadOK = allowedBefore.isEmpty || ["published", "updated", "posted", "date", "last updated", "first published"]
            .contains { allowedBefore.hasPrefix($0) } || MonthNames.weekday(allowedBefore) != nil
        let after = String(String.UnicodeScalarView(scalars[found.range.upperBound...]))
        let afterWords = after.split(whereSeparator: { !$0.isLetter }).map { $0.lowercased() }
        // Times, zones and "Updated …" stamps may follow ("15:42 KST", "Updated : Feb. 26, 2025",
        // Reuters' squashed "5:39 PM GMTUpdated 2 hours ago").
        let afterOK = afterWords.allSatisfy { word in
            timeWords.contains(word) || MonthNames.month(word) != nil
                || (word.hasSuffix("updated") && timeWords.contains(String(word.dropLast(7))))
        }
        return leadOK && afterOK ? (found.year, found.month, found.day) : nil
    }

    private static let timeWords: Set<String> = [
        "am", "pm", "a", "m", "p", "kst", "gmt", "utc", "est", "edt", "bst", "cet", "cest", "jst",
        "et", "pt", "pst", "pdt", "updated", "at", "ago", "hour", "hours", "minute", "minutes",
        "min", "mins", "day", "days", "last", "modified", "on",
    ]

    /// Words that mark a photo caption rather than story text.
    static func isCaption(_ line: String) -> Bool {
        if FoldedText.withFolded(line, { captionPhrases.occurs(in: $0) || captionOpenings.opens($0) }) { return true }
        return endsWithPhotoCredit(line)
    }

    /// A line closed by a picture credit: "… (Image: GETTY)", "… (AP Photo/Jane Doe)", "… (Yonhap)",
    /// Korean "… [사진공동취재단]", "… [연합뉴스 자료사진]".
    static func endsWithPhotoCredit(_ line: String) -> Bool {
        if let bracketed = trailingBracketed(line), bracketed.contains("사진") { return true }
        guard let credit = trailingParenthetical(line)?.lowercased() else { return false }
        return ["image:", "picture:", "photo:", "photograph:", "credit:"].contains { credit.hasPrefix($0) }
            || mentionsCreditWord(credit)
    }

    /// Whether lower-cased `text` holds a credit word, as Foundation's `contains` finds it. That
    /// search (canonical, bridged to `NSString`) is made only where the bytes hold the word: an
    /// ASCII word it finds in lower-cased text is there byte for byte. One search for all the
    /// words first turns away most texts (a headline's "(2)") without a search for each; and in
    /// ASCII text, where each character is a byte, the word's bytes are the word (Foundation is
    /// asked only past ASCII, where "afp" and a combining accent are no "afp").
    private static func mentionsCreditWord(_ text: String) -> Bool {
        guard creditWordSet.occurs(in: text) else { return false }
        let ascii = UTF8Scan.withBytes(text, UTF8Scan.isASCII)
        return creditWords.contains { UTF8Scan.contains(text, $0) && (ascii || text.contains($0)) }
    }

    /// The contents of the last "[ … ]" when the line ends with one.
    private static func trailingBracketed(_ line: String) -> String? {
        guard line.endsWith("]", byte: 0x5D), let open = line.lastIndex(ofASCII: "[", byte: 0x5B) else { return nil }
        return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
    }

    /// A line that is only a clock time, maybe with a zone: "22:30 PM ET", "9:05 a.m.", "14:10 KST".
    static func isClockTime(_ line: String) -> Bool {
        guard line.count <= 24 else { return false }
        let words = line.lowercased().split(whereSeparator: { $0 == " " || $0 == "." })
        guard let first = words.first else { return false }
        let parts = first.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, let hour = Int(parts[0]), hour < 24, parts[1].count == 2, let minute = Int(parts[1]), minute < 60 else {
            return false
        }
        return words.dropFirst().allSatisfy { timeWords.contains(String($0)) }
    }

    /// A reporter's name and address under a web story: "홍길동 기자 hong@joongang.example".
    /// (Plain-text ingest reads such lines as bylines.)
    static func isReporterAddress(_ line: String) -> Bool {
        let words = line.split(atASCII: 0x20)
        guard words.count <= 5, line.count < 80, let last = words.last else { return false }
        return last.contains("@") && last.contains(".")
    }

    /// A news agency's sign-off under a story: "dpa/lk", "AFP/Reuters", "(dpa)".
    static func isAgencySignOff(_ line: String) -> Bool {
        let core = line.trimmingPunctuationAndSpaces()
        guard line.count <= 24, line.contains("/") || line.hasPrefix("("), !core.isEmpty else { return false }
        return core.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "/" }
            && line.trimmingCharacters(in: CharacterSet(charactersIn: "()")) .split(separator: "/").allSatisfy { (2...8).contains($0.count) }
    }

    static let captionPhraseList = [
        "in this photo", "in this file photo", "this photo", "file photo", "this picture",
        "picture taken", "photo taken", "image courtesy", "photo courtesy", "photo:", "(pool photo)",
        "getty images", "(ap photo", "ap photo/", "(reuters/", "/afp)", "afp via getty", "(photo:",
        "(photo by", "(epa", "epa-efe", "in this image", "this image", "pictured", "(file photo)",
    ]
    private static let captionPhrases = PhraseSet(captionPhraseList)

    /// Labels that open a caption line.
    static let captionOpeningList = ["photo:", "photo by", "image:"]
    private static let captionOpenings = PhraseSet(captionOpeningList)

    private static let creditWords = ["yonhap", "afp", "kcna", "reuters", "getty", "ap photo", "epa", "newsis", "news1", "courtesy", "pool", "via ap"]
    private static let creditWordSet = PhraseSet(creditWords)

    /// The contents of the last "( … )" when the line ends with one.
    static func trailingParenthetical(_ line: String) -> String? {
        guard line.endsWith(")", byte: 0x29), let open = line.lastIndex(ofASCII: "(", byte: 0x28) else { return nil }
        return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
    }

    /// The last "photo:" in `line`, in any case (no other scalar folds to these ASCII letters).
    private static func lastPhotoLabel(in line: String) -> Range<String.Index>? {
        let label = Array("photo:".utf8)
        let offset: Int? = UTF8Scan.withBytes(line) { bytes in
            guard bytes.count >= label.count else { return nil }
            var i = bytes.count - label.count
            while i >= 0 {
                var k = 0
                while k < label.count, bytes[i + k].asciiLowercased == label[k] { k += 1 }
                if k == label.count { return i }
                i -= 1
            }
            return nil
        }
        guard let offset else { return nil }
        let start = line.utf8.index(line.startIndex, offsetBy: offset)
        return start..<line.utf8.index(start, offsetBy: label.count)
    }

    /// Who took or supplied a captioned picture: "(Image courtesy of Yonhap)" → "Yonhap",
    /// "PHOTO: KCNA VIA KNS/AFP" → "KCNA VIA KNS/AFP".
    static func captionCredit(_ line: String) -> (credit: String?, text: String) {
        if let r = lastPhotoLabel(in: line) {
            var credit = line[r.upperBound...].trimmingSpaces()
            var text = line[..<r.lowerBound].trimmingSpaces()
            // "… (Photo: Reef Institute)"
            if text.hasSuffix("("), credit.hasSuffix(")") {
                text = String(text.dropLast()).trimmingSpaces()
                credit = String(credit.dropLast())
            }
            if !credit.isEmpty && credit.count < 80 { return (credit, text) }
        }
        var text = line
        var credit: String?
        while let paren = trailingParenthetical(text) {
            let lower = paren.lowercased()
            guard mentionsCreditWord(lower) else { break }
            // Foundation's case-insensitive replacing only where the lower-cased credit holds a phrase.
            let hasLabel = UTF8Scan.contains(lower, "courtesy of ") || UTF8Scan.contains(lower, "photo by ")
            let cleaned = !hasLabel ? paren : paren
                .replacingOccurrences(of: "Image courtesy of ", with: "", options: .caseInsensitive)
                .replacingOccurrences(of: "Photo courtesy of ", with: "", options: .caseInsensitive)
                .replacingOccurrences(of: "Photo by ", with: "", options: .caseInsensitive)
            if credit == nil && lower != "pool photo" { credit = cleaned }
            text = String(text[..<text.lastIndex(ofASCII: "(", byte: 0x28)!]).trimmingSpaces()
        }
        return (credit, text)
    }
}
