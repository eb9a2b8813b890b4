import Testing
@testable import BriefingCore

/// `SiteConfig.pageSettings`, the text of the settings that shape the pages in cache keys,
/// written out field by field.
@Suite("Site settings in cache keys")
struct SiteConfigTests {
    /// Each setting but the three folders, changed alone, with a value unlike the default.
    private static let changes: [(name: String, change: @Sendable (inout SiteConfig) -> Void)] = [
        ("title", { $0.title = "Other" }),
        ("description", { $0.description = "Other" }),
        ("baseURL", { $0.baseURL = "https://example.org/" }),
        ("language", { $0.language = "fr" }),
        ("itemsPerPage", { $0.itemsPerPage = 20 }),
        ("sections", { $0.sections = [.summary, .article] }),
        ("stories", { $0.stories = false }),
    ]

    @Test("every stored setting is written or left out on purpose")
    func coversEverySetting() {
        let stored = Mirror(reflecting: SiteConfig()).children.compactMap(\.label)
        // A setting added to SiteConfig is to be written into pageSettings, and changed here.
        #expect(stored.sorted() == (Self.changes.map(\.name) + ["input", "output", "templates"]).sorted())
    }

    @Test("each setting that shapes the pages changes the text")
    func eachSettingCounts() {
        let base = SiteConfig().pageSettings
        var seen: Set<String> = [base]
        for (name, change) in Self.changes {
            var config = SiteConfig()
            change(&config)
            #expect(config.pageSettings != base, "\(name)")
            seen.insert(config.pageSettings)
        }
        #expect(seen.count == Self.changes.count + 1, "no two changes give the same text")
    }

    @Test("the folders leave the text as it is")
    func foldersDoNotCount() {
        var config = SiteConfig()
        config.input = "./articles"
        config.output = "/tmp/site"
        config.templates = "my-templates"
        #expect(config.pageSettings == SiteConfig().pageSettings)
    }

    @Test("a quote in a title cannot pass for another field")
    func quotedValuesAreEscaped() {
        var a = SiteConfig(), b = SiteConfig()
        a.title = "A\" description=\"B"
        b.title = "A"
        b.description = "B"
        #expect(a.pageSettings != b.pageSettings)
    }
}
