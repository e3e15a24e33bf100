import Foundation
import Hummingbird
import HummingbirdWebSocket
import Lab

/// One page's WebSocket: messages parsed into commands for its session, frames and answers sent back.
enum LabSocket {
    /// Serves one connection until the page goes away; its session (and training) ends with it.
    static func serve(inbound: WebSocketInboundStream, outbound: WebSocketOutboundWriter, scheduler: LabScheduler,
                      seed: UInt64) async throws {
        // Frames are few in flight (the page acknowledges each); state messages coalesce: newest kept.
        let (stream, continuation) = AsyncStream<LabHandle.Output>.makeStream(bufferingPolicy: .bufferingNewest(16))
        let handle: LabHandle
        do {
            handle = try scheduler.open(session: LabSession(seed: seed)) { continuation.yield($0) }
        } catch let error as LabError {
            try await outbound.write(.text(LabMessage.error(error.message)))
            try await outbound.close(.unexpectedServerError, reason: "busy")
            return
        }
        defer {
            handle.close()
            continuation.finish()
        }
        await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await output in stream {
                    switch output {
                    case .frames(let bytes): try await outbound.write(.binary(ByteBuffer(bytes: bytes)))
                    case .message(let text): try await outbound.write(.text(text))
                    }
                }
            }
            do {
                for try await message in inbound.messages(maxSize: LabRequest.maximumBytes) {
                    switch message {
                    case .text(let text):
                        do {
                            let command = try LabRequest.parse(text)
                            if !handle.submit(command) {
                                try await outbound.write(.text(LabMessage.error("too many requests waiting; try again")))
                            }
                        } catch let error as LabError {
                            try await outbound.write(.text(LabMessage.error(error.message)))
                        } catch {
                            try await outbound.write(.text(LabMessage.error("malformed message")))
                        }
                    case .binary:
                        try await outbound.write(.text(LabMessage.error("the lab takes JSON text messages only")))
                    }
                }
            } catch {
                // A message over the size limit or a broken connection ends it; the session ends below.
            }
            continuation.finish()
            group.cancelAll()
        }
    }
}
