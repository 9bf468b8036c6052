import NewsFrameCore
import NewsFrameStore

/// Runs a pipeline's stale stages on one document and turns a stage failure into a reject
/// for that document alone, so one bad article never stops a batch.
struct DocumentProcessor: Sendable {
    let pipeline: Pipeline

    func process(_ item: WorkItem) -> Result<DocumentResult, RejectRecord> {
        let input = AnalyzedDocument(document: item.document, annotations: item.prior)
        var current = input
        for step in pipeline.steps[item.firstStep...] {
            do {
                current.annotations.merge(try step.stage.process(current))
            } catch {
                return .failure(RejectRecord(
                    code: "NF020", sourceFile: nil, line: nil, docID: item.document.id,
                    message: "stage \(step.name) failed: \(error); the document keeps its earlier results and is retried next run"))
            }
        }
        return .success(DocumentResult(
            docID: item.document.id, docVersion: item.document.version, annotations: current.annotations,
            executed: Array(pipeline.specs[item.firstStep...]), text: current.text, storedStages: item.storedStages))
    }
}
