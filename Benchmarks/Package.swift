// swift-tools-version:6.1
import PackageDescription

// Courtline's benchmarks, a package of their own so that `swift test` never builds them:
// `cd Benchmarks && swift package benchmark` (see BENCHMARKS.md).
let package = Package(
    name: "CourtlineBenchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "Courtline", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "CourtlineBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "CourtlineModel", package: "Courtline"),
                .product(name: "CourtlineUI", package: "Courtline"),
                .product(name: "CourtlineSynthetic", package: "Courtline"),
            ],
            path: "Benchmarks/CourtlineBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
