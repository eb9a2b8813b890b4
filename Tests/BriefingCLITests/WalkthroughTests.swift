import Foundation
import Testing

/// Runs the README's walkthrough line by line, as written, in a temporary folder.
@Suite("README walkthrough")
struct WalkthroughTests {
    static func walkthroughLines() throws -> [String] {
        let readme = try String(contentsOf: Repo.root.appendingPathComponent("README.md"), encoding: .utf8)
        let start = try #require(readme.range(of: "<!-- walkthrough:start -->"))
        let end = try #require(readme.range(of: "<!-- walkthrough:end -->"))
        return readme[start.upperBound..<end.lowerBound]
            .split(separator: "\n").map(String.init)
            .filter { !$0.hasPrefix("```") && !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    @Test func walkthroughWorksVerbatim() throws {
        let tmp = try Repo.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: tmp) }
        let lines = try Self.walkthroughLines()
        #expect(lines.count >= 5)
        let binDir = CommandLineTests.binary.deletingLastPathComponent().path
        // `serve` runs until stopped: start it in the background, wait until it answers, stop it.
        let script = lines.map { line -> String in
            guard line.hasPrefix("briefing serve") else { return line }
            return """
                \(line) > serve.log 2>&1 & SERVE=$!
                for i in $(seq 50); do curl -sf http://127.0.0.1:8080/index.html >/dev/null && break; sleep 0.2; done
                curl -sf http://127.0.0.1:8080/index.html >/dev/null || { cat serve.log; exit 3; }
                kill $SERVE; wait $SERVE 2>/dev/null || true
                """
        }.joined(separator: "\n")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-euo", "pipefail", "-c", script]
        process.currentDirectoryURL = tmp
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = binDir + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        process.environment = environment
        let err = Pipe()
        process.standardError = err
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "walkthrough failed: \(errors)")
        let site = tmp.appendingPathComponent("my-briefings/site")
        let brief = try String(contentsOf: site.appendingPathComponent("briefs/talks-resume-in-geneva.html"), encoding: .utf8)
        #expect(brief.contains("Jane Doe"))
        #expect(brief.contains("https://example.org/briefings/briefs/talks-resume-in-geneva.html"), "canonical URL from --base-url")
    }
}
