import Foundation

/// Recovers an article from scraped plain text: separates headline, deck, bylines, outlet,
/// date lines, captions and junk from the body paragraphs.
struct ScrapedTextParser {
    /// What the parser recovered, before the publication date is settled.
    struct Result {
        var title: String?
        var deck: String?
        var outlet: String?
        var dateline: Dateline?
        var datelineDate: (month: Int, day: Int, year: Int?)?
        var dateLine: (year: Int?, month: Int, day: Int)?
        var authors: [String] = []
        var paragraphs: [Paragraph] = []
        var captions: [Caption] = []
    }

    private enum Role: Equatable {
        case junk, caption, outlet, prose, short
        /// A line that is only a date, with that date.
        case date(year: Int?, month: Int, day: Int)
        /// A byline, with its author names.
        case byline([String])
    }

    /// Parses `lines` (trimmed, with offsets into the source text).
    func parse(_ lines: [SourceLine]) -> Result {
        var result = Result()
        let content = lines.filter { !$0.isBlank }
        // The dateline each line opens with: parsed once here, read by `role`, `findBodyStart`
        // and `paragraphs`.
        let datelines = content.map { DatelineParser.parse($0.text) }
        let opensWithDateline = datelines.map { $0 != nil }
        var roles: [Role] = []
        roles.reserveCapacity(content.count)
        for index in content.indices {
            // A line repeating the one before (a byline under a byline) has its role.
            if index > 0, opensWithDateline[index] == opensWithDateline[index - 1], UTF8Scan.sameBytes(content[index].text, content[index - 1].text) {
                roles.append(roles[index - 1])
            } else {
                roles.append(role(content[index], dateline: opensWithDateline[index]))
            }
        }
        let teaser = Self.opensWithTeaser(content)
        if teaser { roles[0] = .junk }
        // After a teaser the body starts with the line it repeats — unless that line is itself
        // a headline shown twice.
        let repeatedHeadline = teaser && Self.comparisonKey(content[0].text) == Self.comparisonKey(content[1].text)
            && HeadlineStyle.isHeadlineSentence(content[1].text)
        let bodyStart = teaser ? (repeatedHeadline ? 2 : 1) : findBodyStart(content, roles, datelines: datelines)
        // The indices in `content` of the body lines (their datelines are read only for the first).
        var body: [Int] = []
        var deckFollows = false
        for (index, line) in content.enumerated() {
            switch roles[index] {
            case .junk:
                // "ABSTRACT": the line after the label is the deck. Only a prose line reads
                // `deckFollows` (any other resets it), so other junk lines are not asked.
                deckFollows = index + 1 < roles.count && roles[index + 1] == .prose && LineClassifier.isAbstractLabel(line.text)
                continue
            case .prose where deckFollows && result.deck == nil:
                result.deck = line.text
            case .caption:
                result.captions.append(caption(from: line.text))
            case .date(let year, let month, let day):
                if result.dateLine == nil { result.dateLine = (year, month, day) }
            case .byline(let names):
                for name in names where !result.authors.contains(name) {
                    result.authors.append(name)
                }
            case .outlet:
                if result.outlet == nil { result.outlet = OutletNames.canonical(line.text) }
            case .short where index < bodyStart && result.title == nil:
                result.title = headline(line.text)
            case .prose where index < bodyStart:
                if result.title == nil && (looksLikeTitle(line.text) || HeadlineStyle.isHeadlineSentence(line.text)) {
                    result.title = headline(line.text)
                } else if result.deck == nil {
                    result.deck = line.text
                } else {
                    body.append(index)
                }
            case .prose, .short:
                body.append(index)
            }
            deckFollows = false
        }
        result.paragraphs = paragraphs(from: body, of: content, datelines: datelines, result: &result)
        removeDeckRepeat(&result)
        return result
    }

    /// The role of `line`; `dateline` says whether it opens with a dateline.
    private func role(_ line: SourceLine, dateline: Bool) -> Role {
        let text = line.text
        // A line of 160 characters or more (640 UTF-8 bytes guarantee it) can only be junk,
        // a caption or prose: skip the checks for the short kinds of line.
        if text.utf8.count >= 640 {
            if LineClassifier.isLegalNotice(text) { return .junk }
            if dateline { return .prose }
            return LineClassifier.isCaption(text) ? .caption : .prose
        }
        // Each classifier is asked only when the line's bytes leave it a chance.
        let gates = LineGates(text)
        if (gates.mayBeSeparator && LineClassifier.isSeparator(text)) || (gates.mayBeJunk && LineClassifier.isJunk(text))
            || (gates.mayBeImageFileName && LineClassifier.isImageFileName(text)) || BylineParser.isRoleLine(text) {
            return .junk
        }
        if dateline { return .prose }
        if gates.mayHoldPhrase ? LineClassifier.isCaption(text) : LineClassifier.endsWithPhotoCredit(text) { return .caption }
        if let d = LineClassifier.standaloneDate(text) { return .date(year: d.year, month: d.month, day: d.day) }
        if OutletNames.isOutlet(text) { return .outlet }
        if let names = BylineParser.authors(in: text, mayHoldLink: gates.mayHoldPhrase) { return .byline(names) }
        // Most lines have four words: their last byte is not compared.
        return Self.hasFewerThanFourWords(text) && !text.endsWith(".", byte: 0x2E) ? .short : .prose
    }


    private static func hasFewerThanFourWords(_ text: String) -> Bool {
        UTF8Scan.withBytes(text) { bytes in
            var words = 0
            var inWord = false
            for byte in bytes {
                if byte == 0x20 {
                    inWord = false
                } else if !inWord {
                    inWord = true
                    words += 1
                    if words == 4 { return false }
                }
            }
            return true
        }
    }

    /// Index in `content` of the first body paragraph: the first line with a dateline, or else
    /// the first prose line after the last header line (byline, outlet, date, image, caption).
    private func findBodyStart(_ content: [SourceLine], _ roles: [Role], datelines: [DatelineParser.Match?]) -> Int {
        if let i = datelines.firstIndex(where: { $0 != nil }) { return i }
        var lastHeader = -1
        var seenProse = 0
        for (i, role) in roles.enumerated() {
            switch role {
            case .date, .byline, .outlet, .caption:
                if seenProse <= 2 { lastHeader = i }
            case .prose:
                seenProse += 1
            default:
                break
            }
            if seenProse > 2 { break }
        }
        let first = roles.indices.first { $0 > lastHeader && roles[$0] == .prose } ?? roles.count
        // With no header lines, an opening line that reads as a headline is the headline, even
        // when it ends with a period.
        if lastHeader < 0, first < roles.count,
           looksLikeTitle(content[first].text) || HeadlineStyle.isHeadlineSentence(content[first].text),
           roles[(first + 1)...].contains(.prose) {
            return roles.indices.first { $0 > first && roles[$0] == .prose } ?? roles.count
        }
        return first
    }

    private func looksLikeTitle(_ text: String) -> Bool {
        text.hasPrefix("#") || (text.count <= 200 && !text.hasSuffix(".") && !text.hasSuffix("\u{201D}"))
    }

    private func stripHeadingMarks(_ text: String) -> String {
        String(text.drop(while: { $0 == "#" || $0 == " " }))
    }

    /// A headline line as a title: without heading marks and without the period or semicolon
    /// some sources close headlines with ("Flight attendants' union endorses Clinton.").
    private func headline(_ text: String) -> String {
        var title = stripHeadingMarks(text).trimmingSpaces()
        if title.hasSuffix(";") || (title.hasSuffix(".") && !title.hasSuffix("..") && SentenceSplitter.split(title).count == 1
            && !SentenceSplitter.abbreviations.contains(String(title.split(separator: " ").last ?? "").dropLast().lowercased())) {
            title.removeLast()
        }
        return title.trimmingSpaces()
    }

    /// True when the first line is the opening of the line after it (a page's teaser or a
    /// truncated lead above the full lead): it is neither headline nor body.
    static func opensWithTeaser(_ content: [SourceLine]) -> Bool {
        guard content.count >= 3 else { return false }
        let first = comparisonKey(content[0].text)
        // An ASCII key's characters are its bytes, and a key opening with them opens with its
        // bytes: the next line's key is read only as far as it agrees (most differ at once).
        let key = Array(first.utf8)
        if key.allSatisfy({ $0 < 0x80 }), key.count < 20 || keyBytesAgree(content[1].text, key).count < key.count {
            return false
        }
        let next = comparisonKey(content[1].text)
        return first.count >= 20 && next.hasPrefix(first)
    }

    private func caption(from line: String) -> Caption {
        let (credit, text) = LineClassifier.captionCredit(line)
        let found = DateText.dates(in: text).first { $0.year != nil }
        let date = found.map { CalendarDate(year: $0.year!, month: $0.month, day: $0.day) }
        return Caption(text: text, date: date, credit: credit)
    }

    /// Turns body lines (`body`, indices in `content`) into paragraphs: strips the dateline from
    /// the first, and joins hard-wrapped lines (a line not ending a sentence followed by one
    /// starting in lower case). `datelines` holds the dateline each line of `content` opens with.
    private func paragraphs(from body: [Int], of content: [SourceLine], datelines: [DatelineParser.Match?], result: inout Result) -> [Paragraph] {
        var paragraphs: [Paragraph] = []
        // Of the last paragraph's text, kept as lines join it; counted only when a line joins
        // it first (most paragraphs are one line, and their count is never read).
        var lastScalarCount: Int?
        var previousLineNumber = -10
        let usesBlankLines = zip(body, body.dropFirst()).contains { content[$1].number > content[$0].number + 1 }
        for index in body {
            let line = content[index]
            var text = line.text
            var start = line.start
            if result.dateline == nil, paragraphs.isEmpty, let match = datelines[index] {
                result.dateline = match.dateline
                if let outlet = match.outlet, result.outlet == nil { result.outlet = outlet }
                if let month = match.month, let day = match.day { result.datelineDate = (month, day, match.year) }
                text = String(text.unicodeScalars.dropFirst(match.length))
                start += match.length
                // A dateline on a line of its own ("WASHINGTON (AP) --") leaves no paragraph behind.
                if text.allSatisfy(\.isWhitespace) { continue }
            }
            // A wrapped line continues an unfinished sentence: always when the text separates its
            // paragraphs by blank lines, otherwise only when it starts in lower case.
            let continues = line.number == previousLineNumber + 1
                && (text.first?.isLowercase == true || usesBlankLines)
                && !(paragraphs.last?.text.last.map { ".!?\u{201D}\":)".contains($0) } ?? true)
            previousLineNumber = line.number
            if continues, var last = paragraphs.popLast() {
                let lastCount = lastScalarCount ?? UTF8Scan.scalarCount(last.text)
                last.anchors.append(Paragraph.Anchor(textOffset: lastCount + 1, sourceOffset: start))
                last.text += " " + text
                lastScalarCount = lastCount + 1 + UTF8Scan.scalarCount(text)
                paragraphs.append(last)
            } else {
                paragraphs.append(Paragraph(text: text, anchors: [Paragraph.Anchor(textOffset: 0, sourceOffset: start)]))
                lastScalarCount = nil
            }
        }
        return paragraphs
    }

    /// The deck appears once: as the summary, not again in the body.
    private func removeDeckRepeat(_ result: inout Result) {
        guard let deck = result.deck else { return }
        let keyText = Self.comparisonKey(deck), key = Array(keyText.utf8)
        // Keys of other scripts may be equal as strings (canonically) with other bytes.
        let ascii = key.allSatisfy { $0 < 0x80 }
        result.paragraphs.removeAll { Self.hasComparisonKey($0.text, key) || (!ascii && Self.comparisonKey($0.text) == keyText) }
    }

    /// Letters and digits only, lower-cased: equal for texts differing only in dashes, quotes
    /// and spacing.
    static func comparisonKey(_ text: String) -> String {
        var key: [UInt8] = []
        key.reserveCapacity(text.utf8.count)
        _ = forEachKeyByte(text) { byte in
            key.append(byte)
            return true
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Whether `text`'s `comparisonKey` has the bytes `key`, read only as far as they agree.
    static func hasComparisonKey(_ text: String, _ key: [UInt8]) -> Bool {
        let agreed = keyBytesAgree(text, key)
        return agreed.whole && agreed.count == key.count
    }

    /// How many bytes of `text`'s comparison key agree with `key` before one differs (or `key`
    /// ends), and whether that was the whole key of `text`.
    private static func keyBytesAgree(_ text: String, _ key: [UInt8]) -> (count: Int, whole: Bool) {
        var n = 0
        let whole = forEachKeyByte(text) { byte in
            guard n < key.count, key[n] == byte else { return false }
            n += 1
            return true
        }
        return (n, whole)
    }

    /// Calls `body` with each byte of `text`'s comparison key until it returns false; false
    /// when it stopped early.
    @inline(__always)
    private static func forEachKeyByte(_ text: String, _ body: (UInt8) -> Bool) -> Bool {
        UTF8Scan.withBytes(text) { bytes in
            var i = 0
            while i < bytes.count {
                let b = bytes[i]
                if b < 0x80 {
                    if b &- 0x30 < 10 || b &- 0x61 < 26 {
                        guard body(b) else { return false }
                    } else if b &- 0x41 < 26 {
                        guard body(b | 0x20) else { return false }
                    }
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Scan.scalar(in: bytes, at: i)
                if scalar.properties.isAlphabetic {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars where lower.properties.isAlphabetic {
                        var stopped = false
                        UTF8.encode(lower) { if !stopped && !body($0) { stopped = true } }
                        if stopped { return false }
                    }
                }
                i += length
            }
            return true
        }
    }
}
