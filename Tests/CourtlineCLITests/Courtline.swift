import Foundation

/// Runs the built `courtline` binary as a person would, capturing what it prints.
enum Courtline {
    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
        var lines: [String] { stdout.split(separator: "\n").map(String.init) }
    }

    /// The binary `swift build` put beside this test bundle.
    static let binary: URL = {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let beside = bundle.appendingPathComponent("courtline")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/courtline")
    }()

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: String..., in directory: URL? = nil) throws -> Run {
        try run(arguments: arguments, in: directory)
    }

    /// Runs with `environment` added to this process's own.
    static func run(arguments: [String], in directory: URL?, environment: [String: String] = [:]) throws -> Run {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.currentDirectoryURL = directory ?? FileManager.default.temporaryDirectory
        let output = try TemporaryFolder()
        let stdoutURL = output.url.appendingPathComponent("stdout")
        let stderrURL = output.url.appendingPathComponent("stderr")
        try Data().write(to: stdoutURL)
        try Data().write(to: stderrURL)
        process.standardOutput = try FileHandle(forWritingTo: stdoutURL)
        process.standardError = try FileHandle(forWritingTo: stderrURL)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus,
            stdout: try String(contentsOf: stdoutURL, encoding: .utf8),
            stderr: try String(contentsOf: stderrURL, encoding: .utf8))
    }
}

/// A folder of its own under the system's temporary folder.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("courtline-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a file into the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }
}

extension TemporaryFolder {
    /// A case of one event over one article, `article`, whose only citation is `quote`; returns
    /// the case file's path. `title` is written as a YAML double-quoted string, escapes and all.
    static func oneEventCase(article: String, quote: String, title: String = "Acme sues") throws -> String {
        let folder = try TemporaryFolder()
        try folder.write("a.txt", article)
        return try folder.write(
            "case.yaml",
            """
            case: {id: t, title: T}
            sources:
              - {id: a, file: a.txt, published: "2024-12-20", headline: false}
            courts: []
            parties: []
            events:
              - id: suit
                title: "\(title)"
                kind: filing
                summary: A summary.
                date: {text: in 2019}
                parties: []
                citations:
                  - source: a
                    quote: \(quote)
            """)
    }
}
