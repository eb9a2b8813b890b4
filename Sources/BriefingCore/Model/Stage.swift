/// The part of Briefing a diagnostic or an error comes from, printed in brackets after its
/// message ("… [ingest]").
public enum Stage: String, Sendable, Codable, CaseIterable {
    /// Reading `briefing.yml` and the command's options.
    case config
    /// Reading and cleaning input files.
    case ingest
    /// Rendering Markdown and templates.
    case render
    /// Building and publishing the site.
    case site
    /// `briefing check`.
    case check
    /// `briefing new`.
    case new
    /// Reading evaluation and benchmark data (`briefing-eval`, `briefing-bench`).
    case evaluation
}
