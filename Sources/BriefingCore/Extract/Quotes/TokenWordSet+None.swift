extension TokenWordSet {
    /// The set of no words, made once: a default argument would build (and allocate) a fresh
    /// empty table at every call.
    static let none = TokenWordSet()
}
