import Foundation

/// Finds symbolic links below an input folder. The loader never follows them (a link could
/// lead anywhere on the disk); the build warns about each so nothing is skipped silently.
public enum SymbolicLinkScan {
    /// Paths relative to `folder` of every symbolic link below it, sorted.
    public static func links(in folder: URL) -> [String] {
        SourceLoader().entries(of: .typeSymbolicLink, in: folder)
    }

    /// One warning per link.
    public static func warnings(in folder: URL) -> [Diagnostic] {
        links(in: folder).map {
            Diagnostic(.warning, stage: .ingest, file: $0, message: "symbolic link not followed (it may lead outside the input folder); skipped", dropsFile: true)
        }
    }
}
