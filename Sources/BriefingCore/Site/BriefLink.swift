/// What a listing needs to link to a brief: a few fields copied out of it, so that site-wide
/// pages (timeline, people) hold small values instead of whole briefs.
struct BriefLink: Sendable {
    var slug: String
    var title: String
    var outlet: String?
    var published: CalendarDate?

    init(_ brief: Brief) {
        slug = brief.article.slug
        title = brief.article.title
        outlet = brief.article.outlet
        published = brief.article.published
    }
}
