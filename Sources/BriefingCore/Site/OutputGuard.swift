import Foundation

/// Refuses output folders whose replacement would destroy something the user cares about:
/// the file-system root, the home folder, the input or template folders or a folder holding
/// them, and any non-empty folder Briefing did not create (unless forced).
enum OutputGuard {
    static func check(_ options: BuildOptions) throws(BriefingError) {
        let output = canonical(options.output)
        func refuse(_ why: String) -> BriefingError {
            BriefingError(stage: .site, file: options.output.path, message: "refusing to replace this folder: \(why); choose a new or empty folder with --output")
        }
        if output == "/" { throw refuse("it is the file-system root") }
        if output == canonical(FileManager.default.homeDirectoryForCurrentUser) { throw refuse("it is your home folder") }
        for (name, folder) in [("input", options.input), ("templates", options.templates)] {
            guard let folder else { continue }
            let other = canonical(folder)
            if other == output || other.hasPrefix(output + "/") { throw refuse("it holds the \(name) folder") }
            if output.hasPrefix(other + "/") { throw refuse("it is inside the \(name) folder") }
        }
        let fm = FileManager.default
        guard !options.force, let entries = try? fm.contentsOfDirectory(atPath: output), !entries.isEmpty else { return }
        if !fm.fileExists(atPath: output + "/" + SitePublisher.marker) {
            throw refuse("it is not empty and was not made by Briefing (no \(SitePublisher.marker) marker; --force overrides)")
        }
    }

    /// Absolute path with symbolic links resolved, without a trailing slash.
    private static func canonical(_ url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
