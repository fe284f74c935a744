import CourtlineTestSupport
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

    /// A launcher that runs the binary as `nobody` when the tests run as root, who could read and
    /// write any file: so that a test of permissions tests them.
    static let unprivileged =
        getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []

    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func run(_ arguments: String..., in directory: URL? = nil) throws -> Run {
        try run(arguments: arguments, in: directory)
    }

    /// Runs with `environment` added to this process's own; through `launcher` (a command and
    /// its arguments, such as `setpriv ...`) when one is given.
    static func run(
        arguments: [String], in directory: URL?, environment: [String: String] = [:], launcher: [String] = []
    ) throws -> Run {
        let process = Process()
        let command = launcher + [binary.path] + arguments
        process.executableURL = URL(fileURLWithPath: command[0])
        process.arguments = Array(command.dropFirst())
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
