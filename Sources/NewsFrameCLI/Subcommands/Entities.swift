import ArgumentParser

struct Entities: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the entities of a store, or every mention of one.",
        discussion: "Without a name: canonical entities by mention count. With a canonical name: each mention in its sentence.")

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Only this type (PERSON, ORG, GPE, LOC, FAC, NORP, WEAPON).") var type: String?
    @Option(name: .long, help: "How many entities to list.") var limit = 50
    @Argument(help: "A canonical name, e.g. \"Islamic Resistance in Iraq\".") var canonical: String?

    func run() throws {
        let corpus = try store.openForReading()
        if let canonical {
            let mentions = try corpus.mentions(of: canonical)
            if mentions.isEmpty { throw ValidationError("no mention of '\(canonical)'; 'newsframe entities' lists the canonical names") }
            for mention in mentions {
                Console.out("\(mention.docID) \(mention.start)-\(mention.end) \"\(mention.text)\"")
                Console.out("    \(mention.context.replacingNewlines)")
            }
            return
        }
        Console.out("mentions  docs  type    canonical  (aliases)")
        for entity in try corpus.entityIndex(type: type, limit: limit) {
            let aliases = entity.aliases.filter { $0 != entity.canonical }
            Console.out("\(String(entity.mentions).leftPadding(8))  \(String(entity.documents).leftPadding(4))  \(entity.type.padding(6))  \(entity.canonical)"
                + (aliases.isEmpty ? "" : "  (\(aliases.joined(separator: ", ")))"))
        }
    }
}

extension String {
    var replacingNewlines: String { String(map { $0 == "\n" ? " " : $0 }) }
}
