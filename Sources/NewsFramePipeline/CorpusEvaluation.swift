import NewsFrameCore
import NewsFrameEval
import NewsFrameStore

/// Scores a pipeline (run in memory on the gold texts) or a store (its stored annotations)
/// against gold, per annotation kind and type, as flat named metrics in percent that a
/// baseline can pin.
public struct CorpusEvaluation: Sendable {
    public var documents = 0
    /// Gold documents the store did not hold (`--db` mode); their gold counts as missed.
    public var missingDocuments: [String] = []
    public var timex = TimexScore()
    public var timexByType: [String: TimexScore] = [:]
    public var entity = EntityScore()
    /// Documents whose gold has entities.
    public var entityDocuments = 0
    /// Quotations and reported speech, both kinds together and each kind apart.
    public var quote = QuoteScore()
    public var quoteByKind: [String: QuoteScore] = [:]
    public var quoteDocuments = 0
    public var event = EventScore()
    public var eventDocuments = 0

    public init() {}

    /// Evaluates `pipeline` on the gold texts, or the annotations in `store` when given.
    public static func run(gold: GoldCorpus, pipeline: Pipeline, store: CorpusStore? = nil) throws -> CorpusEvaluation {
        var evaluation = CorpusEvaluation()
        var goldEventIDs: [String: [String?]] = [:]
        var systemFrames: [(docID: String, dct: String?, frames: [EventFrame])] = []
        for entry in gold.entries {
            let annotations: AnnotationSet
            let text = ScalarText(entry.document.text)
            if let store {
                if let (document, stored) = try store.document(id: entry.document.id), document.text == entry.document.text {
                    annotations = stored
                } else {
                    evaluation.missingDocuments.append(entry.document.id)
                    annotations = AnnotationSet()
                }
            } else {
                annotations = try pipeline.process(AnalyzedDocument(document: entry.document)).annotations
            }
            if let goldEntities = entry.entities {
                evaluation.entityDocuments += 1
                evaluation.entity.add(
                    gold: goldEntities.map { .init(span: $0.span, type: $0.type, text: text.slice($0.span), canonical: $0.canonical) },
                    system: (annotations.entities ?? []).map { .init(span: $0.span, type: $0.type, text: text.slice($0.span), canonical: $0.canonical) })
            }
            if let goldQuotes = entry.quotes {
                evaluation.quoteDocuments += 1
                let system = annotations.quotes ?? []
                evaluation.quote.add(gold: quoteItems(goldQuotes, text), system: quoteItems(system, text), criterion: .halfGold)
                for kind in Quotation.Kind.allCases {
                    evaluation.quoteByKind[kind.rawValue, default: QuoteScore()].add(
                        gold: quoteItems(goldQuotes.filter { $0.kind == kind }, text), system: quoteItems(system.filter { $0.kind == kind }, text),
                        criterion: .halfGold)
                }
            }
            if let goldEvents = entry.events {
                evaluation.eventDocuments += 1
                let system = annotations.events ?? []
                evaluation.event.add(docID: entry.document.id, text: text, gold: goldEvents, system: system)
                goldEventIDs[entry.document.id] = goldEvents.map(\.eventID)
                systemFrames.append((entry.document.id, entry.document.dct, system))
            }
            guard let goldTimexes = entry.timexes else { continue }
            evaluation.documents += 1
            let system = annotations.timexes ?? []
            evaluation.timex.add(document: entry.document.id, text: text, gold: goldTimexes, system: system)
            for type in Set(goldTimexes.map(\.type) + system.map(\.type)) {
                evaluation.timexByType[type, default: TimexScore()].add(
                    document: entry.document.id, text: text, gold: goldTimexes.filter { $0.type == type },
                    system: system.filter { $0.type == type })
            }
        }
        if evaluation.eventDocuments > 0 {
            let merger = try EventMerge.merger(lexiconDirectory: pipeline.lexiconDirectory)
            evaluation.event.scoreMerge(goldIDs: goldEventIDs, systemIDs: mergeIDs(systemFrames, merger))
        }
        return evaluation
    }

    /// The event id the merge gives each system frame, merged as `newsframe merge` merges a store:
    /// the same fields, and a frame with no date of its own spanning the days before its article's
    /// date (`undated_days`), read at its article's day (`CorpusStore.mergeEvents`).
    static func mergeIDs(_ documents: [(docID: String, dct: String?, frames: [EventFrame])], _ merger: EventMerger) -> [String: [String?]] {
        var candidates: [(order: Int, candidate: EventMerger.Candidate)] = []
        for (docID, dct, frames) in documents {
            let published = dct.flatMap { DayRange(value: String($0.prefix(10))) }?.first
            for (index, frame) in frames.enumerated() {
                let time = frame.first("time")?.value
                // The fields the store's merge reads, from the arguments' canonical names.
                var fields: [String: String] = [:]
                for role in ["actor", "target", "location", "weapon"] { fields[role] = frame.first(role)?.canonical }
                fields["country"] = frame.place?.country
                fields["geo_level"] = frame.place?.level
                let own = time.flatMap(DayRange.init(value:))
                let days = own ?? published.map { DayRange(first: $0 - merger.undatedDays, last: $0) }
                candidates.append((own?.first ?? published ?? Int.max, EventMerger.Candidate(
                    docID: docID, index: index, type: frame.type, days: days,
                    actor: frame.namedActor, site: frame.site, siteType: frame.siteType, fields: fields,
                    weekday: time.flatMap(DayRange.unanchoredWeekday))))
            }
        }
        candidates.sort {
            ($0.candidate.type, $0.candidate.days == nil ? 1 : 0, $0.order, $0.candidate.docID, $0.candidate.index)
                < ($1.candidate.type, $1.candidate.days == nil ? 1 : 0, $1.order, $1.candidate.docID, $1.candidate.index)
        }
        var result: [String: [String?]] = Dictionary(uniqueKeysWithValues: documents.map { ($0.docID, [String?](repeating: nil, count: $0.frames.count)) })
        merger.merge(candidates.map(\.candidate)) { event in
            for member in event.members { result[member.docID]![member.index] = event.eventID }
        } join: { candidate, id in
            result[candidate.docID]![candidate.index] = id
        }
        return result
    }

    static func quoteItems(_ quotes: [Quotation], _ text: ScalarText) -> [QuoteScore.Item] {
        quotes.map {
            QuoteScore.Item(
                span: $0.span, speaker: $0.speaker, canonical: $0.speakerCanonical, text: text.slice($0.span),
                speakerText: $0.speaker.map(text.slice), rule: $0.resolution ?? $0.rule)
        }
    }

    /// Every score as `kind.metric` → percent.
    public var metrics: [String: Double] {
        var result: [String: Double] = [
            "timex.strict.precision": timex.strict.precision, "timex.strict.recall": timex.strict.recall,
            "timex.strict.f1": timex.strict.f1, "timex.relaxed.precision": timex.relaxed.precision,
            "timex.relaxed.recall": timex.relaxed.recall, "timex.relaxed.f1": timex.relaxed.f1,
            "timex.type_accuracy": timex.typeAccuracy, "timex.value_accuracy": timex.valueAccuracy,
            "timex.value_f1": timex.valueF1,
        ]
        for (type, score) in timexByType {
            result["timex.\(type).relaxed.f1"] = score.relaxed.f1
            result["timex.\(type).value_f1"] = score.valueF1
        }
        if entityDocuments > 0 {
            result["entity.strict.f1"] = entity.strict.f1
            result["entity.relaxed.precision"] = entity.relaxed.precision
            result["entity.relaxed.recall"] = entity.relaxed.recall
            result["entity.relaxed.f1"] = entity.relaxed.f1
            result["entity.canonical_agreement"] = entity.canonicalAgreement
            for (type, prf) in entity.byType { result["entity.\(type).relaxed.f1"] = prf.f1 }
        }
        if quoteDocuments > 0 {
            result["quote.precision"] = quote.quotes.precision
            result["quote.recall"] = quote.quotes.recall
            result["quote.f1"] = quote.quotes.f1
            result["quote.speaker_accuracy"] = quote.speakerAccuracy
            result["quote.resolved_accuracy"] = quote.resolvedAccuracy
            for (kind, score) in quoteByKind { result["quote.\(kind).f1"] = score.quotes.f1 }
        }
        if eventDocuments > 0 {
            result["event.trigger.f1"] = event.triggers.f1
            for (type, prf) in event.byType { result["event.\(type).trigger.f1"] = prf.f1 }
            result["event.argument.precision"] = event.arguments.precision
            result["event.argument.recall"] = event.arguments.recall
            result["event.argument.f1"] = event.arguments.f1
            for (role, prf) in event.byRole { result["event.\(role).f1"] = prf.f1 }
            result["event.merge.precision"] = event.merge.precision
            result["event.merge.recall"] = event.merge.recall
            result["event.merge.f1"] = event.merge.f1
        }
        return result.mapValues { $0 * 100 }
    }
}
