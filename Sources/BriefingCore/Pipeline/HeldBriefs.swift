import Synchronization

/// How many of the briefs a build makes stay in memory until their pages are rendered, when a
/// cache (or, without one, a scratch folder: `ScratchFolder`) can give back the others: the
/// pages of a brief held are rendered without reading its entry back and decoding it again,
/// and the briefs not held keep a large site within its memory. The tasks that make briefs
/// ask in the order they finish; a brief is held while its estimated size fits what is left.
/// Which briefs are held changes no output, only where the pages read them from.
final class HeldBriefs: Sendable {
    /// Estimated bytes of memory left for briefs.
    private let left: Mutex<Int>

    /// A budget of `bytes` of estimated memory.
    init(bytes: Int) {
        left = Mutex(bytes)
    }

    /// The budget of a build: 64 MiB, all the briefs of about 2,000 wire stories of average length.
    static let buildBudget = 64 << 20

    /// `input` with its brief while the budget lasts; without it once the brief does not fit.
    func admit(_ input: SiteInput) -> SiteInput {
        guard let brief = input.brief else { return input }
        let size = Self.estimatedSize(of: brief)
        let fits = left.withLock { left in
            guard size <= left else { return false }
            left -= size
            return true
        }
        if fits { return input }
        var input = input
        input.brief = nil
        return input
    }

    /// The memory a brief takes, estimated from its paragraphs' bytes: measured on a build of
    /// 1,000 generated articles, a brief without its source text takes about 12 times its
    /// paragraphs' bytes (quotes, figures, times and events each keep texts of their own), and
    /// some kilobytes for its fields.
    static func estimatedSize(of brief: Brief) -> Int {
        brief.article.paragraphs.reduce(4096) { $0 + 16 * $1.text.utf8.count }
    }
}
