// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Courtline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "courtline", targets: ["courtline"]),
        .library(name: "CourtlineModel", targets: ["CourtlineModel"]),
        // For the benchmarks in Benchmarks/, a package of their own.
        .library(name: "CourtlineUI", targets: ["CourtlineUI"]),
        .library(name: "CourtlineSynthetic", targets: ["CourtlineSynthetic"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
        .package(url: "https://github.com/LebJe/TOMLKit", exact: "0.6.0"),
    ],
    targets: [
        // The case, its sources and facts: no terminal, no UI.
        .target(name: "CourtlineModel"),
        // The terminal UI as pure code: state, actions, layout and drawing into a grid of cells.
        .target(
            name: "CourtlineUI",
            dependencies: ["CourtlineModel", .product(name: "TOMLKit", package: "TOMLKit")]
        ),
        // Made-up cases of any size, for measuring: articles and a case file that verifies.
        .target(name: "CourtlineSynthetic"),
        // The one place that talks to ncurses.
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        .target(
            name: "TerminalBackend",
            dependencies: ["CourtlineUI", "CNcursesw"]
        ),
        .executableTarget(
            name: "courtline",
            dependencies: [
                "CourtlineModel",
                "CourtlineUI",
                "CourtlineSynthetic",
                "TerminalBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Fixtures the test targets share: small cases on disk and folders that clean up after themselves.
        .target(
            name: "CourtlineTestSupport",
            dependencies: ["CourtlineModel"],
            path: "Tests/CourtlineTestSupport"
        ),
        // Yams (libyaml) is the oracle the case file parser is checked against.
        .testTarget(
            name: "CourtlineModelTests",
            dependencies: ["CourtlineModel", "CourtlineTestSupport", .product(name: "Yams", package: "Yams")],
            exclude: ["DraftArticles", "DraftFixtures"]
        ),
        .testTarget(
            name: "CourtlineUITests",
            dependencies: ["CourtlineUI", "CourtlineModel", "CourtlineTestSupport"],
            exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "CourtlineCLITests",
            dependencies: ["courtline", "CourtlineUI", "CourtlineTestSupport"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
