import NewsFrameCore

/// Event frames against gold: triggers by type (same type, overlapping trigger), arguments by
/// role within matched frames (an entity role is right when its canonical name matches, `time`,
/// `killed` and `injured` when the value does, `casualties` when the spans overlap), and pairwise cross-document
/// merge (two frames of different documents are one event in both gold and system).
public struct EventScore: Sendable {
    public static let scoredRoles = ["actor", "sponsor", "target", "location", "origin", "time", "weapon", "casualties", "killed", "injured"]

    public var triggers = PRF(truePositives: 0, systemCount: 0, goldCount: 0)
    public var byType: [String: PRF] = [:]
    public var arguments = PRF(truePositives: 0, systemCount: 0, goldCount: 0)
    public var byRole: [String: PRF] = [:]
    public var merge = PRF(truePositives: 0, systemCount: 0, goldCount: 0)
    /// Misses and spurious frames and arguments, for `--errors`.
    public var errors: [String] = []

    /// Per document, which gold frame each system frame matched, for scoring the merge.
    private var matched: [(docID: String, system: [Int: Int])] = []

    public init() {}

    public mutating func add(docID: String, text: ScalarText, gold: [EventFrame], system: [EventFrame]) {
        var used: Set<Int> = []
        var pairs: [Int: Int] = [:]
        for type in Set(gold.map(\.type) + system.map(\.type)) {
            var prf = byType[type] ?? PRF(truePositives: 0, systemCount: 0, goldCount: 0)
            prf.goldCount += gold.filter { $0.type == type }.count
            prf.systemCount += system.filter { $0.type == type }.count
            for (systemIndex, frame) in system.enumerated() where frame.type == type {
                guard let goldIndex = gold.indices.first(where: { !used.contains($0) && gold[$0].type == type && gold[$0].trigger.overlaps(frame.trigger) })
                else {
                    errors.append("\(docID) spurious \(EventDescription.line(frame, text, rule: true))")
                    continue
                }
                used.insert(goldIndex)
                pairs[systemIndex] = goldIndex
                prf.truePositives += 1
            }
            byType[type] = prf
        }
        for (goldIndex, frame) in gold.enumerated() where !used.contains(goldIndex) {
            errors.append("\(docID) missed \(EventDescription.line(frame, text))")
        }
        triggers.goldCount += gold.count
        triggers.systemCount += system.count
        triggers.truePositives += pairs.count
        for role in Self.scoredRoles {
            var prf = byRole[role] ?? PRF(truePositives: 0, systemCount: 0, goldCount: 0)
            prf.goldCount += gold.reduce(0) { $0 + keys($1, role).count }
            prf.systemCount += system.reduce(0) { $0 + keys($1, role).count }
            for (systemIndex, goldIndex) in pairs {
                let goldArguments = gold[goldIndex].arguments(role)
                var remaining = goldArguments
                for argument in system[systemIndex].arguments(role) {
                    if let found = remaining.firstIndex(where: { same($0, argument, role) }) {
                        remaining.remove(at: found)
                        prf.truePositives += 1
                    } else {
                        errors.append("\(docID) wrong \(role) \(describe(argument, text)) in '\(text.slice(system[systemIndex].trigger))' [\(argument.rule)]")
                    }
                }
                for argument in remaining {
                    errors.append("\(docID) missed \(role) \(describe(argument, text)) in '\(text.slice(gold[goldIndex].trigger))'")
                }
            }
            byRole[role] = prf
        }
        arguments = byRole.values.reduce(PRF(truePositives: 0, systemCount: 0, goldCount: 0)) {
            PRF(truePositives: $0.truePositives + $1.truePositives, systemCount: $0.systemCount + $1.systemCount, goldCount: $0.goldCount + $1.goldCount)
        }
        matched.append((docID, pairs))
    }

    private func keys(_ frame: EventFrame, _ role: String) -> [EventArgument] { frame.arguments(role) }

    private func same(_ gold: EventArgument, _ system: EventArgument, _ role: String) -> Bool {
        switch role {
        case "time", "killed", "injured": return gold.value == system.value
        case "casualties": return gold.span.overlaps(system.span)
        default:
            if let a = gold.canonical?.lowercased(), let b = system.canonical?.lowercased() { return a == b }
            return gold.span.overlaps(system.span)
        }
    }

    private func describe(_ argument: EventArgument, _ text: ScalarText) -> String {
        "'\(text.slice(argument.span))'" + (argument.value ?? argument.canonical).map { " (\($0))" }.orEmpty
    }

    /// Scores the merge: `goldIDs[doc][frame]` and `systemIDs[doc][frame]` are the event ids of
    /// each document's gold and system frames; only pairs across documents count.
    public mutating func scoreMerge(goldIDs: [String: [String?]], systemIDs: [String: [String?]]) {
        // Each system frame stands for the gold frame it matched, if any.
        var systemFrames: [(doc: String, event: String, gold: String?)] = []
        for (docID, pairs) in matched {
            for (systemIndex, id) in (systemIDs[docID] ?? []).enumerated() {
                guard let id else { continue }
                let goldID = pairs[systemIndex].flatMap { goldIDs[docID]?[$0] ?? nil }
                systemFrames.append((docID, id, goldID))
            }
        }
        var goldFrames: [(doc: String, event: String)] = []
        for (docID, ids) in goldIDs { for case let id? in ids { goldFrames.append((docID, id)) } }
        func crossPairs<T>(_ items: [T], doc: (T) -> String, event: (T) -> String) -> [(T, T)] {
            let groups = Dictionary(grouping: items, by: event)
            var result: [(T, T)] = []
            for group in groups.values where group.count > 1 {
                for a in 0..<group.count { for b in a + 1..<group.count where doc(group[a]) != doc(group[b]) { result.append((group[a], group[b])) } }
            }
            return result
        }
        let systemPairs = crossPairs(systemFrames, doc: { $0.doc }, event: { $0.event })
        merge.systemCount += systemPairs.count
        merge.goldCount += crossPairs(goldFrames, doc: { $0.doc }, event: { $0.event }).count
        merge.truePositives += systemPairs.filter { $0.0.gold != nil && $0.0.gold == $0.1.gold }.count
        // For --errors: pairs merged that gold keeps apart, and gold pairs the merge missed.
        for (a, b) in systemPairs where a.gold == nil || a.gold != b.gold {
            errors.append("merge spurious: \(a.doc) and \(b.doc) share \(a.event) (gold: \(a.gold ?? "no frame") | \(b.gold ?? "no frame"))")
        }
        var systemEventOfGold: [String: [Int: String]] = [:]
        for (docID, pairs) in matched {
            for (systemIndex, goldIndex) in pairs {
                guard let ids = systemIDs[docID], systemIndex < ids.count, let id = ids[systemIndex] else { continue }
                systemEventOfGold[docID, default: [:]][goldIndex] = id
            }
        }
        var goldIndexed: [(doc: String, index: Int, event: String)] = []
        for (docID, ids) in goldIDs.sorted(by: { $0.key < $1.key }) {
            for (index, id) in ids.enumerated() { if let id { goldIndexed.append((docID, index, id)) } }
        }
        for (a, b) in crossPairs(goldIndexed, doc: { $0.doc }, event: { $0.event }) {
            let first = systemEventOfGold[a.doc]?[a.index]
            let second = systemEventOfGold[b.doc]?[b.index]
            if first == nil || first != second {
                errors.append("merge missed: gold event \(a.event) in \(a.doc) and \(b.doc) (system: \(first ?? "no frame") | \(second ?? "no frame"))")
            }
        }
    }
}

extension Optional where Wrapped == String {
    var orEmpty: String { self ?? "" }
}
