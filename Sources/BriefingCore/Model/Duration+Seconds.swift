extension Duration {
    /// The duration in seconds, with its fraction (for timings printed to people).
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
