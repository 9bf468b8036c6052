import ArgumentParser

struct Events: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List merged events, or the frames and sources of one.",
        discussion: "Without an id: one line per event by date. With an event id: each source frame with its sentence.")

    @OptionGroup var store: StoreOptions
    @Option(name: .long, help: "Only this type (ATTACK, THREAT, CLAIM, STATEMENT, SEIZURE, ALLIANCE).") var type: String?
    @Option(name: .long, help: "Only events reported by at least this many frames.") var minSources = 1
    @Option(name: .long, help: "How many events to list.") var limit = 100
    @Argument(help: "An event id (ev-…).") var eventID: String?

    func run() throws {
        let corpus = try store.openForReading()
        if let eventID {
            let frames = try corpus.frames(ofEvent: eventID)
            if frames.isEmpty { throw ValidationError("no event '\(eventID)'; 'newsframe events' lists them") }
            for frame in frames {
                Console.out("\(frame.docID)  '\(frame.trigger)'  \(frame.summary)")
                Console.out("    \(frame.sentence.replacingNewlines)")
                Console.out("    rule: \(frame.rule)")
            }
            return
        }
        Console.out("date        type       sources  event_id         actor → target @ location  [status]")
        try corpus.mergedEvents(type: type, minSources: minSources, limit: limit) { event in
            let parts = [event.actor ?? "?", "→", event.target ?? "?", "@", event.location ?? "?"].joined(separator: " ")
            Console.out("\((event.date ?? "-").padding(10))  \(event.type.padding(9))  \(String(event.sources).leftPadding(7))  \(event.eventID)  \(parts)"
                + (event.status.map { "  [\($0)]" } ?? "") + (event.disagreements.map { "  disagree: \($0)" } ?? ""))
        }
    }
}
