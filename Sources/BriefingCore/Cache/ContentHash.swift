import CBriefingSupport
import Foundation

/// A fast 64-bit content fingerprint (FNV-1a over 8-byte words with a final avalanche mix).
/// Not cryptographic: it keys caches, where an attacker gains nothing from a collision.
public enum ContentHash {
    public static func hex(_ bytes: some Collection<UInt8>, seed: UInt64 = 0) -> String {
        let h = bytes.withContiguousStorageIfAvailable { hash(UnsafeRawBufferPointer($0), seed: seed) } ?? hash(Array(bytes), seed: seed)
        return hex(h)
    }

    /// `h` as 16 lower-case hex digits, written straight into the string's storage (one
    /// allocation: the radix string, its padding and their join took three).
    static func hex(_ h: UInt64) -> String {
        String(unsafeUninitializedCapacity: 16) { digits in
            for i in 0..<16 {
                let nibble = UInt8(truncatingIfNeeded: h >> (60 - 4 * UInt64(i))) & 0xF
                digits[i] = nibble < 10 ? 0x30 + nibble : 0x57 + nibble
            }
            return 16
        }
    }

    public static func hash(_ bytes: [UInt8], seed: UInt64 = 0) -> UInt64 {
        bytes.withUnsafeBytes { hash($0, seed: seed) }
    }

    /// The same hash of bytes in memory (a word of a longer text, say), without copying them.
    public static func hash(_ raw: UnsafeRawBufferPointer, seed: UInt64 = 0) -> UInt64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ seed ^ UInt64(raw.count)
        let words = raw.count / 8
        for i in 0..<words {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i * 8, as: UInt64.self)) &* 0x0000_0100_0000_01B3
            h ^= h >> 29
        }
        for i in (words * 8)..<raw.count {
            h = (h ^ UInt64(raw[i])) &* 0x0000_0100_0000_01B3
        }
        h ^= h >> 33
        h &*= 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h &*= 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }

    /// Fingerprint of the running program, so cached results never outlive the code that
    /// produced them: its build ID, which the linker derives from the program's contents (read
    /// from memory, where the loader put it), else a hash of the executable file.
    public static let toolFingerprint: String = {
        var id = [UInt8](repeating: 0, count: 64)
        let length = briefing_build_id(&id, id.count)
        if length > 0 { return "build-" + hex(id.prefix(length)) }
        guard let url = Bundle.main.executableURL, let data = FileManager.default.contents(atPath: url.path) else {
            return "unknown-tool"
        }
        // Hashed in place: the executable is tens of megabytes.
        return data.withUnsafeBytes { hex(hash($0)) }
    }()
}
