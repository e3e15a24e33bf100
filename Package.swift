// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "GANLessons",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "lessons", targets: ["lessons"]),
        // The lab's web server: a second product, so that `swift build --product lessons` never compiles Hummingbird.
        .executable(name: "lessons-serve", targets: ["lessons-serve"]),
        .library(name: "Random", targets: ["Random"]),
        .library(name: "Machine", targets: ["Machine"]),
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "Plot", targets: ["Plot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/JohnSundell/Ink", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket", from: "2.8.1"),
        // Hummingbird's own dependencies, named because the server and its tests import modules of theirs.
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.60.0"),
        .package(url: "https://github.com/hummingbird-project/swift-websocket", from: "1.0.0"),
    ],
    targets: [
        // System libraries, found through pkg-config; apt names the Debian/Ubuntu package to install.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CMalloc", path: "Sources/CMalloc"),
        .systemLibrary(name: "CLaneMath", path: "Sources/CLaneMath"),
        .systemLibrary(name: "CPNG", path: "Sources/CPNG", pkgConfig: "libpng",
                       providers: [.apt(["libpng-dev"])]),

        // Dependencies point one way: Random ← Engine ← Theory ← Training ← Lessons; Machine ← Engine; Plot ← Notebook ← Lessons.
        // Every module a target imports is listed here (the test `declaredDependenciesCoverImports` checks it).
        .target(name: "Random"),
        // The CPU and OpenBLAS: kernel choice, thread policy, machine load; no tensors.
        .target(name: "Machine", dependencies: ["CBLAS"]),
        .target(name: "Engine", dependencies: ["Random", "Machine", "CLaneMath"]),
        .target(name: "Theory", dependencies: ["Random", "Engine"]),
        .target(name: "Plot", dependencies: ["CPNG"]),
        .target(name: "Notebook", dependencies: ["Random", "Plot", .product(name: "Ink", package: "Ink")]),
        .target(name: "Training", dependencies: ["Random", "Engine", "Theory"]),
        .target(name: "Lessons", dependencies: ["Random", "Engine", "Machine", "Theory", "Training", "Plot", "Notebook"], path: "Lessons"),
        .target(name: "LessonRunner", dependencies: [
            "Lessons", "Notebook", "Plot", "Random", "Theory", "Training", "Machine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
        .executableTarget(name: "lessons", dependencies: ["LessonRunner", "CMalloc"]),
        // The lab: a GAN behind the protocol, controls between iterations, frames as plain arrays (no server here).
        .target(name: "Lab", dependencies: ["Random", "Machine", "Engine", "Theory", "Training"]),
        // `lessons serve`: Hummingbird routes for the book and the lab page, the lab's WebSocket, token, origin, limits.
        .target(name: "Server", dependencies: [
            "Lab", "Random",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "lessons-serve", dependencies: ["Server", "CMalloc"]),

        .testTarget(name: "RandomTests", dependencies: ["Random"]),
        .testTarget(name: "MachineTests", dependencies: ["Machine"]),
        .testTarget(name: "EngineTests", dependencies: ["Engine", "Machine", "Random"]),
        .testTarget(name: "TheoryTests", dependencies: ["Theory", "Engine", "Random"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"]),
        .testTarget(name: "NotebookTests", dependencies: ["Notebook", "Plot", "Random"]),
        .testTarget(name: "TrainingTests", dependencies: ["Training", "Engine", "Theory", "Random"]),
        .testTarget(name: "LessonsTests", dependencies: ["Lessons", "Notebook", "Plot", "Engine", "Theory", "Training", "Random"]),
        .testTarget(name: "LabTests", dependencies: ["Lab", "Training", "Theory", "Engine", "Random"]),
        .testTarget(name: "ServerTests", dependencies: [
            "Server", "Lab",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "HummingbirdTesting", package: "hummingbird"),
            .product(name: "HummingbirdWSTesting", package: "hummingbird-websocket"),
            .product(name: "HTTPTypes", package: "swift-http-types"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "WSClient", package: "swift-websocket"),
        ]),
        .testTarget(name: "LessonRunnerTests", dependencies: [
            "LessonRunner", "Lessons", "Notebook", "Plot", "Training",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]),
    ],
    swiftLanguageModes: [.v6]
)
