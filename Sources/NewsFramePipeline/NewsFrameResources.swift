import Foundation

/// Where the lexicons and pipelines that ship inside the package live once built.
///
/// The top-level `Lexicons/` and `Pipelines/` folders are the source of truth; SwiftPM copies
/// them, flattened, into this target's resource bundle, so an installed `newsframe` works
/// from any directory without a checkout.
public enum NewsFrameResources {
    /// The folder holding the bundled lexicon files and pipeline definitions.
    public static var directory: URL {
        Bundle.module.resourceURL ?? Bundle.module.bundleURL
    }

    /// The bundled pipeline of the tokenize stage alone (what `load` needs to tokenize lines
    /// written without their tokens).
    public static var tokenizePipeline: URL {
        directory.appendingPathComponent("tokenize.yaml")
    }

    /// The bundled default pipeline.
    public static var defaultPipeline: URL {
        directory.appendingPathComponent("default.yaml")
    }
}
