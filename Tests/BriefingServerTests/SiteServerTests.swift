import Foundation
import Testing
@testable import BriefingServer

@Suite("briefing serve over HTTP")
struct SiteServerTests {
    /// Requests `path` as written (no normalization) and returns status and body. curl runs on
    /// a thread of its own: waiting for it on one of the few threads that run tasks could leave
    /// the server none while another suite's long test holds the rest.
    func get(_ path: String, port: UInt16) async throws -> (status: Int, body: String, type: String) {
        try await withCheckedThrowingContinuation { continuation in
            Thread.detachNewThread { continuation.resume(with: Result { try curl(path, port: port) }) }
        }
    }

    private func curl(_ path: String, port: UInt16) throws -> (status: Int, body: String, type: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        process.arguments = ["-s", "--path-as-is", "-o", "-", "-w", "\n%{http_code} %{content_type}", "http://127.0.0.1:\(port)\(path)"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        let lastLine = text.split(separator: "\n").last.map(String.init) ?? ""
        let parts = lastLine.split(separator: " ", maxSplits: 1)
        return (Int(parts.first ?? "") ?? 0, String(text.dropLast(lastLine.count)), parts.count > 1 ? String(parts[1]) : "")
    }

    @Test func servesPagesRefusesTraversalAndInjectsLiveReload() async throws {
        try await SitePathResolverTests.withSite { root in
            let port = UInt16.random(in: 20_000...40_000)
            let server = try SiteServer(root: root, port: port).makeServer()
            let task = Task { try await server.run() }
            defer { task.cancel() }
            // The server starts at once, unless the threads that run tasks are all held by other
            // suites' long tests (runsAreTheCharacterSplitsRuns takes over a minute on two cores).
            try await server.waitUntilListening(timeout: 600)
            try await Task.sleep(for: .milliseconds(100))

            let home = try await get("/", port: port)
            #expect(home.status == 200)
            #expect(home.type == "text/html; charset=utf-8")
            #expect(home.body.contains("/_briefing/live"), "live-reload script missing")
            for path in ["/../secret.txt", "/%2e%2e/secret.txt", "/briefs/..%2f..%2fsecret.txt", "/escape.txt"] {
                let response = try await get(path, port: port)
                #expect(response.status == 403, "\(path) → \(response.status)")
                #expect(!response.body.contains("secret"))
            }
            let missing = try await get("/nope.html", port: port)
            #expect(missing.status == 404)
            #expect(missing.body.contains("missing"), "the site's 404 page is served")
        }
    }
}
