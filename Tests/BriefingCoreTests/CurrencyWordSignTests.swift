import Foundation
import Testing
@testable import BriefingCore

/// Signs that are also words, signs in lower-case copy, names without their place and names
/// written with an apostrophe: read from the table, with look-alikes that stay no money.
@Suite("Figures: signs that are words, lower-case signs, short names")
struct CurrencyWordSignTests {
    static func currency(_ sentence: String, _ text: String) -> String? {
        Figures.first(sentence, text: text)?.currency
    }

    /// The English names of the regions that pay in `code`, but those written with a bracket or "&".
    static func places(of code: String) -> [String] {
        let english = Locale(identifier: "en")
        return Locale.Region.isoRegions.map(\.identifier).filter { $0.count == 2 }.compactMap { region in
            guard Locale(identifier: "und_" + region).currency?.identifier == code,
                  let name = english.localizedString(forRegionCode: region), !name.contains("("), !name.contains("&") else { return nil }
            return name
        }
    }

    @Test("every sign that is also a word reads as the currency of the place the sentence names, and as none without one")
    func placeSigns() {
        let signs = CurrencyTables.shared.placeSigns
        #expect(signs.count > 10)
        var tried = 0
        for (key, codes) in signs.sorted(by: { $0.key < $1.key }) {
            // A lone capital is a sign only glued to the amount ("K2.5 billion").
            let sign = key.replacingOccurrences(of: " ", with: "") + (key.count == 1 ? "" : " ")
            for code in codes.sorted() {
                for place in Self.places(of: code).prefix(1) where CurrencyTables.shared.places[place.lowercased()]?.intersection(codes).sorted().first == code {
                    tried += 1
                    #expect(Self.currency("\(place)'s exports earned \(sign)45 billion last year.", "\(sign)45 billion") == code, "\(place) \(sign)")
                }
            }
            #expect(Figures.of("Exports earned \(sign)45 billion last year.").allSatisfy { $0.currency == nil }, "\(sign) with no place")
        }
        #expect(tried > 10)
    }

    @Test("signs that are words, as written in news", arguments: [
        ("Ethiopia's coffee exports earned Br 45 billion last year.", "Br 45 billion", "ETB"),
        ("Belarus raised pensions to Br 600 a month.", "Br 600", "BYN"),
        ("Malawi's tobacco fetched MK1,250 a kilogram.", "MK1,250", "MWK"),
        ("Bhutan's budget set aside Nu 8,000 for each school.", "Nu 8,000", "BTN"),
        ("Bhutan's budget set aside Nu. 8,000 for each school.", "Nu. 8,000", "BTN"),
        ("Papua New Guinea budgeted K2.5 billion for roads.", "K2.5 billion", "PGK"),
        ("Zambia's miners earn K5,000 a month.", "K5,000", "ZMW"),
        ("Guatemala raised the minimum wage to Q3,200.", "Q3,200", "GTQ"),
        ("The Philippines raised jeepney fares to P13.50.", "P13.50", "PHP"),
        ("Botswana's budget is P2.5 billion.", "P2.5 billion", "BWP"),
        ("Saudi Arabia fined the firm SR 500,000.", "SR 500,000", "SAR"),
    ])
    func wordSigns(_ sentence: String, _ text: String, _ code: String) {
        #expect(Self.currency(sentence, text) == code)
    }

    @Test("postcodes, models and words that are such signs stay what they are", arguments: [
        ("Write to Leeds LS1 4AP for a copy.", "1"),
        ("The MK2 Golf arrived in 1984 in Malawi.", "2"),
        ("Papua New Guinea budgeted K 2.5 billion for roads.", "2.5 billion"),
        ("The K2.5 billion plan was shelved.", "2.5 billion"),
    ])
    func wordSignLookAlikes(_ sentence: String, _ text: String) {
        #expect(Figures.of(sentence).allSatisfy { $0.currency == nil }, "\(Figures.of(sentence).map(\.text))")
    }

    @Test("every sign of letters with a capital reads in lower case in lower-case copy, and only there")
    func lowerCopySigns() {
        let signs = CurrencyTables.shared.lowerCopySigns
        #expect(signs.count > 20)
        for (sign, code) in signs.sorted(by: { $0.key < $1.key }) {
            #expect(Self.currency("the treasury raised \(sign) 60 billion in the sale .", "\(sign) 60 billion") == code, "\(sign)")
            if CurrencyLexicon.code(word: sign) == nil {
                #expect(Self.currency("The treasury raised \(sign) 60 billion in the sale.", "\(sign) 60 billion") == nil, "\(sign) beside capitals")
            }
        }
        #expect(Self.currency("kenya 's treasury raised ksh 60 billion in the bond sale .", "ksh 60 billion") == "KES")
    }

    @Test("a current currency's name of three words or more reads without its place where no other name ends so")
    func namesWithoutPlace() {
        let english = Locale(identifier: "en")
        var tails: [String: Set<String>] = [:]
        for code in Locale.commonISOCurrencyCodes where !CurrencyNewsForms.notCurrencies.contains(code) {
            guard let name = english.localizedString(forCurrencyCode: code), !name.contains("(") else { continue }
            let words = name.lowercased().split(separator: " ")
            if words.count >= 3 { tails[words.suffix(2).joined(separator: " "), default: []].insert(code) }
        }
        var tried = 0
        for (tail, codes) in tails.sorted(by: { $0.key < $1.key }) where codes.count == 1 {
            // A full name that is the tail keeps its own currency.
            guard let code = codes.first, CurrencyTables.shared.names[tail] == code else { continue }
            tried += 1
            #expect(Self.currency("The fund paid 175 \(tail)s to each family.", "175 \(tail)s") == code, "\(tail)s")
        }
        #expect(tried > 5)
        #expect(Self.currency("Before unification a state salary was worth 175 convertible pesos.", "175 convertible pesos") == "CUC")
        #expect(Self.currency("A visa costs 100 convertible marks.", "100 convertible marks") == "BAM")
        #expect(Self.currency("The fare is 5 new shekels.", "5 new shekels") == "ILS")
    }

    @Test("a name CLDR writes with an ʻokina also reads with an apostrophe")
    func okina() {
        #expect(Self.currency("Tonga's government set aside 20 million pa'anga for cyclone relief.", "20 million pa'anga") == "TOP")
        #expect(Self.currency("Tonga's government set aside 20 million pa\u{2019}anga for cyclone relief.", "20 million pa\u{2019}anga") == "TOP")
        #expect(Self.currency("It cost 20 Tongan paʻanga.", "20 Tongan paʻanga") == "TOP")
    }

    @Test("a unit's abbreviation that is also a code in lower case is the unit")
    func unitsBeforeCodes() {
        let sentence = "Police found more than 1,300 pounds (600 kgs) of fertilizer-based explosives Sunday in a shed in Dundalk, 50 miles (80 kms) south of Belfast."
        #expect(Figures.of(sentence).allSatisfy { $0.currency == nil }, "\(Figures.of(sentence).map(\.text))")
        #expect(Figures.first(sentence, text: "600 kgs")?.unit == "kilogram")
        #expect(Self.currency("Bishkek paid 600 KGS for the permit.", "600 KGS") == "KGS")
    }
}
