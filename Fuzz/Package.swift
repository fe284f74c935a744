// swift-tools-version:6.1
import PackageDescription

// libFuzzer targets over the parts of the model that read untrusted text. Kept out of the main
// package: they build only with `--sanitize=fuzzer`, which provides `main`. Run them with `./run`.
let package = Package(
    name: "CourtlineFuzz",
    dependencies: [.package(name: "Courtline", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzSegmenter", dependencies: [.product(name: "CourtlineModel", package: "Courtline")]),
        .executableTarget(name: "FuzzDates", dependencies: [.product(name: "CourtlineModel", package: "Courtline")]),
        .executableTarget(name: "FuzzCaseFile", dependencies: [.product(name: "CourtlineModel", package: "Courtline")]),
        .executableTarget(name: "FuzzDraft", dependencies: [.product(name: "CourtlineModel", package: "Courtline")]),
        .executableTarget(name: "FuzzWrapping", dependencies: [.product(name: "CourtlineUI", package: "Courtline")]),
        .executableTarget(
            name: "FuzzClosestText", dependencies: [.product(name: "CourtlineModel", package: "Courtline")]),
    ],
    swiftLanguageModes: [.v6]
)
