/// What the pair similarity weighs of each text besides its words (the days and years of its
/// events, its dateline place), laid out flat, so that scoring a pair reads a few integers
/// and copies nothing.
struct StoryFacts: Sendable {
    /// Every text's event days, one text after another; `dayEnds[i]` ends text i's.
    private var days: [Int] = []
    private var dayEnds: [Int] = []
    /// Every text's years, ascending within a text; `yearEnds[i]` ends text i's.
    private var years: [Int] = []
    private var yearEnds: [Int] = []
    /// Each text's place as a number (equal places, equal numbers), -1 for none.
    private var places: [Int] = []

    init(_ documents: [StoryDocument]) {
        var numbers: [String: Int] = [:]
        dayEnds.reserveCapacity(documents.count)
        yearEnds.reserveCapacity(documents.count)
        places.reserveCapacity(documents.count)
        for document in documents {
            days += document.eventDays
            dayEnds.append(days.count)
            years += document.years
            yearEnds.append(years.count)
            places.append(document.place.map { place in
                if let known = numbers[place] { return known }
                numbers[place] = numbers.count
                return numbers.count - 1
            } ?? -1)
        }
    }

    private func dayRange(_ text: Int) -> Range<Int> { (text == 0 ? 0 : dayEnds[text - 1])..<dayEnds[text] }
    private func yearRange(_ text: Int) -> Range<Int> { (text == 0 ? 0 : yearEnds[text - 1])..<yearEnds[text] }

    /// Both texts tell of events on given days, and no two of those days are within one of
    /// each other.
    func daysApart(_ a: Int, _ b: Int) -> Bool {
        let (x, y) = (dayRange(a), dayRange(b))
        guard !x.isEmpty, !y.isEmpty else { return false }
        return !x.contains { i in y.contains { j in abs(days[j] - days[i]) <= 1 } }
    }

    /// Both texts have years, and none in common.
    func yearsApart(_ a: Int, _ b: Int) -> Bool {
        var (i, j) = (yearRange(a), yearRange(b))
        guard !i.isEmpty, !j.isEmpty else { return false }
        while let x = i.first, let y = j.first {
            if years[x] == years[y] { return false }
            if years[x] < years[y] { i = i.dropFirst() } else { j = j.dropFirst() }
        }
        return true
    }

    /// Both texts were filed from the same place.
    func samePlace(_ a: Int, _ b: Int) -> Bool { places[a] >= 0 && places[a] == places[b] }
}
