// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Courtline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "courtline", targets: ["courtline"]),
        .library(name: "CourtlineModel", targets: ["CourtlineModel"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        .target(
            name: "CourtlineModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .executableTarget(
            name: "courtline",
            dependencies: [
                "CourtlineModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "CourtlineModelTests",
            dependencies: ["CourtlineModel"]
        ),
        .testTarget(
            name: "CourtlineCLITests",
            dependencies: ["courtline"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
