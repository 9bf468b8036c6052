import ArgumentParser
import Foundation
import NewsFramePipeline
import NewsFrameSyntax

/// The syntax model as the pipeline's syntax stage runs it (with the lemma rules and
/// irregular forms of its lexicon folder), or another model file with those same lexicons:
/// what `eval-syntax` measures is what `process` runs.
enum SyntaxModelLoader {
    static func load(model: String?, pipeline options: PipelineOptions) throws -> SyntaxModel {
        let pipeline = try options.load()
        guard let stage = pipeline.steps.lazy.compactMap({ $0.stage as? SyntaxStage }).first else {
            throw ValidationError("the pipeline \(pipeline.file) has no syntax stage; pass '--pipeline' with one")
        }
        guard let model else { return stage.model }
        let url = URL(fileURLWithPath: model)
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ValidationError("cannot read the syntax model \(url.path): \(error.localizedDescription); train one with `newsframe train-syntax`")
        }
        do {
            var loaded = try SyntaxModel(data: data)
            loaded.useLemmaRules(stage.lemmaRules)
            return loaded
        } catch {
            throw ValidationError("\(url.path): \(error)")
        }
    }
}
