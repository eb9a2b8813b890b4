// swift-tools-version: 6.1
import Foundation
import PackageDescription

/// The programs that build sites allocate through mimalloc (Debian's libmimalloc-dev, which
/// `make deps` installs) instead of glibc's malloc: linked first, it serves every allocation of
/// the process. Many threads making and freeing small strings and arrays, and large buffers
/// of pages and records, take less CPU and memory with it (README, Benchmarks).
let mimalloc: [LinkerSetting] = [.linkedLibrary("mimalloc", .when(platforms: [.linux]))]

/// Release builds of the programs that build sites link the Swift runtime and Foundation
/// statically (`-static-stdlib`, as `swift build --static-swift-stdlib` does): a call into the
/// runtime (retains and releases are about one instruction in eight of extraction) is then a
/// direct call rather than one through the procedure linkage table, and the program starts
/// without loading and relocating the runtime's and Foundation's fifteen shared libraries
/// (`briefing --help`: 22 -> 13 ms). The executable's own module is compiled with the flag
/// too: a static library's dependencies (Foundation's CoreFoundation and ICU,
/// FoundationNetworking's libcurl, which `make deps` installs) are named by the modules it
/// imports as compiled for static linking. Other modules are compiled as usual.
let staticRuntimeFlag: [String] = ["-static-stdlib"]
let staticRuntimeCondition = BuildSettingCondition.when(platforms: [.linux], configuration: .release)
let compiledForStaticRuntime: [SwiftSetting] = [
    .unsafeFlags(staticRuntimeFlag, staticRuntimeCondition),
]
let linkedWithStaticRuntime: [LinkerSetting] = [
    .unsafeFlags(staticRuntimeFlag, staticRuntimeCondition),
]

/// Release builds of Briefing's own modules are optimized with the profile of a training run,
/// Benchmarks/pgo/briefing.profdata (LLVM's profile-guided optimization: which branches, calls
/// and blocks are hot), made from generated articles by `make profile` (Benchmarks/pgo.sh).
/// It only guides the optimizer: output is the same as without it, and code changed since the
/// profile was made is optimized as without one. Debug builds (`swift test`) never read it.
let profile = String(#filePath.dropLast("Package.swift".count)) + "Benchmarks/pgo/briefing.profdata"
let optimizedWithProfile: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-ir-profile-use=\(profile)"], .when(configuration: .release)),
]

/// Release builds of `BriefingCore` use the instructions of a Haswell-class x86-64 processor
/// (AVX2, BMI1 and BMI2, FMA, LZCNT, MOVBE: every x86-64 server processor since 2013) when the
/// machine building them has them all, as `/proc/cpuinfo` lists them: a clean build of 1,000
/// articles runs 2 % fewer instructions (callgrind), extraction 2.3 % fewer, with the same
/// output. Such a binary does not run on an older processor; `BRIEFING_PORTABLE=1` when
/// building leaves the flag out. Other machines build for the baseline as before.
let hostHasHaswellInstructions: Bool = {
    #if os(Linux) && arch(x86_64)
    guard ProcessInfo.processInfo.environment["BRIEFING_PORTABLE"] != "1",
          let info = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
          let line = info.split(separator: "\n").first(where: { $0.hasPrefix("flags") }) else { return false }
    let flags = Set(line.split(separator: " ").map(String.init))
    return ["avx", "avx2", "bmi1", "bmi2", "fma", "f16c", "abm", "movbe", "popcnt", "sse4_2"].allSatisfy(flags.contains)
    #else
    return false
    #endif
}()
let compiledForHostCPU: [SwiftSetting] = hostHasHaswellInstructions
    ? [.unsafeFlags(["-target-cpu", "haswell"], .when(configuration: .release))] : []

let package = Package(
    name: "Briefing",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "briefing", targets: ["briefing"]),
        .library(name: "BriefingCore", targets: ["BriefingCore"]),
        .executable(name: "briefing-eval", targets: ["briefing-eval"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(name: "CBriefingSupport", dependencies: ["CCmark"]),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "BriefingCore",
            dependencies: [
                "CCmark",
                "CBriefingSupport",
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
            ],
            swiftSettings: optimizedWithProfile + compiledForHostCPU
        ),
        .target(
            name: "BriefingServer",
            dependencies: [
                "BriefingCore",
                .product(name: "FlyingFox", package: "FlyingFox"),
            ],
            swiftSettings: optimizedWithProfile
        ),
        .executableTarget(
            name: "briefing",
            dependencies: [
                "BriefingCore",
                "BriefingServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: optimizedWithProfile + compiledForStaticRuntime,
            linkerSettings: mimalloc + linkedWithStaticRuntime
        ),
        .target(
            name: "BriefingEvaluation",
            dependencies: ["BriefingCore"],
            swiftSettings: optimizedWithProfile
        ),
        .executableTarget(
            name: "briefing-eval",
            dependencies: [
                "BriefingEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "briefing-fuzz",
            dependencies: ["BriefingCore"]
        ),
        .executableTarget(
            name: "briefing-bench",
            dependencies: [
                "BriefingCore",
                "BriefingEvaluation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: optimizedWithProfile + compiledForStaticRuntime,
            linkerSettings: mimalloc + linkedWithStaticRuntime
        ),
        .testTarget(
            name: "BriefingServerTests",
            dependencies: ["BriefingServer"]
        ),
        .testTarget(
            name: "BriefingEvaluationTests",
            dependencies: ["BriefingEvaluation"]
        ),
        .testTarget(
            name: "BriefingCLITests",
            dependencies: ["briefing", "briefing-bench", "BriefingCore"],
            exclude: ["HelpSnapshots", "GeneratedSite"]
        ),
        .testTarget(
            name: "BriefingCoreTests",
            dependencies: ["BriefingCore", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
