/// A key the site's typed contexts answer, numbered when a template is parsed: a context's
/// `switch` over it is a jump on a small integer, not a string comparison per case. The raw
/// value is the name templates write. Names that are not here (keys only a `TemplateValues`
/// dictionary holds, a user template's own) are looked up by name (`TemplateContext.child(named:)`).
enum TemplateKey: String, CaseIterable, Sendable {
    case authors, authorsAfter, briefTitle, canonical, captionLabel, captions, content, count, credit, date,
        datetime, description, descriptionHTML, feedURL, figureCount, figureLabel, figures, hasAuthors,
        hasCaptionLabel, hasCredit, hasDatetime, hasFigures, hasOriginal, hasOutlet, hasPlace,
        hasPublished, hasQuotes, hasRole, hasSource, hasSourceURL, hasSpeaker, hasTags, hasTimeline, html,
        id, isHome, jsonLD, label, labelHTML, language, markdownURL, merged, name, next, number, original,
        outlet, outletAfter, outletURL, paragraph, paragraphs, phrase, phraseHTML, place, placeAfter,
        previous, published, publishedLabel, quoteCount, quoteLabel, quotes, role, roleHTML, root,
        showSummary, showText, siteTitle, siteTitleHTML, slug, source, sourceFile, sourceHTML, sourceLabel,
        sourceURL, sources, speaker, speakerHTML, speakerURL, summary, summaryHTML, tags, text, textHTML,
        timeline, title, titleHTML, type, url, wordCount
}
