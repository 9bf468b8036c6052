/// The fields only annotated JSONL has (`DocumentJSON`): what tells `load` an annotated line
/// from a plain article, and `ingest` that it was given annotated JSONL.
public enum AnnotatedFields {
    public static let names: Set<String> = ["sentences", "tokens", "words", "timexes", "entities", "quotes", "events", "stages"]
}
