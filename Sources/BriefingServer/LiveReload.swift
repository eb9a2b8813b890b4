import FlyingFox

/// Tells open pages to reload (or to show a build error) over WebSocket connections.
public actor LiveReload {
    private var clients: [Int: AsyncStream<WSMessage>.Continuation] = [:]
    private var nextID = 0

    public init() {}

    /// Number of connected pages.
    public var count: Int { clients.count }

    /// Sends `message` ("reload" or "error:<text>") to every connected page.
    public func broadcast(_ message: String) {
        for client in clients.values { client.yield(.text(message)) }
    }

    func connect() -> AsyncStream<WSMessage> {
        let id = nextID
        nextID += 1
        let (stream, continuation) = AsyncStream<WSMessage>.makeStream()
        clients[id] = continuation
        continuation.onTermination = { _ in Task { await self.disconnect(id) } }
        return stream
    }

    private func disconnect(_ id: Int) {
        clients[id] = nil
    }

    /// The script added to served HTML pages (never to the built files).
    static let script = """
        <script>(()=>{const s=new WebSocket(`ws://${location.host}/_briefing/live`);\
        s.onmessage=e=>{if(e.data==="reload")location.reload();else if(e.data.startsWith("error:")){\
        let d=document.getElementById("briefing-error");if(!d){d=document.createElement("pre");d.id="briefing-error";\
        d.style.cssText="position:fixed;inset:auto 0 0 0;margin:0;padding:1em;background:#7a0010;color:#fff;white-space:pre-wrap;z-index:99";\
        document.body.append(d)}d.textContent="Build failed — still serving the last good site.\\n"+e.data.slice(6)}}})();</script>
        """
}

/// Hands each WebSocket connection a stream of live-reload messages.
struct LiveReloadHandler: WSMessageHandler {
    let live: LiveReload

    func makeMessages(for client: AsyncStream<WSMessage>) async throws -> AsyncStream<WSMessage> {
        await live.connect()
    }
}
