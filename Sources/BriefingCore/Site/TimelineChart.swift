/// An SVG bar chart of events per month (per year for spans over 20 years), drawn at build
/// time so the timeline needs no JavaScript.
enum TimelineChart {
    static func svg(_ events: [Event]) -> String {
        var counts: [Int: Int] = [:]  // month index (year * 12 + month - 1) → events
        for event in events {
            guard let precision = EventExtractor.precision(of: event.date), precision != .year, precision != .decade,
                  TimelineOrder.key(event.date).day != Int.max else { continue }
            let start = CalendarDate(dayNumber: TimelineOrder.key(event.date).day)
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
        let width = 640, height = 120, chartTop = 8, chartBottom = 96
        let peak = max(1, bins.map(\.count).max() ?? 1)
        let step = Double(width) / Double(bins.count)
        var bars = ""
        for (i, bin) in bins.enumerated() where bin.count > 0 {
            let h = Double(chartBottom - chartTop) * Double(bin.count) / Double(peak)
            let x = Double(i) * step + step * 0.15
            bars += "<rect x=\"\(fmt(x))\" y=\"\(fmt(Double(chartBottom) - h))\" width=\"\(fmt(max(1, step * 0.7)))\" height=\"\(fmt(h))\"><title>\(bin.label): \(bin.count) event\(bin.count == 1 ? "" : "s")</title></rect>"
        }
        let total = bins.reduce(0) { $0 + $1.count }
        let summary = "\(total) dated events from \(bins.first!.label) to \(bins.last!.label), \(byYear ? "per year" : "per month")"
        return """
            <svg class="chart" viewBox="0 0 \(width) \(height)" role="img" aria-labelledby="chart-title" xmlns="http://www.w3.org/2000/svg">\
            <title id="chart-title">\(summary)</title>\
            <line x1="0" y1="\(chartBottom)" x2="\(width)" y2="\(chartBottom)" class="axis"/>\(bars)\
            <text x="0" y="114" class="label">\(bins.first!.label)</text>\
            <text x="\(width)" y="114" text-anchor="end" class="label">\(bins.last!.label)</text></svg>
            """
    }

    private static func fmt(_ x: Double) -> String {
        let scaled = (x * 10).rounded() / 10
        return scaled == scaled.rounded() ? String(Int(scaled)) : String(scaled)
    }
}
