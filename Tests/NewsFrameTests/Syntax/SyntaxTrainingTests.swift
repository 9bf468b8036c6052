import Foundation
import Testing
@testable import NewsFrameSyntax

/// Training is reproducible and the model file is robust: what `train-syntax` promises.
@Suite("syntax training")
struct SyntaxTrainingTests {
    static let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/tiny.conllu")

    static func options() -> SyntaxTrainer.Options {
        var options = SyntaxTrainer.Options()
        options.taggerEpochs = 3
        options.parserEpochs = 3
        options.labellerEpochs = 3
        options.folds = 2
        return options
    }

    @Test("the same data and seed give byte-identical models; another seed another model")
    func deterministic() throws {
        let sentences = try CoNLLUReader.read(contentsOf: Self.fixture)
        #expect(sentences.count == 8)
        let first = SyntaxTrainer(options: Self.options()).train(sentences, provenance: "test").data()
        let second = SyntaxTrainer(options: Self.options()).train(sentences, provenance: "test").data()
        #expect(first == second)
        var other = Self.options()
        other.seed = 7
        #expect(SyntaxTrainer(options: other).train(sentences, provenance: "test").data() != first)
    }

    @Test("a model read back from its file analyzes as the one trained, and learnt its training sentences")
    func roundTrip() throws {
        let sentences = try CoNLLUReader.read(contentsOf: Self.fixture)
        var options = Self.options()
        options.taggerEpochs = 10
        options.parserEpochs = 10
        options.labellerEpochs = 10
        let model = SyntaxTrainer(options: options).train(sentences, provenance: "test")
        let reread = try SyntaxModel(data: model.data())
        #expect(reread.provenance == "test")
        var evaluation = SyntaxEvaluation()
        evaluation.add(sentences, model: reread)
        #expect(evaluation.upos > 90)
        #expect(evaluation.uas > 80)
        for sentence in sentences {
            let forms = sentence.words.map(\.form)
            #expect(model.analyze(forms) == reread.analyze(forms))
        }
    }

    @Test("a state with one valid transition names it, so decoding takes it without scoring")
    func forcedTransitions() {
        var state = ParseState(count: 3)
        #expect(state.onlyValidTransition == ParseState.shift)
        state.apply(ParseState.shift)
        #expect(state.onlyValidTransition == nil)
        state.apply(ParseState.shift)
        state.apply(ParseState.shift)
        // The buffer is down to the root: reduce rightward until one word is left, then to the root.
        #expect(state.onlyValidTransition == ParseState.right)
        for transition in 0..<3 { #expect(state.isValid(transition) == (transition == ParseState.right)) }
        state.apply(ParseState.right)
        state.apply(ParseState.right)
        #expect(state.onlyValidTransition == ParseState.left)
        state.apply(ParseState.left)
        #expect(state.isTerminal && state.heads.prefix(3) == [3, 0, 1])
    }

    @Test("a truncated or foreign model file is an error that says what it is, not a crash")
    func corruptModel() throws {
        let sentences = try CoNLLUReader.read(contentsOf: Self.fixture)
        let data = SyntaxTrainer(options: Self.options()).train(sentences, provenance: "test").data()
        #expect(throws: (any Error).self) { try SyntaxModel(data: data.prefix(data.count / 2)) }
        do {
            _ = try SyntaxModel(data: Data("not a model".utf8))
            Issue.record("a text file was read as a model")
        } catch {
            #expect("\(error)".contains("not a NewsFrame syntax model"))
        }
    }

    @Test("CoNLL-U errors name the file's line")
    func readerErrors() {
        do {
            _ = try CoNLLUReader.parse("# text = a\n1\ta\ta\tX\tX\t_\t0\troot\t_\n", file: "bad.conllu")
            Issue.record("nine columns were accepted")
        } catch {
            #expect("\(error)" == "bad.conllu:2: expected 10 tab-separated columns, found 9")
        }
        do {
            _ = try CoNLLUReader.parse("1\ta\ta\tX\tX\t_\t5\troot\t_\t_\n", file: "bad.conllu")
            Issue.record("a head outside the sentence was accepted")
        } catch {
            #expect("\(error)".hasPrefix("bad.conllu:1: word 1 of the sentence has head 5"))
        }
    }

    @Test("16-bit weights widened by their bits equal the platform's conversion, for every bit pattern")
    func halfFloats() {
        for bits in UInt16.min...UInt16.max {
            let expected = Float(Float16(bitPattern: bits))
            let found = SparseWeights.float(half: bits)
            if expected.isNaN { #expect(found.isNaN) } else if found != expected {
                Issue.record("bits \(bits): \(found) instead of \(expected)")
                return
            }
        }
    }
}
