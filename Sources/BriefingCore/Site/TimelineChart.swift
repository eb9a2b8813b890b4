/// A bar chart of events per month (per year for spans over 20 years), drawn at build time so
/// the timeline needs no JavaScript: an SVG of bars that stretches to the page's width, and
/// the axis labels as text below it, so they stay readable on a phone.
enum TimelineChart {
    /// Events before this year are not placed on the chart: no news timeline reaches back
    /// that far, and such years are misread numbers.
    static let earliestYear = 1000
    /// Most axis labels: the first and last bin and evenly spaced ones between.
    static let maxLabels = 5

    /// The chart of the events dated `dates` (TIMEX3 values).
    static func svg(_ dates: [String]) -> String {
        var counts: [Int: Int] = [:]  // month index (year * 12 + month - 1) → events
        for date in dates {
            guard let precision = TimexValue(date).precision, precision != .year, precision != .decade,
                  TimelineOrder.key(date).day != Int.max else { continue }
            let start = CalendarDate(dayNumber: TimelineOrder.key(date).day)
            guard start.year >= earliestYear else { continue }
            counts[start.year * 12 + start.month - 1, default: 0] += 1
        }
        guard let first = counts.keys.min(), let last = counts.keys.max() else { return "" }
        let byYear = last - first > 240
        var bins: [(label: String, count: Int)] = []
        if byYear {
            for year in (first / 12)...(last / 12) {
                bins.append((String(year), (0..<12).reduce(0) { $0 + (counts[year * 12 + $1] ?? 0) }))
            }
        } else {
            for index in first...last {
                bins.append(("\(MonthNames.full[index % 12].prefix(3)) \(index / 12)", counts[index] ?? 0))
            }
        }
        let width = 640, height = 100, chartTop = 4
        let peak = max(1, bins.map(\.count).max() ?? 1)
        let step = Double(width) / Double(bins.count)
        var bars = ""
        for (i, bin) in bins.enumerated() where bin.count > 0 {
            // At least 2 units tall, so a month with one event among hundreds still shows.
            let h = max(2, Double(height - chartTop) * Double(bin.count) / Double(peak))
            let x = Double(i) * step + step * 0.15
            bars += "<rect x=\"\(fmt(x))\" y=\"\(fmt(Double(height) - h))\" width=\"\(fmt(max(1, step * 0.7)))\" height=\"\(fmt(h))\"><title>\(bin.label): \(bin.count) event\(bin.count == 1 ? "" : "s")</title></rect>"
        }
        let total = bins.reduce(0) { $0 + $1.count }
        let summary = "\(total) dated events from \(bins.first!.label) to \(bins.last!.label), \(byYear ? "per year" : "per month"); the tallest bar is \(peak)"
        return """
            <figure class="chart-box"><svg class="chart" viewBox="0 0 \(width) \(height)" preserveAspectRatio="none" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">\
            <title id="chart-title">\(summary)</title>\
            <line x1="0" y1="\(height)" x2="\(width)" y2="\(height)" class="axis"/>\(bars)</svg>\
            <figcaption class="chart-axis" aria-hidden="true">\(labels(bins.map(\.label), step: step, width: Double(width)))</figcaption></figure>
            """
    }

    /// Axis labels under the bars they name, placed in percent of the chart's width.
    private static func labels(_ names: [String], step: Double, width: Double) -> String {
        let count = names.count
        let m = min(maxLabels, count)
        let shown = m == 1 ? [0] : (0..<m).map { k in Int((Double(k) * Double(count - 1) / Double(m - 1)).rounded()) }
        var html = ""
        for (n, index) in Set(shown).sorted().enumerated() {
            let center = (Double(index) + 0.5) * step / width * 100
            let edge = n == 0 ? "first" : index == count - 1 ? "last" : "mid"
            html += "<span class=\"\(edge)\" style=\"left:\(fmt(center))%\">\(names[index])</span>"
        }
        return html
    }

    private static func fmt(_ x: Double) -> String {
        let scaled = (x * 10).rounded() / 10
        return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }
}
