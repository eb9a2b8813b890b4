import FlyingFox
import Foundation

/// Serves the built site: correct content types, the site's 404 page for misses, refusal of
/// path traversal, and the live-reload script added to HTML responses.
struct StaticSiteHandler: HTTPHandler {
    let resolver: SitePathResolver
    let injectLiveReload: Bool

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed, headers: HTTPHeaders([HTTPHeader("Allow"): "GET, HEAD"]))
        }
        switch resolver.resolve(request.target.path(percentEncoded: true)) {
        case .forbidden:
            return HTTPResponse(statusCode: .forbidden, headers: HTTPHeaders([.contentType: "text/plain; charset=utf-8"]), body: Data("Forbidden\n".utf8))
        case .notFound:
            let page = resolver.root.appendingPathComponent("404.html")
            let body = FileManager.default.contents(atPath: page.path) ?? Data("Not found\n".utf8)
            return response(.notFound, body: body, ext: FileManager.default.fileExists(atPath: page.path) ? "html" : "txt")
        case .file(let url):
            guard let body = FileManager.default.contents(atPath: url.path) else {
                return HTTPResponse(statusCode: .notFound)
            }
            return response(.ok, body: body, ext: url.pathExtension)
        }
    }

    private func response(_ status: HTTPStatusCode, body: Data, ext: String) -> HTTPResponse {
        var body = body
        if injectLiveReload, ext == "html", let html = String(data: body, encoding: .utf8), let end = html.range(of: "</body>", options: .backwards) {
            body = Data(html.replacingCharacters(in: end, with: LiveReload.script + "</body>").utf8)
        }
        return HTTPResponse(
            statusCode: status,
            headers: HTTPHeaders([
                .contentType: ContentType.forExtension(ext), HTTPHeader("Cache-Control"): "no-store",
                HTTPHeader("X-Content-Type-Options"): "nosniff",
            ]),
            body: body)
    }
}
