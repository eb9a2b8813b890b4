import Foundation

/// Maps a request path to a file inside the site folder, refusing anything that could leave it:
/// `..` segments (raw or percent-encoded), backslashes, NUL bytes and hidden files.
public struct SitePathResolver: Sendable {
    public enum Resolution: Equatable, Sendable {
        case file(URL)
        case notFound
        case forbidden
    }

    public let root: URL

    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// `rawPath` is the percent-encoded path of the request target ("/briefs/a%20b.html").
    public func resolve(_ rawPath: String) -> Resolution {
        guard let decoded = rawPath.removingPercentEncoding else { return .forbidden }
        if decoded.contains("\0") || decoded.contains("\\") { return .forbidden }
        let segments = decoded.split(separator: "/", omittingEmptySubsequences: true)
        if segments.contains(where: { $0 == ".." || $0 == "." || $0.hasPrefix(".") }) { return .forbidden }
        var url = root
        for segment in segments { url.appendPathComponent(String(segment)) }
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return .notFound }
        if isDirectory.boolValue {
            url.appendPathComponent("index.html")
            guard fm.fileExists(atPath: url.path) else { return .notFound }
        }
        // Symbolic links inside the site must not lead outside it.
        let real = url.resolvingSymlinksInPath().path
        let rootPath = root.resolvingSymlinksInPath().path
        guard real.hasPrefix(rootPath + "/") else { return .forbidden }
        return .file(url)
    }
}
