import HTTPTypes
import Hummingbird

/// Lets a request through only with the server's token and a Host header naming the server: `?token=` once (answered
/// by a redirect that drops it from the address and sets an `HttpOnly; SameSite=Strict` cookie, as Jupyter does),
/// the cookie afterwards. Everything else gets 403.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    let token: AccessToken
    let options: ServerOptions
    let port: BoundPort

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        // The Host header must name this server ("127.0.0.1:8765", "localhost:8765", …): a page of another site that
        // resolves its own name to 127.0.0.1 (DNS rebinding) is refused.
        let port = port.value, cookieName = LabServer.cookieName(port: port)
        guard let host = request.head.authority, LabServer.hosts(options, port: port).contains(host.lowercased()) else {
            return Self.forbidden("this server answers only to its own address")
        }
        if let given = request.uri.queryParameters["token"].map(String.init) {
            guard token.matches(given) else { return Self.forbidden("wrong token") }
            var response = Response(status: .seeOther)
            response.headers[.location] = Self.withoutToken(request.uri.path, query: request.uri.query)
            response.headers[.setCookie] = "\(cookieName)=\(token.value); Path=/; HttpOnly; SameSite=Strict"
            response.headers[.cacheControl] = "no-store"
            return response
        }
        guard token.matches(request.cookies[cookieName]?.value) else {
            return Self.forbidden("this server needs its token: open the address `lessons serve` printed")
        }
        var response = try await next(request, context)
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.cacheControl] = "no-store"
        return response
    }

    static func forbidden(_ reason: String) -> Response {
        Response(status: .forbidden, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: "403 Forbidden: \(reason)\n")))
    }

    /// `path` with the query's other parameters (e.g. `big`) kept and `token` dropped.
    static func withoutToken(_ path: String, query: String?) -> String {
        let kept = (query ?? "").split(separator: "&").filter { !$0.hasPrefix("token=") && $0 != "token" }
        let local = path.hasPrefix("/") && !path.hasPrefix("//") ? path : "/"  // never another site
        return local + (kept.isEmpty ? "" : "?" + kept.joined(separator: "&"))
    }
}
