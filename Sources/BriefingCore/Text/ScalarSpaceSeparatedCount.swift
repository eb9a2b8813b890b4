extension [Unicode.Scalar] {
    /// `String(scalars: self).spaceSeparatedCount` when it is counted without splitting the
    /// string by characters: every space's neighbours are ASCII or U+2010–U+2027, which no
    /// cluster rule joins to it; nil otherwise.
    var spaceSeparatedCount: Int? {
        var count = 0
        var inWord = false
        var previousSimple = true
        var previousSpace = false
        for scalar in self {
            let v = scalar.value
            if v < 0x80 {
                if v == 0x20 {
                    guard previousSimple else { return nil }
                    inWord = false
                    previousSpace = true
                } else {
                    if !inWord { inWord = true; count += 1 }
                    previousSpace = false
                }
                previousSimple = true
                continue
            }
            let simple = v &- 0x2010 < 0x18
            if previousSpace, !simple { return nil }
            if !inWord { inWord = true; count += 1 }
            previousSimple = simple
            previousSpace = false
        }
        return count
    }
}
