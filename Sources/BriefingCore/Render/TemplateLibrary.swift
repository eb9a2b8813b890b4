import Foundation

/// The page templates: the default set, overridden file by file by a user's folder, each
/// parsed once (`TemplateParser`), laid out for rendering (`CompiledTemplate`) and rendered
/// with typed contexts (`TemplateRenderer`).
public struct TemplateLibrary: Sendable {
    private let templates: [String: CompiledTemplate]
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
        var parsed: [String: CompiledTemplate] = [:]
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) {
            do {
                parsed[name] = CompiledTemplate(try TemplateParser.parse(text))
            } catch {
                throw BriefingError(stage: .render, file: name + ".mustache", message: "template does not parse: \(error)")
            }
        }
        self.templates = parsed
        self.assets = assets
        var all: [UInt8] = []
        for (name, text) in templates.sorted(by: { $0.key < $1.key }) { all += Array("\(name)\u{0}\(text)\u{0}".utf8) }
        for (path, bytes) in assets.sorted(by: { $0.key < $1.key }) { all += Array(path.utf8) + [0] + bytes }
        fingerprint = ContentHash.hex(all)
    }

    /// Renders the template `name` with `context` into UTF-8 bytes, for a page written as it is
    /// rendered, in the buffer they were written to (`TemplateRenderer.renderBuffer`); every
    /// `{{value}}` is HTML-escaped.
    func renderBuffer(_ name: String, _ context: some TemplateContext) throws -> ByteBuffer {
        guard let template = templates[name] else {
            throw BriefingError(stage: .render, file: name + ".mustache", message: "template is missing")
        }
        return TemplateRenderer(partials: templates).renderBuffer(template, context)
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
