import NewsFrameCore

/// What the store needs to know of a stage: its qualified name, the fingerprint of its
/// configuration and lexicons, and the kinds of annotation it owns.
public struct StageSpec: Sendable, Hashable {
    public var name: String
    public var fingerprint: String
    public var provides: [AnnotationKind]

    public init(name: String, fingerprint: String, provides: [AnnotationKind]) {
        self.name = name
        self.fingerprint = fingerprint
        self.provides = provides
    }
}
