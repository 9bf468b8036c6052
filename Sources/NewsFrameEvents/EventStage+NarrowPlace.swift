import NewsFrameCore

/// "Shelling hit the town of Shebekino in the Belgorod region", "raiders burned Tamsar village
/// in the Kolbe area": an attack on a town or a village happened there. A frame
/// placed only in a country or a wider area (a region, a district, an area) takes as its first
/// location the town it hit, which an analyst maps and a reader of the frame looks for. The
/// wider place stays as its second location: it joins reports that name only it. (A facility
/// hit is the frame's site already; its location stays the place phrase, `Corpus/README.md`.)
extension EventStage {
    /// The rule of a location taken from the town or facility hit.
    static let narrowPlaceRule = "events/narrower-place"

    func narrowPlace(_ frame: inout FrameDraft, _ tokens: EventTokens) {
        // (So does one the nearby-place rule only guessed from a sentence's places: "Bandits kill
        // Kolbe village head", then "invaded Tamsar village".)
        guard frame.type == "ATTACK", let location = frame.first("location"),
            isWidePlace(location, tokens) || location.rule.hasPrefix(Self.nearbyPlaceRule)
        else { return }
        for target in frame.arguments where target.role == "target" {
            // (A facility hit is the frame's site already, and its location stays the place phrase.)
            guard let mention = narrowPlaceMention(target, tokens), tokens.base.mentions[mention].type == "GPE" else { continue }
            let place = tokens.base.mentions[mention]
            // A town of another country is no part of this one.
            if let outer = country(of: location, tokens), let inner = place.country, inner != outer { continue }
            frame.insertLocation(FrameDraft.Argument(
                role: "location", range: tokens.base.mentionTokens[mention], canonical: place.canonical, entityType: place.type,
                rule: target.rule + "|" + Self.narrowPlaceRule))
            return
        }
    }

    /// A country, a first-level region, or an area a place noun names ("Isfarin district",
    /// "the Kolbe area of the northern province", "Belgorod region").
    func isWidePlace(_ argument: FrameDraft.Argument, _ tokens: EventTokens) -> Bool {
        ["GPE", "LOC"].contains(argument.entityType ?? "") && namesWideArea(argument.range, tokens)
    }

    /// Whether the words hold a country, a first-level region or a place noun.
    func namesWideArea(_ range: Range<Int>, _ tokens: EventTokens) -> Bool {
        range.contains { token in
            tokens.base.mentionAt[token].map { ["country", "region"].contains(tokens.base.mentions[$0].feature ?? "") } ?? false
                || tokens.has(token, "place_noun")
        }
    }

    /// The one named facility, or town or village (listed, or named only by the text: "Tamsar
    /// village"), an argument names: itself, or inside a description ("the town of Shebekino");
    /// nil for a wider area or a place only near ("near the base").
    func narrowPlaceMention(_ argument: FrameDraft.Argument, _ tokens: EventTokens) -> Int? {
        guard [nil, "FAC", "GPE"].contains(argument.entityType), !namesWideArea(argument.range, tokens), !FrameDraft.isNear(argument.range.lowerBound, tokens)
        else { return nil }
        var found: Int? = nil
        for token in argument.range {
            guard let mention = tokens.base.mentionAt[token], tokens.base.mentionTokens[mention].lowerBound == token || token == argument.range.lowerBound
            else { continue }
            let place = tokens.base.mentions[mention]
            guard place.type == "FAC" || (place.type == "GPE" && ["town", EntityMention.unlisted].contains(place.feature ?? "")) else { return nil }
            if found != nil { return nil }
            found = mention
        }
        return found
    }
}
