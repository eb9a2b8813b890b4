import Foundation

/// Finds symbolic links below an input folder. The loader never follows them (a link could
/// lead anywhere on the disk); the build warns about each so nothing is skipped silently.
public enum SymbolicLinkScan {
    /// Paths relative to `folder` of every symbolic link below it, sorted.
    public static func links(in folder: URL) -> [String] {
        let fm = FileManager.default
        var found: [String] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let dir = relative.isEmpty ? folder : folder.appendingPathComponent(relative)
            for name in (try? fm.contentsOfDirectory(atPath: dir.path)) ?? [] where !name.hasPrefix(".") {
                let rel = relative.isEmpty ? name : relative + "/" + name
                guard let type = (try? fm.attributesOfItem(atPath: folder.appendingPathComponent(rel).path))?[.type] as? FileAttributeType else { continue }
                if type == .typeSymbolicLink { found.append(rel) }
                if type == .typeDirectory { pending.append(rel) }
            }
        }
        return found.sorted()
    }

    /// One warning per link.
    public static func warnings(in folder: URL) -> [Diagnostic] {
        links(in: folder).map {
            Diagnostic(.warning, stage: "ingest", file: $0, message: "symbolic link not followed (it may lead outside the input folder); skipped")
        }
    }
}
