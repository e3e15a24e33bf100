import Foundation
import Hummingbird
import HummingbirdWebSocket
import Lab
import Logging
import Synchronization

/// What `lessons serve` was asked for.
public struct ServerOptions: Sendable {
    /// The address to listen on (loopback unless the user says otherwise).
    public var host = "127.0.0.1"
    /// The port (0: any free port).
    public var port = 8765
    /// The book and the lab's presets in quick mode.
    public var quick = false
    /// The seed of the book and of every lab session.
    public var seed: UInt64 = 1
    /// The `lessons` executable that writes the book.
    public var lessonsPath = ""
    /// Origins accepted besides the server's own (tests: a WebSocket client that names no port); empty by default.
    public var additionalOrigins: Set<String> = []
    /// The lessons the book holds (numbers or slugs; empty: all).
    public var bookLessons: [String] = []

    /// The defaults.
    public init() {}

    /// Whether `host` is a loopback address.
    public var isLoopback: Bool { ["127.0.0.1", "localhost", "::1"].contains(host) || host.hasPrefix("127.") }
}

/// The server of `lessons serve`: the book, the lab page and the lab's WebSocket, behind the token.
public enum LabServer {
    /// The name of the token's cookie for a server on `port` (cookies ignore ports, so two servers need two names).
    public static func cookieName(port: Int) -> String { "lessons_token_\(port)" }

    /// The Host header values that name this server on `port`.
    public static func hosts(_ options: ServerOptions, port: Int) -> Set<String> {
        // Bare loopback names too (port 80's form; test clients send them): no other site's name can resolve into them.
        var names: Set<String> = ["127.0.0.1:\(port)", "localhost:\(port)", "[::1]:\(port)", "localhost", "127.0.0.1"]
        let host = options.host.contains(":") ? "[\(options.host)]" : options.host
        names.insert("\(host.lowercased()):\(port)")
        return names
    }

    /// The router of every route; `port` holds the port the server listens on once it is known (the token's cookie,
    /// the Host and the Origin checks name it).
    public static func router(options: ServerOptions, port: BoundPort, token: AccessToken, scheduler: LabScheduler,
                              book: BookBuilder?) -> Router<BasicWebSocketRequestContext> {
        let router = Router(context: BasicWebSocketRequestContext.self)
        router.add(middleware: AccessMiddleware(token: token, options: options, port: port))
        router.get("/") { _, _ in LabRoutes.page(LabPage.html, type: "text/html; charset=utf-8") }
        router.get("/lab") { _, _ in LabRoutes.page(LabPage.html, type: "text/html; charset=utf-8") }
        router.get("/lab.js") { _, _ in LabRoutes.page(LabScript.source, type: "text/javascript; charset=utf-8") }
        router.get("/lab.css") { _, _ in LabRoutes.page(LabPage.css, type: "text/css; charset=utf-8") }
        router.get("/favicon.ico") { _, _ in Response(status: .noContent) }  // no icon, and no 404 in the console
        router.get("/book") { request, _ in
            // The router matches "/book/" here too; only "/book" needs the slash its pages' relative links rely on.
            request.uri.path.hasSuffix("/") ? LabRoutes.book(request, book: book) : Response(status: .seeOther, headers: [.location: "/book/"])
        }
        router.get("/book/**") { request, _ in
            LabRoutes.book(request, book: book)
        }
        router.ws("/lab/ws") { request, _ in
            // The page's own origin only: another site's page cannot drive a training with the user's cookie.
            let names = hosts(options, port: port.value)
            guard let origin = request.headers[.origin], let host = request.head.authority, names.contains(host.lowercased()),
                  options.additionalOrigins.contains(origin) || (origin.hasPrefix("http://")
                    && names.contains(String(origin.dropFirst(7)).lowercased()) && origin.hasSuffix(":\(port.value)")) else {
                throw HTTPError(.forbidden, message: "the lab's WebSocket takes connections from its own page only")
            }
            return .upgrade([:])
        } onUpgrade: { inbound, outbound, _ in
            try await LabSocket.serve(inbound: inbound, outbound: outbound, scheduler: scheduler, seed: options.seed)
        }
        return router
    }

    /// The application, listening on `options.host`:`options.port`; `onRunning` receives the bound port.
    public static func application(options: ServerOptions, token: AccessToken, scheduler: LabScheduler, book: BookBuilder?,
                                   onRunning: @escaping @Sendable (Int) async -> Void) -> some ApplicationProtocol {
        var logger = Logger(label: "lessons-serve")
        logger.logLevel = .warning
        let port = BoundPort(options.port)
        let router = router(options: options, port: port, token: token, scheduler: scheduler, book: book)
        return Application(
            router: router,
            server: .http1WebSocketUpgrade(webSocketRouter: router, configuration: .init(
                ws: .init(maxFrameSize: LabRequest.maximumBytes, autoPing: .enabled(timePeriod: .seconds(20))))),
            configuration: .init(address: .hostname(options.host, port: options.port), serverName: nil),
            onServerRunning: { channel in
                port.value = channel.localAddress?.port ?? options.port
                await onRunning(port.value)
            },
            logger: logger)
    }
}

/// The port the server listens on, known once it is bound (`--port 0` picks a free one).
public final class BoundPort: Sendable {
    private let port: Mutex<Int>

    /// A port known in advance, or 0 until bound.
    public init(_ port: Int) {
        self.port = Mutex(port)
    }

    /// The port.
    public var value: Int {
        get { port.withLock { $0 } }
        set { port.withLock { $0 = newValue } }
    }
}
