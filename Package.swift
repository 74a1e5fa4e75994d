// swift-tools-version:6.0
import PackageDescription

// cem — a CEM seven-step gap-analysis workbench.
// No third-party packages: Foundation and the toolchain only.
let package = Package(
    name: "cem",
    products: [
        .executable(name: "cem", targets: ["cem"]),
        .library(name: "CEMKit", targets: ["CEMKit"]),
    ],
    targets: [
        .target(name: "CEMKit"),
        .executableTarget(name: "cem", dependencies: ["CEMKit"]),
        .testTarget(name: "CEMKitTests", dependencies: ["CEMKit"]),
        .testTarget(name: "cemTests", dependencies: ["cem", "CEMKit"]),
    ],
    swiftLanguageModes: [.v6]
)
