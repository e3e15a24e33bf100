import Foundation
import Server

#if os(Linux)
import CMalloc
// As in `lessons`: keep training's many 64 KB – 4 MB buffers in the heap rather than mapping each one.
_ = mallopt(M_MMAP_THRESHOLD, 256 << 20)
_ = mallopt(M_TRIM_THRESHOLD, 256 << 20)
#endif

// Where this executable lies, for the `lessons` beside it (which writes the book).
let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
exit(await ServeMain.run(Array(CommandLine.arguments.dropFirst()), executable: executable))
