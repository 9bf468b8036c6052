import Foundation
import NewsFrameCore
import NewsFramePipeline
import NewsFrameText
import Testing

/// A stage that needs entities, which nothing in the test registry provides.
struct NeedsEntitiesStage: Stage {
    static let name = "needs-entities"
    static let version = 1
    static let requires: Set<AnnotationKind> = [.tokens, .entities]
    static let provides: Set<AnnotationKind> = [.quotes]
    init(context: StageContext) throws {}
    func process(_ document: AnalyzedDocument) throws -> AnnotationSet { AnnotationSet() }
}

@Suite("pipeline validation")
struct PipelineValidationTests {
    let registry: [any Stage.Type] = [TokenizeStage.self, NeedsEntitiesStage.self]

    func build(_ yaml: String) throws -> Pipeline {
        let definition = try PipelineDefinition(yaml: yaml, file: "p.yaml")
        return try Pipeline.build(definition, file: "p.yaml", lexiconDirectory: TestSupport.lexicons, registry: registry)
    }

    func message(_ yaml: String) -> String {
        do {
            _ = try build(yaml)
            return "built"
        } catch {
            return "\(error)"
        }
    }

    @Test("the bundled default pipeline builds")
    func defaultBuilds() throws {
        let pipeline = try TestSupport.defaultPipeline()
        #expect(pipeline.steps.map(\.name) == ["tokenize@1", "syntax@1", "temporal@1", "entities@2", "quotes@1", "events@2"])
    }

    @Test("an option value that is no whole number stops the pipeline, naming the file, its line, the stage and the option")
    func unusableOptionValue() throws {
        let folder = try TestSupport.scratch()
        let yaml = try String(contentsOf: TestSupport.pipelines.appendingPathComponent("default.yaml"), encoding: .utf8)
        for (option, good, stage) in [("min_words", "\"3\"", "quotes@1"), ("max_words", "\"200\"", "syntax@1")] {
            let edited = yaml.replacingOccurrences(of: "\(option): \(good)", with: "\(option): \"banana\"")
            #expect(edited != yaml)
            let line = try #require(edited.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\(option): \"banana\"") }) + 1
            let file = folder.appendingPathComponent("\(option).yaml")
            try TestSupport.write(edited, to: file)
            do {
                _ = try Pipeline.load(file: file, lexicons: TestSupport.lexicons)
                Issue.record("\(option): banana was accepted")
            } catch {
                #expect("\(error)".contains("error NF111: \(file.path):\(line): stage"), "\(error)")
                #expect("\(error)".contains("'\(stage)': option \(option): 'banana' is not a whole number"), "\(error)")
            }
        }
    }

    @Test("a missing requirement names the stage, the kind and who provides it")
    func missingRequirement() {
        #expect(message("stages:\n  - stage: needs-entities@1\n") ==
            "error NF105: p.yaml: stage 1 'needs-entities@1' requires tokens, which no earlier stage provides; add tokenize@1 before it")
        #expect(message("stages:\n  - stage: tokenize@1\n  - stage: needs-entities@1\n") ==
            "error NF105: p.yaml: stage 2 'needs-entities@1' requires entities, which no earlier stage provides; no stage of this build provides it")
    }

    @Test("unknown stages, wrong versions, duplicates and malformed files are rejected")
    func malformed() {
        #expect(message("stages:\n  - stage: tokenise@1\n").contains("NF102: p.yaml: stage 1 'tokenise@1' is not a stage this build has; known stages: tokenize@1, needs-entities@1"))
        #expect(message("stages:\n  - stage: tokenize@2\n").contains("NF103"))
        #expect(message("stages:\n  - stage: tokenize@1\n  - stage: tokenize\n").contains("NF104"))
        #expect(message("stages: 3\n").contains("NF109"))
        #expect(message("stages:\n  - stage: tokenize@1\n    options: [1]\n").contains("'options' must be a mapping"))
        #expect(message("stages: [\n").contains("not valid YAML"))
        #expect(message("stages: []\n").contains("NF108"))
        #expect(message("stages:\n  - stage: tokenize@1\n    options: {abbrevations: x.tsv}\n") ==
            "error NF110: p.yaml: stage 1 'tokenize@1': unknown option 'abbrevations'; check its spelling in the pipeline file")
        #expect(message("stages:\n  - stage: tokenize@1\n    options: {abbreviations: nope.tsv}\n").contains("NF106: p.yaml: stage 1 'tokenize@1': Lexicons/nope.tsv"))
    }

    @Test("options and lexicon contents change the fingerprint; nothing else does")
    func fingerprints() throws {
        let a = try build("stages:\n  - stage: tokenize@1\n")
        let b = try build("stages:\n  - stage: tokenize@1\n")
        let c = try build("stages:\n  - stage: tokenize@1\n    options: {word_locale: en_GB}\n")
        let d = try build("stages:\n  - stage: tokenize@1\n    options: {word_locale: en}\n")
        #expect(a.specs[0].fingerprint == b.specs[0].fingerprint)
        #expect(a.specs[0].fingerprint != c.specs[0].fingerprint)
        #expect(a.specs[0].fingerprint == d.specs[0].fingerprint, "a default spelled out is the same stage")
    }
}
