import Foundation

/// Finds symbolic links below an input folder. The loader never follows them (a link could
/// lead anywhere on the disk); the build warns about each so nothing is skipped silently.
public enum SymbolicLinkScan {
    /// Paths relative to `folder` of every symbolic link below it, sorted.
    public static func links(in folder: URL) -> [String] {
        FolderListing(folder).links
    }

    /// One warning per link below `folder`.
    public static func warnings(in folder: URL) -> [Diagnostic] {
        warnings(links: links(in: folder))
    }

    /// One warning per link of `links` (paths relative to the input folder).
    public static func warnings(links: [String]) -> [Diagnostic] {
        links.map {
            Diagnostic(.warning, stage: .ingest, file: $0, message: "symbolic link not followed (it may lead outside the input folder); skipped", dropsFile: true)
        }
    }
}
