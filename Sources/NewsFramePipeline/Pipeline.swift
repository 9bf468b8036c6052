import Foundation
import NewsFrameCore
import NewsFrameStore
import Yams

/// An ordered, checked list of stages built from a pipeline file.
///
/// Building validates everything a run would otherwise discover late: unknown or
/// mis-versioned stages, options of the wrong shape, a stage whose required annotations no
/// earlier stage provides, and every lexicon line.
public struct Pipeline: Sendable {
    public let name: String
    public let file: String
    public let lexiconDirectory: URL
    public let steps: [PipelineStep]
    /// Broken lexicon lines that were left out (file:line each); `--strict` makes them fatal.
    public let lexiconErrors: [LexiconError]

    public var specs: [StageSpec] { steps.map(\.spec) }

    /// One fingerprint for the whole pipeline, recorded with every run.
    public var fingerprint: String {
        var hash = StableHash()
        for step in steps { hash.combine(step.spec.name); hash.combine(step.spec.fingerprint) }
        return hash.hexDigest
    }

    /// Loads `file` (default: the bundled `default.yaml`) with lexicons from `lexicons`, else
    /// from a `Lexicons/` folder beside the pipeline's folder, else the bundled ones.
    public static func load(file: URL? = nil, lexicons: URL? = nil) throws -> Pipeline {
        let pipelineURL = try file ?? NewsFrameResources.locate().pipelines.appendingPathComponent("default.yaml")
        let text: String
        do {
            text = try String(contentsOf: pipelineURL, encoding: .utf8)
        } catch {
            throw PipelineError(code: "NF101", "cannot read pipeline \(pipelineURL.path): \(error.localizedDescription)")
        }
        let sibling = pipelineURL.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Lexicons")
        let lexiconDirectory =
            try lexicons
            ?? (file != nil && FileManager.default.fileExists(atPath: sibling.path) ? sibling : NewsFrameResources.locate().lexicons)
        let definition = try PipelineDefinition(yaml: text, file: pipelineURL.path)
        return try build(definition, file: pipelineURL.path, lexiconDirectory: lexiconDirectory)
    }

    /// Builds a pipeline from a parsed definition; `registry` is the set of stages to resolve
    /// names against (tests pass their own).
    public static func build(
        _ definition: PipelineDefinition, file: String, lexiconDirectory: URL,
        registry: [any Stage.Type] = StageRegistry.stages
    ) throws -> Pipeline {
        var steps: [PipelineStep] = []
        var available: [AnnotationKind: String] = [:]
        var errors: [LexiconError] = []
        for (index, entry) in definition.stages.enumerated() {
            let position = "\(file): stage \(index + 1) '\(entry.stage)'"
            let parts = entry.stage.split(separator: "@", maxSplits: 1).map(String.init)
            guard let type = registry.first(where: { $0.name == parts[0] }) else {
                throw PipelineError(
                    code: "NF102",
                    "\(position) is not a stage this build has; known stages: \(registry.map { $0.qualifiedName }.joined(separator: ", "))")
            }
            if parts.count == 2, parts[1] != String(type.version) {
                throw PipelineError(
                    code: "NF103", "\(position) asks for version \(parts[1]), this build has \(type.qualifiedName); update the pipeline file")
            }
            if steps.contains(where: { $0.name == type.qualifiedName }) {
                throw PipelineError(code: "NF104", "\(position) appears twice; a stage runs once per pipeline")
            }
            for kind in type.requires.sorted() where available[kind] == nil {
                let providers = registry.filter { $0.provides.contains(kind) }.map { $0.qualifiedName }
                let advice = providers.isEmpty
                    ? "no stage of this build provides it" : "add \(providers.joined(separator: " or ")) before it"
                throw PipelineError(
                    code: "NF105", "\(position) requires \(kind.rawValue), which no earlier stage provides; \(advice)")
            }
            let context = StageContext(options: entry.options, lexiconDirectory: lexiconDirectory)
            let stage: any Stage
            do {
                stage = try type.init(context: context)
            } catch let error as LexiconError {
                throw PipelineError(code: "NF106", "\(position): \(error)")
            } catch let error as StageOptionError {
                let line = entry.optionLines[error.option].map { ":\($0)" } ?? ""
                throw PipelineError(code: "NF111", "\(file)\(line): stage \(index + 1) '\(entry.stage)': \(error)")
            } catch {
                throw PipelineError(code: "NF107", "\(position) could not be built: \(error)")
            }
            if let unknown = context.unreadOptions.first {
                throw PipelineError(code: "NF110", "\(position): unknown option '\(unknown)'; check its spelling in the pipeline file")
            }
            errors += context.lexiconErrors
            let spec = StageSpec(
                name: type.qualifiedName, fingerprint: context.fingerprint(stage: type.qualifiedName),
                provides: type.provides.sorted())
            steps.append(PipelineStep(stage: stage, spec: spec))
            for kind in type.provides { available[kind] = type.qualifiedName }
        }
        if steps.isEmpty { throw PipelineError(code: "NF108", "\(file) lists no stages") }
        return Pipeline(
            name: definition.name, file: file, lexiconDirectory: lexiconDirectory, steps: steps, lexiconErrors: errors)
    }

    /// Runs the steps from `firstStep` on, on a document carrying the earlier steps' results.
    public func process(_ document: AnalyzedDocument, from firstStep: Int = 0) throws -> AnalyzedDocument {
        var current = document
        for step in steps[firstStep...] {
            current.annotations.merge(try step.stage.process(current))
        }
        current.views.removeAll()
        return current
    }
}
