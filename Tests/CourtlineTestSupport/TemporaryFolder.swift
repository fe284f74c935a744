import Foundation
import Testing

/// A folder of its own inside the scratch space of the running suite (see `.temporaryFiles`).
public struct TemporaryFolder: Sendable {
    public let url: URL
    public var path: String { url.path }

    public init() throws {
        let scratch = try #require(
            TemporaryFiles.scratch, "a test that writes files needs `.temporaryFiles` on its suite")
        url = scratch.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes a file into the folder and returns its path.
    @discardableResult
    public func write(_ name: String, _ text: String) throws -> String {
        try write(name, Data(text.utf8))
    }

    @discardableResult
    public func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try data.write(to: file)
        return file.path
    }
}

/// Gives a suite a scratch folder under the system's temporary folder and removes it, and
/// everything the suite's tests wrote there, when the suite ends.
public struct TemporaryFiles: SuiteTrait, TestTrait, TestScoping {
    @TaskLocal static var scratch: URL?

    public var isRecursive: Bool { true }

    public func provideScope(
        for test: Test, testCase: Test.Case?, performing function: @Sendable () async throws -> Void
    ) async throws {
        // Tests inside a suite run within the suite's scope and share its folder.
        guard Self.scratch == nil else { return try await function() }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "courtline-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await Self.$scratch.withValue(folder, operation: function)
    }
}

extension Trait where Self == TemporaryFiles {
    /// Files the tests write live as long as the suite and no longer.
    public static var temporaryFiles: Self { TemporaryFiles() }
}
