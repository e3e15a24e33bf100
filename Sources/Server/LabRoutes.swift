import Foundation
import Hummingbird
import Lab

/// The HTTP answers: the lab's page and the served book.
enum LabRoutes {
    /// The lab's own resources forbid anything from elsewhere (scripts, styles, connections).
    static let contentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

    /// A text resource of the lab.
    static func page(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: [.contentType: type, .contentSecurityPolicy: contentSecurityPolicy],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// A page or figure of the book: 404 for a path that could leave the book's folder, a page that says the book is
    /// being written while it is.
    static func book(_ request: Request, book: BookBuilder?) -> Response {
        guard let name = SafePath.relative(request.uri.path, below: "/book/") else { return notFound() }
        guard let book else { return notFound() }
        book.start()
        if let data = book.file(name) {
            let type = contentType(name)
            if type.hasPrefix("text/html"), let text = String(data: data, encoding: .utf8) {
                return Response(status: .ok, headers: [.contentType: type],
                                body: .init(byteBuffer: ByteBuffer(string: BookLinks.addingLabLinks(to: text, page: name))))
            }
            return Response(status: .ok, headers: [.contentType: type], body: .init(byteBuffer: ByteBuffer(bytes: data)))
        }
        switch book.status {
        case .failed(let reason):
            return Response(status: .serviceUnavailable, headers: [.contentType: "text/plain; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: "The book could not be written: \(reason)\n")))
        case .done where !name.hasSuffix(".html"), .done:
            return notFound()
        case .idle, .building:
            guard name.hasSuffix(".html") else { return notFound() }
            return Response(status: .ok, headers: [.contentType: "text/html; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: BookLinks.pending)))
        }
    }

    static func notFound() -> Response {
        Response(status: .notFound, headers: [.contentType: "text/plain; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: "404 Not Found\n")))
    }

    static func contentType(_ name: String) -> String {
        switch (name as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "gif": "image/gif"
        case "ipynb", "json": "application/json"
        default: "application/octet-stream"
        }
    }
}

/// The served book's additions: a "try it live" link on the pages of lessons that train, and a page for the wait.
enum BookLinks {
    /// A page that reloads itself every 3 seconds while the book is being written.
    static let pending = """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="3">
        <title>Writing the book…</title><style>body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; }</style>
        </head><body><main>
        <h1>Writing the book…</h1><p>The lessons are running (quick mode takes a couple of minutes for all twelve); \
        this page reloads itself and shows the lesson as soon as its page is written. Meanwhile, <a href="/lab">the lab</a> \
        is ready.</p></main></body></html>
        """

    /// `html` with a link to the lab, preset to the lesson, after the page's header (lessons 6, 8, 10 and 11), and a
    /// link to the lab on the contents page.
    static func addingLabLinks(to html: String, page: String) -> String {
        let number = Int(page.prefix(2))
        let link: String
        if page == "index.html" {
            link = #"<p class="lab-link"><a href="/lab">Open the interactive GAN lab</a> — train a GAN or a WGAN and watch it.</p>"#
        } else if let number, LabPreset.lessons.contains(number) {
            link = #"<p class="lab-link"><a href="/lab?preset=\#(number)">Try it live</a>: this lesson's experiment in the GAN lab, "#
                + "with every knob in reach.</p>"
        } else {
            return html
        }
        guard let end = html.range(of: "</header>") else { return html }
        return html.replacingCharacters(in: end, with: "</header>\n" + link)
    }
}
