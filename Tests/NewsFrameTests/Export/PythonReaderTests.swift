import Foundation
import Testing

/// The exports as the Python readers their users reach for first read them: the `conllu`
/// package for CoNLL-U and for the CoNLL-2003 columns (with named fields). `.ci/run` installs
/// `conllu` when it is missing, so these run in CI.
@Suite("export: read by Python's conllu package")
struct PythonReaderTests {
    /// Runs a Python script on a file; its standard output parsed as JSON.
    static func python(_ script: String, _ file: String) throws -> Any {
        let output = try TestSupport.runProgram(["/usr/bin/env", "python3", "-c", script, file])
        #expect(output.status == 0, "\(output.stderr)")
        return try JSONSerialization.jsonObject(with: Data(output.stdout.utf8))
    }

    @Test("conllu.parse reads the CoNLL-U export: every sentence, ids, heads inside the sentence, one root, offsets in MISC")
    func conllu() throws {
        let folder = try TestSupport.scratch()
        let db = try TestSupport.processedSample(in: folder)
        let out = folder.appendingPathComponent("corpus.conllu").path
        #expect(try TestSupport.run(["export", "--db", db, "--format", "conllu", "--out", out]).status == 0)
        let script = """
            import conllu, json, sys
            sentences = conllu.parse(open(sys.argv[1], encoding="utf-8").read())
            problems = []
            parsed = 0
            for s in sentences:
                words = [t for t in s if isinstance(t["id"], int)]
                ids = [t["id"] for t in words]
                if ids != list(range(1, len(words) + 1)): problems.append(("ids", s.metadata["sent_id"]))
                if any("Offsets" not in (t["misc"] or {}) for t in words): problems.append(("misc", s.metadata["sent_id"]))
                if all(t["head"] is None and t["deprel"] == "_" for t in words):
                    continue  # tagged, not parsed (parse: asked): HEAD and DEPREL are CoNLL-U's "_"
                parsed += 1
                if sum(1 for t in words if t["head"] == 0) != 1: problems.append(("roots", s.metadata["sent_id"]))
                if any(t["head"] is None or not (0 <= t["head"] <= len(words)) for t in words): problems.append(("head", s.metadata["sent_id"]))
            docs = sum(1 for s in sentences if "newdoc id" in s.metadata)
            print(json.dumps({"sentences": len(sentences), "parsed": parsed, "documents": docs, "problems": problems[:5],
                              "words": sum(len(s) for s in sentences)}))
            """
        let result = try #require(try Self.python(script, out) as? [String: Any])
        #expect(result["documents"] as? Int == TestSupport.articleCount)
        #expect((result["sentences"] as? Int ?? 0) > TestSupport.articleCount * 5, "\(result)")
        // The sample corpus is about attacks: most of its sentences hold a trigger, a date or a name.
        #expect((result["parsed"] as? Int ?? 0) * 2 > (result["sentences"] as? Int ?? 0), "\(result)")
        #expect((result["problems"] as? [Any])?.isEmpty == true, "\(result)")
    }

    @Test("conllu.parse with named fields reads the CoNLL-2003 export: three tab-separated columns, BIO tags, one -DOCSTART- per document")
    func conll2003() throws {
        let folder = try TestSupport.scratch()
        let db = try TestSupport.processedSample(in: folder)
        let out = folder.appendingPathComponent("corpus.conll").path
        #expect(try TestSupport.run(["export", "--db", db, "--format", "conll", "--out", out]).status == 0)
        let script = """
            import conllu, json, re, sys
            blocks = conllu.parse(open(sys.argv[1], encoding="utf-8").read(), fields=["form", "entity", "timex"])
            tag = re.compile(r"^(O|[BI]-[A-Z0-9_]+)$")
            bad = [t for b in blocks for t in b if not tag.match(t["entity"]) or not tag.match(t["timex"])]
            starts = sum(1 for b in blocks for t in b if t["form"] == "-DOCSTART-")
            entities = sum(1 for b in blocks for t in b if t["entity"].startswith("B-"))
            print(json.dumps({"bad": [dict(t) for t in bad[:5]], "docstarts": starts, "entities": entities}))
            """
        let result = try #require(try Self.python(script, out) as? [String: Any])
        #expect((result["bad"] as? [Any])?.isEmpty == true, "\(result)")
        #expect(result["docstarts"] as? Int == TestSupport.articleCount)
        #expect((result["entities"] as? Int ?? 0) > 100, "\(result)")
    }
}
