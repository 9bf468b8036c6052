// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "NewsFrame",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "NewsFrame", targets: ["NewsFramePipeline"]),
        .executable(name: "newsframe", targets: ["newsframe"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.0"),
    ],
    targets: [
        // The only target that includes ICU headers; everything else sees an opaque C API.
        .target(
            name: "CICU",
            linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icui18n"), .linkedLibrary("icudata")]
        ),
        // Optimized in debug builds too, like the syntax model: the tests build the pipeline
        // many times, and loading 230,000 gazetteer lines unoptimized takes seconds each time.
        .target(name: "NewsFrameCore", swiftSettings: [.unsafeFlags(["-O"])]),
        .target(name: "NewsFrameText", dependencies: ["CICU", "NewsFrameCore"]),
        .target(name: "NewsFrameTemporal", dependencies: ["NewsFrameCore"]),
        .target(name: "NewsFrameEntities", dependencies: ["NewsFrameCore"], swiftSettings: [.unsafeFlags(["-O"])]),
        .target(name: "NewsFrameQuotes", dependencies: ["NewsFrameCore"]),
        // The tagger and parser decode with tight loops over weight tables; optimized even in
        // debug builds, so `swift test` parses the sample corpus in seconds, not minutes.
        .target(name: "NewsFrameSyntax", dependencies: ["NewsFrameCore"], swiftSettings: [.unsafeFlags(["-O"])]),
        .target(name: "NewsFrameEvents", dependencies: ["NewsFrameCore", "NewsFrameQuotes"]),
        .target(
            name: "NewsFrameStore",
            dependencies: [
                "NewsFrameCore", .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        .target(name: "NewsFrameIngest", dependencies: ["CICU", "NewsFrameCore"]),
        .target(name: "NewsFrameExport", dependencies: ["NewsFrameCore"]),
        .target(name: "NewsFrameEval", dependencies: ["NewsFrameCore"]),
        .target(
            name: "NewsFramePipeline",
            dependencies: [
                "NewsFrameCore", "NewsFrameText", "NewsFrameSyntax", "NewsFrameTemporal", "NewsFrameEntities", "NewsFrameQuotes", "NewsFrameEvents", "NewsFrameStore", "NewsFrameIngest", "NewsFrameExport", "NewsFrameEval",
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [.process("Resources")]
        ),
        .target(
            name: "NewsFrameCLI",
            dependencies: [
                "NewsFramePipeline", "NewsFrameStore", "NewsFrameExport", "NewsFrameEval", "NewsFrameIngest", "NewsFrameSyntax",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(name: "newsframe", dependencies: ["NewsFrameCLI"]),
        .testTarget(
            name: "NewsFrameTests",
            dependencies: ["NewsFramePipeline", "NewsFrameCLI", "newsframe", .product(name: "GRDB", package: "GRDB.swift")],
            exclude: ["CLI/Snapshots", "Syntax/Fixtures"]
        ),
    ]
)
