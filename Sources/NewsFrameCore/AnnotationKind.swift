/// The kinds of annotation that stages exchange. Stages declare what they require and
/// provide with these values, so a pipeline whose order cannot work is rejected when it is
/// built rather than failing halfway through a corpus.
public enum AnnotationKind: String, CaseIterable, Codable, Sendable, Comparable {
    case tokens
    case sentences
    /// Parts of speech, lemmas and dependency trees (`SyntaxWord`).
    case syntax
    case timexes
    case entities
    case quotes
    case events

    public static func < (lhs: AnnotationKind, rhs: AnnotationKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
