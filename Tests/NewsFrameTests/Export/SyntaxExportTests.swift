import Foundation
import NewsFrameCore
import NewsFrameExport
import NewsFrameSyntax
import Testing

@Suite("syntax exports: conllu, jsonl words")
struct SyntaxExportTests {
    @Test("CoNLL-U of a hand-parsed document: a multiword line for a split token, one word for joined tokens, two roots, no tab inside a field")
    func conlluLines() {
        let output = CoNLLUDocument.render(SyntaxSample.document, SyntaxSample.annotations)
        #expect(output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) == SyntaxSample.conllu + [""])
    }

    @Test("CoNLL-U reads back through CoNLLUReader with the same words, heads, relations and offsets")
    func conlluReadsBack() throws {
        let sentences = try CoNLLUReader.parse(CoNLLUDocument.render(SyntaxSample.document, SyntaxSample.annotations))
        #expect(sentences.map(\.id) == ["t1-1", "t1-2"])
        #expect(sentences.map(\.text) == ["They don't know the U.S.'s plan.", "It went home."])
        #expect(sentences[0].multiwordTokens.map { "\($0.first)-\($0.last) \($0.form)" } == ["2-3 don't"])
        #expect(sentences[1].multiwordTokens.isEmpty)
        let read = sentences.flatMap(\.words)
        let words = SyntaxSample.words
        #expect(read.map(\.form) == SyntaxSample.rows.map(\.form))
        #expect(read.map(\.upos) == words.map(\.upos))
        #expect(read.map(\.xpos) == words.map(\.xpos))
        #expect(read.map(\.deprel) == words.map(\.deprel))
        #expect(read.map(\.lemma) == words.map { $0.lemma.isEmpty ? "_" : $0.lemma })
        // Back to document indices: the sentence's first word plus the head's number.
        let firsts = [0, sentences[0].words.count]
        let heads = sentences.enumerated().flatMap { index, sentence in sentence.words.map { $0.head == 0 ? -1 : firsts[index] + $0.head - 1 } }
        #expect(heads == words.map(\.head))
        let offsets = read.map { $0.misc.split(separator: "|").first { $0.hasPrefix("Offsets=") }.map(String.init) }
        #expect(offsets == words.map { "Offsets=\($0.start)-\($0.end)" })
    }

    @Test("JSONL words carry each word's span, sentence, number, tags, lemma, head and relation; --no-tokens leaves them out")
    func jsonlWords() throws {
        let line = DocumentJSON.line(SyntaxSample.document, SyntaxSample.annotations)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        let items = try #require(object["words"] as? [[String: Any]])
        let words = SyntaxSample.words
        #expect(items.count == words.count)
        #expect(items.compactMap { $0["start"] as? Int } == words.map(\.start))
        #expect(items.compactMap { $0["end"] as? Int } == words.map(\.end))
        #expect(items.compactMap { $0["text"] as? String } == SyntaxSample.rows.map(\.form))
        #expect(items.compactMap { $0["sentence"] as? Int } == [0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1])
        #expect(items.compactMap { $0["id"] as? Int } == [1, 2, 3, 4, 5, 6, 7, 8, 9, 1, 2, 3, 4])
        #expect(items.compactMap { $0["head"] as? Int } == [4, 4, 4, 0, 6, 8, 6, 4, 4, 2, 0, 0, 3])
        #expect(items.compactMap { $0["upos"] as? String } == words.map(\.upos))
        #expect(items.compactMap { $0["xpos"] as? String } == words.map(\.xpos))
        #expect(items.compactMap { $0["lemma"] as? String } == words.map(\.lemma))
        #expect(items.compactMap { $0["deprel"] as? String } == words.map(\.deprel))
        #expect(items.compactMap { $0["lemma_rule"] as? String } == words.map(\.lemmaRule))
        #expect(Set(items[0].keys) == ["start", "end", "text", "sentence", "id", "upos", "xpos", "lemma", "head", "deprel", "lemma_rule"])
        let lean = DocumentJSON.line(SyntaxSample.document, SyntaxSample.annotations, includeTokens: false)
        let leanObject = try #require(try JSONSerialization.jsonObject(with: Data(lean.utf8)) as? [String: Any])
        #expect(leanObject["words"] == nil && leanObject["tokens"] == nil && leanObject["sentences"] != nil)
    }

    @Test("a document without syntax exports no CoNLL-U and no words; a head outside its sentence is written as a root")
    func missingAndDamagedSyntax() throws {
        var annotations = SyntaxSample.annotations
        annotations.syntax = nil
        #expect(CoNLLUDocument.render(SyntaxSample.document, annotations) == "")
        #expect(!CoNLLUDocument.hasSyntax(annotations))
        #expect(!DocumentJSON.line(SyntaxSample.document, annotations).contains("\"words\""))
        // What a store gives a document the syntax stage never parsed: an empty array.
        annotations.syntax = []
        #expect(!CoNLLUDocument.hasSyntax(annotations))
        #expect(CoNLLUDocument.hasSyntax(AnnotationSet(tokens: [], sentences: [], syntax: [])))
        // "It" pointing at "know" in the first sentence: never made by the stage, still a valid tree.
        var words = SyntaxSample.words
        words[9].head = 3
        annotations.syntax = words
        let sentences = try CoNLLUReader.parse(CoNLLUDocument.render(SyntaxSample.document, annotations))
        #expect(sentences[1].words.map(\.head) == [0, 0, 0, 3])
    }

    @Test("export --format conllu: the sample corpus reads back with every word; a store without syntax exports nothing and says why")
    func conlluExport() throws {
        let folder = try TestSupport.scratch()
        let parsed = try TestSupport.run(["process", "--quiet", TestSupport.articles.path, "--db", "parsed.sqlite"], in: folder)
        #expect(parsed.status == 0, "\(parsed.stderr)")
        let out = folder.appendingPathComponent("corpus.conllu")
        let export = try TestSupport.run(["export", "--db", "parsed.sqlite", "--format", "conllu", "--out", out.path], in: folder)
        #expect(export.status == 0 && !export.stderr.contains("warning"), "\(export.stderr)")
        let sentences = try CoNLLUReader.read(contentsOf: out)
        let jsonl = try TestSupport.run(["export", "--db", "parsed.sqlite", "--format", "jsonl"], in: folder)
        let documents = jsonl.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
        let words = documents.flatMap { $0["words"] as? [[String: Any]] ?? [] }
        #expect(documents.count == TestSupport.articleCount)
        #expect(!words.isEmpty && sentences.flatMap(\.words).count == words.count)
        #expect(sentences.flatMap(\.words).map(\.head) == words.compactMap { $0["head"] as? Int })
        #expect(sentences.count == documents.reduce(0) { $0 + ($1["sentences"] as? [Any] ?? []).count })
        let contents = try String(contentsOf: out, encoding: .utf8)
        #expect(contents.split(separator: "\n").filter { $0.hasPrefix("# newdoc id = ") }.count == TestSupport.articleCount)
        // '--stage syntax' keeps the tokens and sentences the format is laid out by.
        let stageOnly = try TestSupport.run(["export", "--db", "parsed.sqlite", "--format", "conllu", "--stage", "syntax"], in: folder)
        #expect(stageOnly.stdout == contents)
        let refused = try TestSupport.run(["export", "--db", "parsed.sqlite", "--format", "conllu", "--stage", "temporal"], in: folder)
        #expect(refused.status != 0 && refused.stderr.contains("'--stage' must keep syntax"), "\(refused.stderr)")

        let tokenize = TestSupport.pipelines.appendingPathComponent("tokenize.yaml").path
        let unparsed = try TestSupport.run(["process", "--quiet", TestSupport.articles.path, "--pipeline", tokenize, "--db", "tokens.sqlite"], in: folder)
        #expect(unparsed.status == 0, "\(unparsed.stderr)")
        let empty = try TestSupport.run(["export", "--db", "tokens.sqlite", "--format", "conllu"], in: folder)
        #expect(empty.status == 0 && empty.stdout.isEmpty)
        #expect(empty.stderr.components(separatedBy: "warning:").count == 2, "one warning: \(empty.stderr)")
        #expect(empty.stderr.contains("\(TestSupport.articleCount) document(s) have no syntax") && empty.stderr.contains("syntax stage"))
    }
}
