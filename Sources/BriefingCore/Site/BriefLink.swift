/// What a listing needs to link to a brief: a few fields copied out of it, so that site-wide
/// pages (timeline, people) hold small values instead of whole briefs.
struct BriefLink: Sendable {
    var slug: String
    var title: String
    var outlet: String?
    var published: CalendarDate?
}
