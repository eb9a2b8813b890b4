import FlyingFox
import FlyingSocks
import Foundation

/// An HTTP server for a built site, with live reload. Binds to 127.0.0.1 unless told otherwise.
public struct SiteServer: Sendable {
    public let root: URL
    public let host: String
    public let port: UInt16
    public let live: LiveReload

    public init(root: URL, host: String = "127.0.0.1", port: UInt16 = 8080, live: LiveReload = LiveReload()) {
        self.root = root
        self.host = host
        self.port = port
        self.live = live
    }

    /// Creates the server; call `run()` on it to serve until cancelled.
    public func makeServer() throws -> HTTPServer {
        let address: any SocketAddress = host.contains(":") ? try sockaddr_in6.inet6(ip6: host, port: port) : try sockaddr_in.inet(ip4: host, port: port)
        let server = HTTPServer(config: HTTPServer.Configuration(address: address, logger: .disabled))
        let staticHandler = StaticSiteHandler(resolver: SitePathResolver(root: root), injectLiveReload: true)
        Task {
            await server.appendRoute("GET /_briefing/live", to: .webSocket(LiveReloadHandler(live: live)))
            await server.appendRoute("*", to: staticHandler)
        }
        return server
    }
}
