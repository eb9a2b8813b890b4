import Foundation
import Testing
@testable import BriefingServer

@Suite("Serving files safely")
struct SitePathResolverTests {
    /// Calls `body` with a small site in a scratch folder (beside it a secret file and, inside it,
    /// a link to that file), and removes the folder afterwards.
    static func withSite(_ body: (URL) async throws -> Void) async throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-serve-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        try await body(try makeSite(in: scratch))
    }

    private static func makeSite(in scratch: URL) throws -> URL {
        let root = scratch.appendingPathComponent("site")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("briefs"), withIntermediateDirectories: true)
        try "<html><body>home</body></html>".write(to: root.appendingPathComponent("index.html"), atomically: true, encoding: .utf8)
        try "<html><body>a b</body></html>".write(to: root.appendingPathComponent("briefs/a b.html"), atomically: true, encoding: .utf8)
        try "<html><body>missing</body></html>".write(to: root.appendingPathComponent("404.html"), atomically: true, encoding: .utf8)
        try "secret".write(to: root.deletingLastPathComponent().appendingPathComponent("secret.txt"), atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: root.appendingPathComponent("escape.txt"), withDestinationURL: root.deletingLastPathComponent().appendingPathComponent("secret.txt"))
        return root
    }

    @Test func traversalIsRefused() async throws {
        try await Self.withSite { root in
            let resolver = SitePathResolver(root: root)
            for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/briefs/..%2f..%2fsecret.txt", "/briefs/%2E%2E/%2E%2E/secret.txt", "/a%00b", "/..%5csecret.txt", "/.hidden", "/escape.txt"] {
                #expect(resolver.resolve(path) == .forbidden, "\(path) was not refused")
            }
        }
    }

    @Test func filesAndFoldersResolve() async throws {
        try await Self.withSite { root in
            let resolver = SitePathResolver(root: root)
            #expect(resolver.resolve("/") == .file(root.appendingPathComponent("index.html")))
            #expect(resolver.resolve("/briefs/a%20b.html") == .file(root.appendingPathComponent("briefs/a b.html")))
            #expect(resolver.resolve("/nope.html") == .notFound)
            #expect(ContentType.forExtension("css") == "text/css; charset=utf-8")
        }
    }
}
