import Foundation

/// Warnings about the symbolic links below an input folder (`FolderListing.links`). The loader
/// never follows them (a link could lead anywhere on the disk); the build warns about each so
/// nothing is skipped silently.
public enum SymbolicLinkScan {
    /// One warning per link of `links` (paths relative to the input folder).
    public static func warnings(links: [String]) -> [Diagnostic] {
        links.map {
            Diagnostic(.warning, stage: .ingest, file: $0, message: "symbolic link not followed (it may lead outside the input folder); skipped", dropsFile: true)
        }
    }
}
