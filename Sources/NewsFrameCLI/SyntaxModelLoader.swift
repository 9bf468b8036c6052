import ArgumentParser
import Foundation
import NewsFramePipeline
import NewsFrameSyntax

/// Finds and reads the syntax model for the commands that use it outside a pipeline run.
enum SyntaxModelLoader {
    static func load(model: String?, pipeline: PipelineOptions) throws -> SyntaxModel {
        let url: URL
        if let model {
            url = URL(fileURLWithPath: model)
        } else {
            url = try pipeline.load().lexiconDirectory.appendingPathComponent("syntax-model.bin")
        }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ValidationError("cannot read the syntax model \(url.path): \(error.localizedDescription); train one with `newsframe train-syntax` or pass '--model'")
        }
        do { return try SyntaxModel(data: data) } catch {
            throw ValidationError("\(url.path): \(error)")
        }
    }
}
