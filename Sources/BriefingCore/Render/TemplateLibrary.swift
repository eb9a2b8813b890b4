import Foundation
import Mustache

/// The page templates: the default set, overridden file by file by a user's folder.
public struct TemplateLibrary: Sendable {
    private let library: MustacheLibrary
    /// Files under `assets/` in the template folders (user files win), by relative path.
    public let assets: [String: [UInt8]]
    /// Fingerprint of every template and asset, for keys of rendered pages.
    public let fingerprint: String

    /// Loads `*.mustache` and `assets/*` from `defaults`, then from `overrides` when given.
    public init(defaults: URL, overrides: URL? = nil) throws {
        var templates: [String: String] = [:]
        var assets: [String: [UInt8]] = [:]
        for folder in [defaults] + (overrides.map { [$0] } ?? []) {
            guard FileManager.default.fileExists(atPath: folder.path) else {
                throw BriefingError(stage: .render, file: folder.path, message: "template folder does not exist")
            }
            for path in try SourceLoader().paths(in: folder) {
                let bytes = try SourceLoader().read(path, in: folder).bytes
                if path.hasSuffix(".mustache") {
                    templates[String(path.dropLast(".mustache".count))] = String(decoding: bytes, as: UTF8.self)
                } else if path.hasPrefix("assets/") {
                    assets[path] = bytes
                }
            }
        }
        MustacheContentTypes.register(HTMLEscaping(), named: HTMLEscaping.name)
        var library = MustacheLibrary()
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            do {
                try library.register(HTMLEscaping.pragma + text, named: name)
            } catch {
                // The error of the template as written, whose lines it counts.
                let error = Self.parseError(text) ?? error
                throw BriefingError(stage: .render, file: name + ".mustache", message: "template does not parse: \(error)")
            }
        }
        self.library = library
        self.assets = assets
        var all: [UInt8] = []
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) { all += Array("\(name)\u{0}\(text)\u{0}".utf8) }
        for (path, bytes) in assets.sorted(by: { $0.key < $1.key }) { all += Array(path.utf8) + [0] + bytes }
        fingerprint = ContentHash.hex(all)
    }

    /// The error parsing `text` throws, if any.
    private static func parseError(_ text: String) -> Error? {
        do {
            _ = try MustacheTemplate(string: text)
            return nil
        } catch {
            return error
        }
    }

    /// Mustache's HTML escaping of `{{value}}`, done by `HTMLEscaper` (the same characters
    /// replaced the same way, on bytes rather than by looking up each character in a
    /// dictionary). Every template is parsed with the pragma that selects it, on a line of its
    /// own, which the parser drops whole, so the template's own first line is unchanged.
    private struct HTMLEscaping: MustacheContentType {
        static let name = "BRIEFING_HTML"
        static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

        func escapeText(_ text: String) -> String { HTMLEscaper.escape(text) }
    }

    /// Renders the template `name` with `context` (a dictionary keyed by name or a
    /// `TemplateContext`); every `{{value}}` is HTML-escaped.
    public func render(_ name: String, _ context: Any) throws -> String {
        guard let html = library.render(context, withTemplate: name) else {
            throw BriefingError(stage: .render, file: name + ".mustache", message: "template is missing")
        }
        return html
    }

    /// The default template folder: installed beside the binary (`../share/briefing/Templates`),
    /// else `Templates` in the current folder, else the source tree's.
    public static func defaultFolder(executable: URL? = nil) -> URL {
        var candidates: [URL] = []
        if let executable {
            candidates.append(executable.deletingLastPathComponent().appendingPathComponent("../share/briefing/Templates").standardizedFileURL)
        }
        candidates.append(URL(fileURLWithPath: "Templates"))
        let sourceTree = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../../Templates").standardizedFileURL
        candidates.append(sourceTree)
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("layout.mustache").path) } ?? sourceTree
    }
}
