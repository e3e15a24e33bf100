import Foundation
import Testing

/// Package.swift against the sources: a module a target imports but does not declare builds only while another target
/// happens to pull it in first (LessonRunner imported Random and Theory so), and breaks when that changes.
@Suite("The package manifest")
struct PackageManifestTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Modules that come with the toolchain and need no declaration.
    static let toolchain: Set<String> = ["Foundation", "Testing", "Dispatch", "Glibc", "Darwin", "XCTest", "Synchronization"]

    /// Each target of Package.swift with its folder and every name quoted in its declaration (its dependencies).
    static func targets() throws -> [(name: String, folder: String, declared: Set<String>)] {
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        let starts = manifest.ranges(of: /\.(target|testTarget|executableTarget)\(name: "(\w+)"/)
        return starts.enumerated().map { index, range in
            let end = index + 1 < starts.count ? starts[index + 1].lowerBound : manifest.endIndex
            let declaration = String(manifest[range.lowerBound..<end])
            let quoted = Set(declaration.matches(of: /"([^"]+)"/).map { String($0.output.1) })
            let match = declaration.firstMatch(of: /\.(\w+)\(name: "(\w+)"/)
            let name = match.map { String($0.output.2) } ?? ""
            let kind = match.map { String($0.output.1) } ?? ""
            let path = declaration.firstMatch(of: /path: "([^"]+)"/).map { String($0.output.1) }
            return (name, path ?? (kind == "testTarget" ? "Tests/" : "Sources/") + name, quoted)
        }
    }

    /// The modules the Swift files under `folder` import.
    static func imports(in folder: String) throws -> Set<String> {
        let files = FileManager.default.enumerator(atPath: root.appendingPathComponent(folder).path)?
            .compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        var modules: Set<String> = []
        for file in files {
            let text = try String(contentsOf: root.appendingPathComponent(folder + "/" + file), encoding: .utf8)
            for line in text.split(separator: "\n") {
                if let match = line.wholeMatch(of: /(?:@testable )?import (\w+)/) { modules.insert(String(match.output.1)) }
            }
        }
        return modules
    }

    @Test func everyImportedModuleIsDeclared() throws {
        let targets = try Self.targets()
        #expect(targets.count >= 15 && targets.contains { $0.name == "Machine" } && targets.contains { $0.name == "MachineTests" })
        for target in targets {
            let undeclared = try Self.imports(in: target.folder).subtracting(Self.toolchain).subtracting(target.declared)
            #expect(undeclared.isEmpty, "\(target.name) imports \(undeclared.sorted()) without declaring them")
        }
    }

    /// The engine computes; the CPU, OpenBLAS's kernels and threads and the machine's load are Machine's.
    @Test func theEngineReadsNoMachineState() throws {
        let folder = Self.root.appendingPathComponent("Sources/Engine")
        for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
            for needle in ["/proc", "dlsym", "getenv", "ProcessInfo.processInfo.environment"] {
                #expect(!text.contains(needle), "Sources/Engine/\(file) uses \(needle)")
            }
        }
    }
}
