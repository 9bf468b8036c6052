/// A document together with what earlier stages found in it: the input of every stage.
public struct AnalyzedDocument: Sendable {
    public let document: Document
    public let text: ScalarText
    public var annotations: AnnotationSet
    /// Views one stage built and a later one may take instead of building them again (shared
    /// by the copies of this document that pass from stage to stage).
    public let views = DocumentViews()

    public init(document: Document, annotations: AnnotationSet = AnnotationSet()) {
        self.document = document
        self.text = ScalarText(document.text)
        self.annotations = annotations
    }
}
