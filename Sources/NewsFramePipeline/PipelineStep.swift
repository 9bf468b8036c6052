import NewsFrameCore
import NewsFrameStore

/// A built stage in its place in a pipeline, with the fingerprint that decides reruns.
public struct PipelineStep: Sendable {
    public let stage: any Stage
    public let spec: StageSpec

    public var requires: Set<AnnotationKind> { type(of: stage).requires }
    public var provides: Set<AnnotationKind> { type(of: stage).provides }
    public var name: String { spec.name }
}
