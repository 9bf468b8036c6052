/// One processor of the pipeline.
///
/// A stage is a pure function from a document and the annotations of earlier stages to new
/// annotations. It never touches the store, so the same stage runs inside `newsframe run`,
/// inside `newsframe annotate` as a map step of someone else's engine, and in unit tests.
/// What it requires and provides is declared with typed kinds and checked when a pipeline is
/// built, so a mis-ordered pipeline fails before the first document, naming the gap.
public protocol Stage: Sendable {
    /// The name pipelines use (`tokenize`), with `version` forming `tokenize@1`.
    static var name: String { get }
    /// Bumped whenever the stage's code changes what it produces, which invalidates results.
    static var version: Int { get }
    static var requires: Set<AnnotationKind> { get }
    static var provides: Set<AnnotationKind> { get }

    /// Builds the stage from its options and lexicons; throws on unusable configuration.
    init(context: StageContext) throws

    func process(_ document: AnalyzedDocument) throws -> AnnotationSet
}

extension Stage {
    public static var qualifiedName: String { "\(name)@\(version)" }
}
