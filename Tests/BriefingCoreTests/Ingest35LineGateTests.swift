import Foundation
import Testing
@testable import BriefingCore

/// The byte gates `ScrapedTextParser` asks before its classifiers (`LineGates`): a line a gate
/// rules out must be one its classifier turns away, on every line of real articles and on lines
/// written to pass each rule.
@Suite("Ingest 35 line gates")
struct Ingest35LineGateTests {
    /// Every line (trimmed, as ingest reads it) of the seeds and of the articles among the test
    /// fixtures, plus `written`: files of the repository only, so that every checkout tests the
    /// same lines.
    static let lines: [String] = {
        var lines = written
        for path in articlePaths() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            lines += SourceLine.lines(of: String(decoding: data, as: UTF8.self)).map(\.text).filter { !$0.isEmpty }
        }
        return lines
    }()

    /// The text and Markdown files of the seeds and, at any depth, of the test fixtures, in order.
    static func articlePaths() -> [String] {
        var paths: [String] = []
        for folder in [Repo.seeds, Repo.fixtures] {
            let names = FileManager.default.subpaths(atPath: folder.path) ?? []
            paths += names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.map { folder.appendingPathComponent($0).path }
        }
        return paths.sorted()
    }

    /// Lines each rule accepts, and lines close to them.
    static let written: [String] = [
        // Separators.
        "####", "* * *", "-----", "— — —", "•", "~~~", "+++", "=", "_ _ _", "·",
        // Junk lines, prefixes, notices and disclosures, in several cases and with marks around them.
        "Scroll to top", "SHARE", "Share this article", "  Advertisement  ", "“Read more”", "...Related...",
        "x", "X", "ad", "Ad", "광고", "広告", "реклама", "Publicité", "PUBBLICITÀ", "Don’t miss", "don't miss",
        "Read more: The story behind the story", "Related: Seoul’s new plan", "© 2024 Yonhap", "(c) AP 2020",
        "Copyright © 2025 The Daily Ledger. All rights reserved.", "All Rights Reserved", "Citation: Smith J (2024)",
        "<저작권자 © 연합뉴스, 무단 전재-재배포 금지>", "저작권자 © 코리아헤럴드", "责任编辑：王平", "(责任编辑：李明)",
        "This story contains affiliate links, and we may earn a commission.", "The interview has been edited for length.",
        "Jane Doe contributed to this report.", "CONTAINS AFFILIATE LIN\u{212A}S here", "We may earn a small commission.",
        "The views expressed in this column are the author’s own.", "A version of this article appears in print on May 2.",
        "“Reporting by Jane Doe; editing by John Roe”", "reporter@example.com", "jane.doe@news.example",
        "\u{212A}akaotalk", "S\u{0130}gn up", "B\u{0130}OOKMARK", "Bookmar\u{212A}", "Follow us on X", "Lin\u{212A} copied",
        "The reviews on this page are written by our staff, and this page contains affiliate lin\u{212A}s.",
        // Image file names.
        "3ys6SgyE.jpg", "photo_01.png?w=800", "IMG.JPEG", "a.webp", "x.tiff",
        // Captions.
        "Jane Doe speaks in Seoul, in this photo taken on May 3, 2024. (Yonhap)", "PHOTO: KCNA VIA KNS/AFP",
        "Photo by Jane Doe", "Image: Reuters", "Fans cheer (AP Photo/Jane Doe)", "Smoke rises. (Image: GETTY)",
        "The ship at sea [사진공동취재단]", "Getty Images", "A file photo of the port", "Pictured: the new bridge",
        "Protesters march (EPA-EFE/Jane Doe)", "Leaders meet (Reuters/Jane Doe)", "In this image, a crowd",
        // Bylines and links.
        "By Jane Doe", "Jane Doe and John Roe", "M. H. Lee (mhlee@example.com)", "Jane Doe, Staff Reporter",
        "JEFF MARTIN", "By Ursula von der Leyen", "Jane Doe | Reuters", "Words by Jane Doe", "Priya Nair",
        "By Jane Doe http://example.com", "Jane Doe HTTPS://example.com", "By Jane Doe and Http Smith", "Jane HTTPS Doe", "Jane Doe, Capital Wire Editor-at-large",
        // Dates, datelines and prose.
        "June 8, 2015", "Published: March 3, 2024 15:42 KST", "Updated : Feb. 26, 2025", "2024-05-01", "Mon, 4 March 2024",
        "SEOUL, Dec. 29 (Korea Bizwire) — South Korea’s minister spoke.", "WASHINGTON (AP) —",
        "The minister said the plan would go ahead.", "“We will not accept this,” she said.", "Korea Bizwire", "The Korea Herald",
    ]

    @Test func theLinesAreMany() {
        #expect(Self.lines.count > 3000)
    }

    /// Where a gate rules a line out, its classifier turns it away; where `mayHoldPhrase` is
    /// false, a caption is only one closed by a credit and the byline rules read no link.
    @Test func gatesRuleOutOnlyWhatTheClassifiersTurnAway() {
        for line in Self.lines {
            let gates = LineGates(line)
            if !gates.mayBeSeparator { #expect(!LineClassifier.isSeparator(line), "separator: \(line)") }
            if !gates.mayBeJunk { #expect(!LineClassifier.isJunk(line), "junk: \(line)") }
            if !gates.mayBeImageFileName { #expect(!LineClassifier.isImageFileName(line), "image: \(line)") }
            if !gates.mayHoldPhrase {
                #expect(LineClassifier.isCaption(line) == LineClassifier.endsWithPhotoCredit(line), "caption: \(line)")
                #expect(BylineParser.authors(in: line, mayHoldLink: false) == BylineParser.authors(in: line), "byline: \(line)")
            }
        }
    }

    /// The written lines reach the rules they were written for, so the test above is not
    /// passed by gates that let everything through.
    @Test func gatesRuleOutMostProse() {
        let gates = Self.lines.map(LineGates.init)
        let junk = gates.filter(\.mayBeJunk).count, phrase = gates.filter(\.mayHoldPhrase).count
        #expect(junk * 3 < gates.count, "\(junk) of \(gates.count)")
        #expect(phrase * 10 < gates.count, "\(phrase) of \(gates.count)")
        #expect(gates.filter(\.mayBeSeparator).count * 3 < gates.count)
    }

    /// What the gates lean on: past ASCII only U+0130 and U+212A lower-case to ASCII; no
    /// disclosure ends with "i" (U+0130's "i" is followed by a combining dot); the phrases
    /// are ASCII and long enough to be searched by shifts; the openings fit their reach.
    @Test func theUnicodeFactsTheGatesUseHold() {
        var toASCII: [UInt32] = []
        // Every cased scalar is below U+20000.
        for value in UInt32(0x80)..<0x20000 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if scalar.properties.lowercaseMapping.unicodeScalars.contains(where: \.isASCII) { toASCII.append(value) }
        }
        #expect(toASCII == [0x130, 0x212A])
        #expect(!LineClassifier.disclosurePhraseList.contains { $0.hasSuffix("i") })
        #expect(LineGates.phraseList.allSatisfy { $0.utf8.count >= 3 })
        #expect(LineGates.openingList.allSatisfy { $0.utf8.count < LineGates.openingReach && $0.utf8.allSatisfy { $0 < 0x80 } })
        #expect(LineGates.kelvinSpellings("links") == ["links", "lin\u{212A}s"])
        // An opening quote mark is trimmed from the core, where a letter after it is not.
        let quoted = "\u{201C}We"
        #expect(quoted.utf8.distance(from: quoted.startIndex, to: quoted[...].boundsTrimmingPunctuationAndSpaces().lowerBound) == 3)
    }

    /// Every written junk line, notice and disclosure is still junk through the parser's gates.
    @Test func writtenLinesKeepTheirRoles() {
        let parsed = ScrapedTextParser().parse(SourceLine.lines(of: (["Headline of the story", "By Jane Doe", "June 8, 2015",
            "Jane Doe speaks in Seoul, in this photo taken on May 3, 2024. (Yonhap)", "Scroll to top", "reporter@example.com",
            "The minister said the plan would go ahead on Monday after talks.", "Jane Doe contributed to this report."])
            .joined(separator: "\n\n")))
        #expect(parsed.authors == ["Jane Doe"])
        #expect(parsed.captions.count == 1)
        #expect(parsed.dateLine?.year == 2015)
        #expect(parsed.paragraphs.map(\.text) == ["The minister said the plan would go ahead on Monday after talks."])
    }

    /// A line repeating the one before has its role (the parser reuses it).
    @Test func aRepeatedLineKeepsItsRole() {
        let text = ["Headline of the story", "Priya Nair", "Priya Nair", "The Korea Herald", "The Korea Herald",
                    "The minister said the plan would go ahead on Monday after talks.",
                    "The minister said the plan would go ahead on Monday after talks."].joined(separator: "\n\n")
        let parsed = ScrapedTextParser().parse(SourceLine.lines(of: text))
        #expect(parsed.authors == ["Priya Nair"])
        #expect(parsed.outlet == "The Korea Herald")
        #expect(parsed.paragraphs.count == 2)
    }
}

/// Rules read from bytes where their text is ASCII (or a mark stands between ASCII bytes),
/// compared with the same rules read by characters, on every line and token of the real
/// articles and on written ones.
@Suite("Ingest 35 byte rules")
struct Ingest35ByteRuleTests {
    static let lines = Ingest35LineGateTests.lines
    static let tokens: [Token] = lines.flatMap { Tokenizer.tokens($0) }

    /// Tokens close to days, years and ISO dates.
    static let writtenTokens = ["1st", "2ND", "22nd", "3rd", "31th", "1thst", "20th", "2025", "20255", "202555", "2025555", "+999",
                                "1799", "2201", "1800", "2200", "12", "0", "00", "1st\u{301}", "1s\u{301}t", "\u{0600}1st", "٢٠٢٤",
                                "2024-05-01", "2024-5-1", "X2024-05-01", "May", "may.", "Sept", "Jan-Feb", "1-2-3", "12-12-2012"]

    @Test func daysAndYearsReadAsByCharacters() {
        let tokens = Self.tokens.map(\.text) + Self.writtenTokens
        for (i, token) in tokens.enumerated() {
            #expect(DateText.dayNumber(token) == Self.characterDayNumber(token), "day: \(token)")
            for next in [i + 1 < tokens.count ? tokens[i + 1] : nil, ":", nil] {
                #expect(DateText.yearNumber(token, before: next) == Self.characterYearNumber(token, before: next), "year: \(token) \(next ?? "-")")
            }
        }
    }

    /// A token `DateText.mayBeISODate` turns away is no ISO date (`DateText.dates` asks no other).
    @Test func isoDatesOpenWithADigit() {
        for token in Self.tokens.map(\.text) + Self.writtenTokens where !DateText.mayBeISODate(token) && Tokenizer.tokens(token).count == 1 {
            #expect(DateText.isoDate(token) == nil, "iso: \(token)")
        }
    }

    @Test func lastMarksAreFoundAsByCharacters() {
        let written = ["a (b) c (d)", "(", "x(\u{301}y)", "x\u{0600}(y)", "\u{201C}(y)\u{201D}", "[사진공동취재단]", "a [b] [\u{301}c]", "no mark", ""]
        for line in Self.lines + written {
            #expect(line.lastIndex(ofASCII: "(", byte: 0x28) == line.lastIndex(of: "("), "paren: \(line)")
            #expect(line.lastIndex(ofASCII: "[", byte: 0x5B) == line.lastIndex(of: "["), "bracket: \(line)")
        }
    }

    @Test func imageFileNamesReadAsByCharacters() {
        let written = ["3ys6SgyE.jpg", "photo_01.PNG?w=800", "?x.gif", "??", "a.jpg?", "a?b.jpg", "IMG.TIFF", "x.tif.txt", "é.jpg", "a.jpg\u{301}", ""]
        for line in Self.lines + written where !line.utf8.contains(0x20) {
            #expect(LineClassifier.isImageFileName(line) == LineClassifier.characterImageFileName(line), "file name: \(line)")
        }
    }

    @Test func placesReadAsByCharacters() {
        var texts = ["SEOUL", "NEW YORK", "ST. LOUIS", "Seoul", "Washington D.C.", "seoul", "A", "AB", "12", "A1", "NEW YORK CITY AREA NOW",
                     "SÃO PAULO", "Zürich", "X \u{301}"]
        for line in Self.lines {
            let words = line.split(separator: " ")
            for n in 1...min(5, max(words.count, 1)) { texts.append(words.prefix(n).joined(separator: " ")) }
            texts += line.prefix(60).split(separator: ",").map { $0.trimmingSpaces() }
        }
        for text in texts {
            let words = text.split(atASCII: 0x20)
            for strict in [false, true] {
                #expect(DatelineParser.isPlace(text, strict: strict) == DatelineParser.characterPlace(text, words: words, strict: strict), "place: \(text)")
            }
        }
    }

    /// `dayNumber` before it read the token's last byte.
    static func characterDayNumber(_ token: String) -> Int? {
        guard let first = token.utf8.first, first &- 0x30 < 10 else { return nil }
        var digits = Substring(token)
        for suffix in ["st", "nd", "rd", "th"] where digits.lowercased().hasSuffix(suffix) && digits.count > 2 {
            digits = digits.dropLast(2)
        }
        guard digits.count <= 2, let day = Int(digits), (1...31).contains(day) else { return nil }
        return day
    }

    /// `yearNumber` before it read bytes.
    static func characterYearNumber(_ token: String, before next: String?) -> Int? {
        let digits = token.count == 4 || (token.count <= 6 && next == ":") ? token.prefix(4) : ""
        guard token.allSatisfy(\.isASCII), let y = Int(digits), (1800...2200).contains(y) else { return nil }
        return y
    }
}

/// What ingest reads before the lines' roles: file extensions and the lines themselves.
@Suite("Ingest 35 files")
struct Ingest35FileTests {
    /// A plain name's extension is Foundation's; other paths are left to Foundation.
    @Test func plainExtensionsAreFoundationsExtensions() throws {
        var paths = ["article-12.txt", "a/b/Story_1.HTML", "x.md", "dir.d/file.Markdown", "seeds/000_1f1d99c7f6881882.txt", ".txt", "a.",
                     "a..txt", "a.b.txt", "a/.txt", "x y.txt", "é.txt", "a.tx t", "a/", "a.txt/", "noext", "a/b.c/d", "-.-", "_._"]
        paths += Ingest35LineGateTests.articlePaths().map { "in/" + ($0 as NSString).lastPathComponent }
        var plain = 0
        for path in paths {
            let foundation = (path as NSString).pathExtension.lowercased()
            if let fast = SourceFile.plainExtension(path) {
                plain += 1
                #expect(fast == foundation, "extension: \(path)")
            }
            #expect(SourceFile(path: path, bytes: []).fileExtension == foundation, "extension: \(path)")
        }
        #expect(plain > 100)
    }

    /// Lines split at LF, CRLF and CR, trimmed, with scalar offsets: as read scalar by scalar.
    @Test(arguments: ["a\nb", "a\r\nb\r\n", "a\rb\r", "\n\n\n", "  x  \r\n\r\n y\t\n", "“Quoted”\r\n— dash —\n\u{00A0}nbsp\u{00A0}\n",
                      "12345678\n12345678\r\n1234567\r\n", "abcdefgh\rijklmnop\nqrstuvw\r\nxyz", "é\r\nü\nñ\r", "no break at all, but long enough"])
    func linesAreSplitAsByScalars(_ text: String) {
        #expect(SourceLine.lines(of: text) == Self.scalarLines(text))
    }

    @Test func seedLinesAreSplitAsByScalars() throws {
        for folder in [Repo.seeds, Repo.fixtures.appendingPathComponent("ingest")] {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") {
                guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path) else { continue }
                let text = String(decoding: data, as: UTF8.self)
                #expect(SourceLine.lines(of: text) == Self.scalarLines(text), "lines: \(name)")
                let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
                #expect(SourceLine.lines(of: crlf) == Self.scalarLines(crlf), "lines: \(name) with CRLF")
            }
        }
    }

    /// `SourceLine.lines` read scalar by scalar.
    static func scalarLines(_ text: String) -> [SourceLine] {
        let scalars = Array(text.unicodeScalars)
        var lines: [SourceLine] = []
        var start = 0, i = 0, number = 1
        func emit(_ end: Int) {
            var s = start, e = end
            while s < e, scalars[s].properties.isWhitespace { s += 1 }
            while e > s, scalars[e - 1].properties.isWhitespace { e -= 1 }
            lines.append(SourceLine(text: String(String.UnicodeScalarView(scalars[s..<e])), start: s, number: number))
            number += 1
        }
        while i < scalars.count {
            if scalars[i] == "\n" || scalars[i] == "\r" {
                emit(i)
                if scalars[i] == "\r", i + 1 < scalars.count, scalars[i + 1] == "\n" { i += 1 }
                start = i + 1
            }
            i += 1
        }
        if start < scalars.count { emit(scalars.count) }
        return lines
    }
}

/// Role words ("Reporter", "editor-at-large") are looked for only in words whose first byte may
/// open one (`BylineParser.mayOpenRoleWord`).
@Suite("Ingest 35 role words")
struct Ingest35RoleWordTests {
    @Test func roleWordsAreFoundWhereTheirFirstByteAllows() {
        let written = ["Staff", "REPORTER", "editor-at-large", "Correspondent", "\u{212A}orrespondent", "\u{0130}ditor", "\u{00C9}diteur",
                       "bureau", "News", "news service", "Writer\u{301}", "S\u{301}taff", "-editor", "(Reporter)", "Columnist,"]
        let words = Ingest35LineGateTests.lines.flatMap { $0.split(separator: " ") } + written.map { Substring($0) }
        for word in words {
            let lower = word.lowercased()
            let byCharacters = BylineParser.roleWords.contains { lower.hasPrefix($0) }
            if let first = word.utf8.first, !BylineParser.mayOpenRoleWord(first) { #expect(!byCharacters, "role gate: \(word)") }
            #expect(BylineParser.isRoleWord(word) == byCharacters, "role: \(word)")
        }
    }
}

/// A teaser line (the opening of the line after it) is found as by comparing both keys whole.
@Suite("Ingest 35 teasers")
struct Ingest35TeaserTests {
    @Test func teasersAreFoundAsByWholeKeys() {
        let lines = Ingest35LineGateTests.lines
        let lead = "SEOUL, Dec. 29 (Korea Bizwire) — South Korea’s defense minister warned on Monday"
        var pairs = zip(lines, lines.dropFirst()).map { ($0, $1) }
        pairs += [(String(lead.prefix(40)), lead), (String(lead.prefix(10)), lead), ("Seoul Dec 29 Korea Bizwire South", lead),
                  ("Ünïcödé headline that runs long enough", "Ünïcödé headline that runs long enough, and more"),
                  ("A teaser of twenty letters or more", "A teaser of twenty letters or more\u{0345} then"),
                  ("A teaser of twenty letters or more", "A TEASER — of twenty letters, or more, and the rest")]
        var teasers = 0
        for (a, b) in pairs {
            let content = [a, b, "x"].enumerated().map { SourceLine(text: $1, start: 0, number: $0 + 1) }
            let expected = Self.wholeKeyTeaser(content)
            if expected { teasers += 1 }
            #expect(ScrapedTextParser.opensWithTeaser(content) == expected, "teaser: \(a) | \(b)")
        }
        #expect(teasers >= 3)
    }

    /// `opensWithTeaser` before it read the next key only as far as it agrees.
    static func wholeKeyTeaser(_ content: [SourceLine]) -> Bool {
        let first = ScrapedTextParser.comparisonKey(content[0].text), next = ScrapedTextParser.comparisonKey(content[1].text)
        return first.count >= 20 && next.hasPrefix(first)
    }
}
