// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "GANLessons",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Engine", targets: ["Engine"]),
        .library(name: "Plot", targets: ["Plot"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // System libraries, found through pkg-config; apt names the Debian/Ubuntu package to install.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CPNG", path: "Sources/CPNG", pkgConfig: "libpng",
                       providers: [.apt(["libpng-dev"])]),

        .target(name: "Engine", dependencies: ["CBLAS"]),
        .target(name: "Plot", dependencies: ["CPNG"]),

        .testTarget(name: "EngineTests", dependencies: ["Engine"]),
        .testTarget(name: "PlotTests", dependencies: ["Plot"]),
    ],
    swiftLanguageModes: [.v6]
)
