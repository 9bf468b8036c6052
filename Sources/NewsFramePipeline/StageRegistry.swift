import NewsFrameCore
import NewsFrameEntities
import NewsFrameEvents
import NewsFrameQuotes
import NewsFrameTemporal
import NewsFrameSyntax
import NewsFrameText

/// The stages this build of NewsFrame has, by the name pipelines use.
public enum StageRegistry {
    public static let stages: [any Stage.Type] = [TokenizeStage.self, SyntaxStage.self, TemporalStage.self, EntityStage.self, QuoteStage.self, EventStage.self]

    public static func stage(named name: String) -> (any Stage.Type)? {
        stages.first { $0.name == name }
    }

    public static var qualifiedNames: [String] { stages.map { $0.qualifiedName } }
}
