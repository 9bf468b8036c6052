/// A document together with what earlier stages found in it: the input of every stage.
public struct AnalyzedDocument: Sendable {
    public let document: Document
    public let text: ScalarText
    public var annotations: AnnotationSet

    public init(document: Document, annotations: AnnotationSet = AnnotationSet()) {
        self.document = document
        self.text = ScalarText(document.text)
        self.annotations = annotations
    }
}
