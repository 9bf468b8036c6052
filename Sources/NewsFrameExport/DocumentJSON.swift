import NewsFrameCore

/// The interchange form of an annotated document: one JSON object per line, the format of
/// `export --format jsonl`, of `annotate`'s output and of the gold files. Its schema is
/// `docs/newsframe-document.schema.json`. Every span carries its text, so a reader never
/// needs to recompute offsets to check them.
public enum DocumentJSON {
    public static let tokenRule = "icu/word"

    /// `stages`: the stages that made the annotations, with their fingerprints (`annotate`
    /// writes them, so `load` can tell current results from stale ones).
    public static func line(
        _ document: Document, _ annotations: AnnotationSet, includeTokens: Bool = true, stages: [(name: String, fingerprint: String)]? = nil
    ) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(document.text.utf8.count * 4)
        value(document, annotations, includeTokens: includeTokens, stages: stages).write(to: &output)
        return String(decoding: output, as: UTF8.self)
    }

    public static func value(
        _ document: Document, _ annotations: AnnotationSet, includeTokens: Bool = true, stages: [(name: String, fingerprint: String)]? = nil
    ) -> JSONText {
        let text = ScalarText(document.text)
        var fields: [JSONText.Field] = [
            .init("id", .string(document.id)),
            .init("version", .int(document.version)),
            .init("dct", .optional(document.dct)),
            .init("title", .optional(document.title)),
            .init("url", .optional(document.url)),
            .init("source", .optional(document.source)),
        ]
        if let metadata = document.metadataJSON { fields.append(.init("metadata_json", .string(metadata))) }
        fields.append(.init("text", .string(document.text)))
        if let sentences = annotations.sentences {
            fields.append(.init("sentences", .array(sentences.map { span($0.start, $0.end, text, [.init("rule", .string($0.rule))]) })))
        }
        if includeTokens, let tokens = annotations.tokens {
            fields.append(.init("tokens", .array(tokens.map {
                span($0.start, $0.end, text, [.init("kind", .string($0.kind.name)), .init("rule", .string(tokenRule))])
            })))
        }
        // Word-level like the tokens, and bigger: `--no-tokens` leaves out both.
        if includeTokens, let syntax = annotations.syntax {
            fields.append(.init("words", .array(words(syntax, annotations.sentences, text))))
        }
        if let timexes = annotations.timexes {
            fields.append(.init("timexes", .array(timexes.map {
                span($0.start, $0.end, text, [
                    .init("type", .string($0.type)), .init("value", .string($0.value)), .init("mod", .optional($0.mod)),
                    .init("anchor", .optional($0.anchor)), .init("rule", .string($0.rule)),
                ])
            })))
        }
        if let entities = annotations.entities {
            fields.append(.init("entities", .array(entities.map {
                span($0.start, $0.end, text, [
                    .init("type", .string($0.type)), .init("canonical", .string($0.canonical)), .init("title", .optional($0.title)),
                    .init("count", .optional($0.count)), .init("rule", .string($0.rule)),
                    .init("country", .optional($0.country)), .init("admin1", .optional($0.admin1)), .init("lat", .optional($0.lat)),
                    .init("lon", .optional($0.lon)), .init("feature", .optional($0.feature)),
                ])
            })))
        }
        if let quotes = annotations.quotes {
            fields.append(.init("quotes", .array(quotes.map { quote in
                span(quote.start, quote.end, text, [
                    .init("kind", .string(quote.kind.rawValue)),
                    .init("speaker", quote.speaker.map { span($0.start, $0.end, text, []) } ?? .null),
                    .init("speaker_canonical", .optional(quote.speakerCanonical)), .init("cue", .optional(quote.cue)),
                    .init("resolution", .optional(quote.resolution)), .init("rule", .string(quote.rule)),
                ])
            })))
        }
        if let events = annotations.events {
            fields.append(.init("events", .array(events.map { event($0, text) })))
        }
        if let stages {
            fields.append(.init("stages", .array(stages.map { .fields([.init("name", .string($0.name)), .init("fingerprint", .string($0.fingerprint))]) })))
        }
        return .fields(fields)
    }

    /// The syntactic words numbered within their sentences (`id` from 1, `head` 0 for a root),
    /// as in the CoNLL-U export, so a reader needs no document-wide index to walk a tree.
    static func words(_ words: [SyntaxWord], _ sentences: [Sentence]?, _ text: ScalarText) -> [JSONText] {
        let numbered = SentenceWords(words, sentences: sentences, textLength: text.count)
        var result: [JSONText] = []
        result.reserveCapacity(words.count)
        for group in numbered.groups {
            for index in group.words {
                let word = words[index]
                result.append(span(word.start, word.end, text, [
                    .init("sentence", .int(group.sentence)), .init("id", .int(group.id(index))), .init("upos", .string(word.upos)),
                    .init("xpos", .string(word.xpos)), .init("lemma", .string(word.lemma)), .init("head", .int(numbered.head(index, in: group))),
                    .init("deprel", .string(word.deprel)), .init("lemma_rule", .string(word.lemmaRule)),
                ]))
            }
        }
        return result
    }

    /// A frame: its trigger, each role as a span (a list when the role repeats), the time's
    /// value and the weapon's count on their arguments, and the casualties' text.
    static func event(_ frame: EventFrame, _ text: ScalarText) -> JSONText {
        var roles: [String] = []
        for argument in frame.arguments where !roles.contains(argument.role) { roles.append(argument.role) }
        let arguments: [JSONText.Field] = roles.map { role in
            let values = frame.arguments(role).map { argument -> JSONText in
                var extra: [JSONText.Field] = [.init("canonical", .optional(argument.canonical))]
                if let value = argument.value { extra.append(.init("value", .string(value))) }
                if let count = argument.count { extra.append(.init("count", .int(count))) }
                extra.append(.init("rule", .string(argument.rule)))
                return span(argument.start, argument.end, text, extra)
            }
            // Always a list, one argument or several: Spark and pandas infer one type per role.
            return .init(role, .array(values))
        }
        return .fields([
            .init("event_id", .optional(frame.eventID)), .init("type", .string(frame.type)),
            .init("trigger", span(frame.trigger.start, frame.trigger.end, text, [])), .init("arguments", .fields(arguments)),
            .init("status", .array(frame.status.map { .string($0) })),
            .init("casualties", .optional(frame.first("casualties").map { text.slice($0.span) })),
            .init("killed", .optional(frame.first("killed")?.count)), .init("injured", .optional(frame.first("injured")?.count)),
            .init("site", .optional(frame.site)), .init("site_type", .optional(frame.siteType)), .init("named_actor", .optional(frame.namedActor)),
            .init("country", .optional(frame.place?.country)), .init("admin1", .optional(frame.place?.admin1)),
            .init("lat", .optional(frame.place?.lat)), .init("lon", .optional(frame.place?.lon)), .init("geo_level", .optional(frame.place?.level)),
            .init("geo_precision", .optional(Place.geoPrecision(frame.place?.level))), .init("rule", .string(frame.rule)),
        ])
    }

    static func span(_ start: Int, _ end: Int, _ text: ScalarText, _ extra: [JSONText.Field]) -> JSONText {
        .fields([.init("start", .int(start)), .init("end", .int(end)), .init("text", .string(text.slice(start, end)))] + extra)
    }
}
