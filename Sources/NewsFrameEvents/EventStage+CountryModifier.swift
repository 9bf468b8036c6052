import NewsFrameCore

/// "Iran attack on a Shiraz shrine", "Pakistan blast kills 12 in Peshawar": a country's
/// name before an attack noun is where as often as who. When the frame's place lies inside
/// that very country, the name told where: it is no actor. The arms of a state keep theirs
/// ("Myanmar air strike on a village in Sagaing", class `state_strike`), and so does a country
/// that attacked another ("Iran attack on Israel", a place of another country), and one whose
/// attack was on a place ("Ukraine attack on Donetsk"): a state may strike inside its borders.
extension EventStage {
    func dropCountryThatIsWhere(_ frame: inout FrameDraft, _ tokens: EventTokens) {
        guard frame.type == "ATTACK", isCountryModifierActor(frame, tokens), let actor = frame.first("actor"),
            let home = country(of: actor, tokens),
            !frame.arguments.contains(where: { $0.role == "target" && ["GPE", "LOC"].contains($0.entityType ?? "") })
        else { return }
        let sentence = tokens.sentence[actor.range.lowerBound]
        let after = actor.range.upperBound
        let nounEnd = min(after + 3, tokens.count - 1)
        if after <= nounEnd, (after...nounEnd).contains(where: { tokens.sentence[$0] == sentence && tokens.has($0, "state_strike") }) { return }
        let inside = frame.arguments.contains { place in
            place.role == "location" && !isCountryOnly(place, tokens) && country(of: place, tokens) == home
        }
        guard inside else { return }
        frame.arguments.removeAll { $0.role == "actor" && $0.range == actor.range }
    }
}
