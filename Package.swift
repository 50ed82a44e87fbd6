// swift-tools-version:6.1
import PackageDescription

let strict: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "Rujuk",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "rujuk", targets: ["rujuk"]),
        .executable(name: "rujuk-helper", targets: ["rujuk-helper"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "RujukDomain", swiftSettings: strict),
        // The chain's SHA-256 comes from swift-crypto: about six times the speed of one written in Swift.
        .target(name: "RujukStore", dependencies: ["RujukDomain", "CLockWait", .product(name: "Crypto", package: "swift-crypto")], swiftSettings: strict),
        // The store lock's timed wait, in the waiting thread: a timer signal aimed at that thread.
        .target(name: "CLockWait"),
        .target(name: "RujukUI", dependencies: ["RujukDomain", "RujukReport"], swiftSettings: strict),
        // The report figures (Tabel 1–4, coordination): pure, computed wherever the whole school is.
        .target(name: "RujukReport", dependencies: ["RujukDomain"], swiftSettings: strict),
        .target(
            name: "RujukRoster",
            dependencies: ["RujukDomain", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            swiftSettings: strict
        ),
        // The trust boundary of a school server: the protocol between the unprivileged
        // interface and the privileged helper, the projection, PINs, and both ends.
        .target(
            name: "RujukBoundary",
            dependencies: [
                "RujukDomain", "RujukStore", "RujukReport", "CPrivilege",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ],
            swiftSettings: strict
        ),
        // The privileged helper, installed setuid to the system account `rujuk`: small, reads
        // nothing the caller controls.
        .target(name: "CPrivilege"),
        .executableTarget(name: "rujuk-helper", dependencies: ["RujukBoundary", "RujukStore", "RujukDomain", "CPrivilege"], swiftSettings: strict),
        .systemLibrary(
            name: "CNCurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // The benchmark runs SQLite itself (WAL, synchronous=FULL, one row per transaction) to
        // compare appends in the same run; nothing else links it.
        .systemLibrary(
            name: "CSQLite",
            providers: [.apt(["libsqlite3-dev"])]
        ),
        // The report files: PDF typeset with cairo and pango, XLSX with libxlsxwriter.
        .systemLibrary(name: "CPango", pkgConfig: "pangocairo", providers: [.apt(["libpango1.0-dev", "libcairo2-dev"])]),
        .systemLibrary(name: "CXlsxWriter", pkgConfig: "xlsxwriter", providers: [.apt(["libxlsxwriter-dev"])]),
        .target(name: "CTerminalSignals"),
        .target(name: "RujukTerminal", dependencies: ["CNCurses", "CTerminalSignals", "RujukUI"], swiftSettings: strict),
        .executableTarget(
            name: "rujuk",
            dependencies: [
                "RujukDomain", "RujukStore", "RujukUI", "RujukTerminal", "RujukBoundary", "CPrivilege", "RujukRoster", "RujukReport",
                "CPango", "CXlsxWriter",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "CSV", package: "CSV.swift"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: strict
        ),
        .executableTarget(
            name: "rujuk-bench",
            dependencies: ["RujukDomain", "RujukStore", "RujukUI", "RujukBoundary", "RujukRoster", "RujukReport", "CSQLite"],
            swiftSettings: strict
        ),
        .testTarget(name: "RujukDomainTests", dependencies: ["RujukDomain"], swiftSettings: strict),
        .testTarget(name: "RujukStoreTests", dependencies: ["RujukStore", "RujukDomain"], swiftSettings: strict),
        .testTarget(name: "RujukRosterTests", dependencies: ["RujukRoster", "RujukDomain", .product(name: "ZIPFoundation", package: "ZIPFoundation")], swiftSettings: strict),
        .testTarget(name: "RujukUITests", dependencies: ["RujukUI", "RujukDomain", "RujukReport"], exclude: ["Snapshots"], swiftSettings: strict),
        .testTarget(name: "RujukReportTests", dependencies: ["RujukReport", "RujukDomain"], swiftSettings: strict),
        .testTarget(name: "RujukBoundaryTests", dependencies: ["RujukBoundary", "RujukStore", "RujukDomain", "RujukReport"], swiftSettings: strict),
        .testTarget(name: "RujukCLITests", dependencies: ["rujuk", "rujuk-helper", "RujukStore", "RujukDomain"], swiftSettings: strict),
    ]
)
