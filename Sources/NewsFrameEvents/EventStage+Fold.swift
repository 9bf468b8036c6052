import NewsFrameCore

/// One frame per event per document: a later mention of the same event folds into the
/// latest earlier frame of its type that it does not contradict, when the two share a
/// sentence, when the later one is a definite nominal ("the attack", "the barrage"), when it
/// gives neither date nor place, or when both name the same place (through `NameKey`), day,
/// weapon, named actor or target; a headline's frame takes the first body mention that fits. Dates on different
/// days, different places and different named actors never fold. A claim then links to the
/// attack it claims.
extension EventStage {
    func fold(_ drafts: [FrameDraft], _ tokens: EventTokens) -> [FrameDraft] {
        let keys = NameKeyCache(spelling: lexicon.spelling)
        // First the mentions of one sentence ("were wounded … in a rocket attack on the depot"), so
        // that a sentence is compared with the frames before it on all it says, not on its first
        // trigger alone.
        var sentences: [FrameDraft] = []
        for draft in drafts {
            let sentence = tokens.sentence[draft.mention.range.lowerBound]
            let same = sentences.indices.reversed().prefix { tokens.sentence[sentences[$0].mention.range.lowerBound] == sentence }
            // A definite nominal points back across sentences, except to the harm its own sentence
            // tells ("60 villagers were wounded in that raid": one event, told before).
            let anaphoric = isAnaphoric(draft, tokens)
            if !draft.foldOnly,
                let target = same.first(where: {
                    sentences[$0].type == draft.type && !conflict(draft, sentences[$0], tokens, keys) && !separated(sentences[$0], draft, tokens)
                        && !isConsequence(sentences[$0], draft, tokens)
                        && !isCompared(sentences[$0], draft, tokens)
                        && (!anaphoric || tokens.has(sentences[$0].mention.range.lowerBound, "casualty"))
                })
            {
                absorb(draft, into: &sentences[target], tokens)
                if anaphoric { sentences[target].pointsBackInSentence = true }
            } else {
                // "The explosions came two days after a truck bomb killed 12": the two are apart,
                // wherever the explosions fold.
                var draft = draft
                for index in same where sentences[index].type == draft.type {
                    // "The raid was similar to an ambush last year": a likeness compares two events.
                    if isCompared(sentences[index], draft, tokens) || isConsequence(sentences[index], draft, tokens) {
                        draft.apartFrom += [sentences[index].mention.range] + sentences[index].folded
                    }
                    guard let offset = spanOffset(sentences[index], draft, tokens) else { continue }
                    draft.apartFrom += [sentences[index].mention.range] + sentences[index].folded
                    if draft.apartBy == nil, let span = tokens.timexAt[offset - 1], let days = Self.days(ofDuration: tokens.timexes[span].value) {
                        let start = tokens.base.index(atOrAfter: tokens.timexes[span].start)
                        draft.apartBy = (tokens.has(offset, "offset_after") ? -days : days, start..<offset)
                    }
                }
                sentences.append(draft)
            }
        }
        var frames: [FrameDraft] = []
        var headlineFolded: Set<Int> = []
        // The frames by when the text last told of them, latest last: "Thursday's attack took
        // place near the checkpoint" brings the attack back into focus over a tally told between,
        // and what follows goes on telling of it.
        var focus: [Int] = []
        for draft in sentences {
            // "The first attack targeted …, while the second …": a numbered member of a series is
            // an event of its own, not one told before.
            if isSeriesMember(draft, tokens) || opensSeparately(draft, tokens) || isAnother(draft, tokens) {
                var draft = draft
                if isSeriesMember(draft, tokens) { shareUmbrella(&draft, frames, focus, tokens) }
                frames.append(draft)
                focus.insert(frames.count - 1, at: isEarlier(draft, tokens) ? max(0, focus.count - 1) : focus.count)
                continue
            }
            // "This attack in Tamsar": a mention that points back to an event at a place it names
            // points to the frame at that place (or in the country or region that holds it),
            // before a later frame that names none.
            let sameSite = draft.siteArgument.flatMap { site in
                pointsBack(draft, tokens)
                    ? focus.reversed().first { index in
                        frames[index].siteArgument.map { other in
                            keys.key(other.canonical!).isCompatible(with: keys.key(site.canonical!)) || holds(other, site, tokens)
                        } == true && !isApart(draft, frames[index]) && foldable(draft, into: frames[index], tokens, keys)
                    } : nil
            }
            // (A tally of many events, "170 rebels and troops have been killed this year", is no
            // event a later mention goes on telling of.)
            var target = sameSite ?? focus.reversed().first {
                !isApart(draft, frames[$0]) && !isTally(frames[$0], tokens) && foldable(draft, into: frames[$0], tokens, keys)
            }
            // A headline's frame is the event its article reports first.
            if target == nil, !isHeadline(draft.mention.range.lowerBound, tokens),
                let headline = frames.indices.first(where: {
                    isHeadline(frames[$0].mention.range.lowerBound, tokens) && !headlineFolded.contains($0) && frames[$0].type == draft.type
                        && !isApart(draft, frames[$0])
                        && !conflict(draft, frames[$0], tokens, keys, countryHoldsTown: true)
                })
            {
                target = headline
            }
            // "Five engineers were among those killed in the attack, a report said. A suicide bomber
            // targeted their convoy on March 26": the article's only frame of the type so far, which
            // says nothing of who, what, where or when, is the event it goes on to tell.
            // Harm alone ("the group that has killed thousands") is no such telling.
            if target == nil, !tokens.has(draft.mention.range.lowerBound, "casualty"), frames.filter({ $0.type == draft.type }).count == 1,
                let bare = frames.indices.first(where: { frames[$0].type == draft.type }), isBare(frames[bare]), !isApart(draft, frames[bare]),
                !isTally(frames[bare], tokens)
            {
                target = bare
            }
            if let target {
                // (A mention that points back, "where the bombing happened", is no telling of its own:
                // the headline still waits for its lead.)
                if isHeadline(frames[target].mention.range.lowerBound, tokens), !pointsBack(draft, tokens) { headlineFolded.insert(target) }
                absorb(draft, into: &frames[target], tokens)
                focus.removeAll { $0 == target }
                // (Told again only as the time before or after another, "The raid on Monday came a
                // day after bandits shot six drivers", it stays below that one in focus.)
                let other = focus.lastIndex { isApart(draft, frames[$0]) }
                focus.insert(target, at: other ?? focus.count)
            } else if !draft.foldOnly {
                frames.append(draft)
                // An event told only as the time before or after another ("came a day after a
                // similar attack killed …") comes into focus just below that one: what follows
                // goes on telling of the other, unless it cannot be it.
                let other = focus.lastIndex { isApart(draft, frames[$0]) }
                focus.insert(frames.count - 1, at: other ?? focus.count)
            }
        }
        dateApart(&frames, tokens)
        return frames
    }

    /// "The group attacked three bases with drones on January 5. The first attack targeted …":
    /// a numbered member of a series told right after the mention that counts the series takes
    /// the doer, the day and the weapons that mention gives, where it names none of its own.
    func shareUmbrella(_ draft: inout FrameDraft, _ frames: [FrameDraft], _ focus: [Int], _ tokens: EventTokens) {
        // (Past the members told before it: "The first attack …, while the second and third …".)
        let sentence = tokens.sentence[draft.mention.range.lowerBound]
        guard let index = focus.last(where: { !isSeriesMember(frames[$0], tokens) }), frames[index].type == draft.type,
            focus.suffix(from: focus.lastIndex(of: index)! + 1).allSatisfy({ isSeriesMember(frames[$0], tokens) }),
            ([frames[index].mention.range] + frames[index].folded).contains(where: { tokens.sentence[$0.lowerBound] == sentence - 1 })
        else { return }
        let umbrella = frames[index]
        for role in ["actor", "sponsor", "time", "weapon"] where draft.first(role) == nil {
            for argument in umbrella.arguments where argument.role == role {
                var shared = argument
                shared.rule += "|" + Self.seriesUmbrellaRule
                draft.add(shared)
            }
        }
    }

    /// The rule of an argument a member of a series takes from the mention that counts it.
    static let seriesUmbrellaRule = "events/series-umbrella"

    /// A mention in a sentence that opens by saying it tells another event ("In a separate
    /// incident on Saturday, …", class `separate`): never one told before, whatever it shares.
    func opensSeparately(_ draft: FrameDraft, _ tokens: EventTokens) -> Bool {
        let sentence = tokens.sentenceRange[tokens.sentence[draft.mention.range.lowerBound]]
        return tokens.has(sentence.lowerBound, "separate")
    }

    /// "killed in another IED blast": an attack noun a word of otherness modifies (class
    /// `another`) names an event besides those told, never one told before. Before a number it
    /// counts things, not events ("one rocket hit the house and another two struck a car":
    /// one strike). So does a word of an earlier time without a definite article ("in an
    /// earlier attack", class `anterior`).
    func isAnother(_ draft: FrameDraft, _ tokens: EventTokens) -> Bool {
        isEarlier(draft, tokens) || otherness(draft, tokens) { position, mention in
            // (A number right before the attack noun counts events again: "another two airstrikes".)
            tokens.has(position, "another")
                && (number(position + 1, tokens) == nil || (position + 2 == mention.lowerBound && mention == draft.mention.range && draft.mention.isNoun))
        }
    }

    /// Whether the event is told as an earlier one ("killed in an earlier raid"): told in
    /// passing, it does not take the focus from the event the report goes on telling of.
    func isEarlier(_ draft: FrameDraft, _ tokens: EventTokens) -> Bool {
        // (Six words back: a name of several words may stand between, "an earlier Kata'ib Hezbollah rocket attack".)
        otherness(draft, tokens, within: 6) { isEarlier($0, $1, tokens) && ($1 != draft.mention.range || draft.mention.isNoun) }
    }

    /// Whether the word at `position` makes the mention right after it an earlier one: an
    /// indefinite "an earlier attack", not "the earlier attack" (which may point back) nor
    /// "prior to the attack" (callers ask that a draft's own mention be a noun). Names and weapons
    /// may stand between: "an earlier RSF strike", "an earlier Israeli drone attack".
    func isEarlier(_ position: Int, _ mention: Range<Int>, _ tokens: EventTokens) -> Bool {
        guard position < mention.lowerBound, tokens.has(position, "anterior"), position > 0, !tokens.has(position - 1, "definite") else { return false }
        return (position + 1..<mention.lowerBound).allSatisfy { tokens.base.mentionAt[$0] != nil || tokens.weaponAt[$0] != nil }
    }

    /// Whether a word the test accepts (given its position and the mention) stands in the three
    /// (or `within`) words before a mention of the draft's own sentence, in its clause.
    func otherness(_ draft: FrameDraft, _ tokens: EventTokens, within: Int = 3, _ test: (Int, Range<Int>) -> Bool) -> Bool {
        ([draft.mention.range] + draft.folded).contains { range in
            range.lowerBound > 0 && tokens.sentence[range.lowerBound] == tokens.sentence[draft.mention.range.lowerBound]
                && (max(tokens.clauseStart(range.lowerBound), range.lowerBound - within)..<range.lowerBound).contains { test($0, range) }
        }
    }

    /// Whether a frame holds a mention the draft's own sentence set apart from it in time.
    func isApart(_ draft: FrameDraft, _ frame: FrameDraft) -> Bool {
        draft.apartFrom.contains { $0 == frame.mention.range || frame.folded.contains($0) }
    }

    /// A mention numbered by an ordinal in its clause ("the first attack", "the second and
    /// third strikes"), itself or folded into the draft from its sentence.
    /// A series takes two ordinals in the sentence or the next ("the first …, the second …");
    /// one alone ranks the event among others of its kind ("the group's first fatal assault").
    func isSeriesMember(_ draft: FrameDraft, _ tokens: EventTokens) -> Bool {
        ([draft.mention.range] + draft.folded).contains { range in
            // (An ordinal that counts the doers, "two gunmen, the first of whom opened fire",
            // numbers no attack.)
            guard let ordinal = (max(tokens.clauseStart(range.lowerBound), range.lowerBound - 3)..<range.lowerBound).first(where: { tokens.has($0, "ordinal") }),
                !(ordinal..<range.lowerBound).contains(where: { tokens.has($0, "relative") })
            else { return false }
            let sentence = tokens.sentence[range.lowerBound]
            let last = min(sentence + 1, tokens.sentenceRange.count - 1)
            let span = tokens.sentenceRange[sentence].lowerBound..<tokens.sentenceRange[last].upperBound
            return span.contains { $0 != ordinal && tokens.has($0, "ordinal") && tokens.lower[$0] != tokens.lower[ordinal] }
        }
    }

    /// "the attack", "the barrage", "Sunday's attack": a definite nominal points back to an
    /// event told before.
    func isAnaphoric(_ draft: FrameDraft, _ tokens: EventTokens) -> Bool {
        let start = draft.mention.range.lowerBound
        return draft.mention.isNoun && start > 0 && (tokens.isDefinite(before: start) || draft.mention.isDatedPossessive)
    }

    /// A frame that names no participant, place, date or weapon.
    func isBare(_ frame: FrameDraft) -> Bool {
        !frame.arguments.contains { ["actor", "target", "location", "time", "weapon", "origin"].contains($0.role) }
    }

    /// A sentence's frame that names its event by a definite nominal among its mentions ("60
    /// villagers were wounded in that raid"): it tells of an event told before.
    /// So does a verb right after a definite noun for the one who did it ("The gunman opened fire
    /// on the guards", class `perpetrator`): the deed of one the text told of.
    func pointsBack(_ draft: FrameDraft, _ tokens: EventTokens) -> Bool {
        let start = draft.mention.range.lowerBound
        if !draft.mention.isNoun, start >= 1, tokens.has(start - 1, "perpetrator"), tokens.isDefinite(before: start - 1) { return true }
        // (A folded word that can only be a verb is no definite mention: "an attack … that killed
        // about 100 people" has a relative "that", not a determiner, before "killed".)
        return isAnaphoric(draft, tokens) || draft.pointsBackInSentence || draft.folded.contains { range in
            range.lowerBound > 0 && tokens.sentence[range.lowerBound] == tokens.sentence[draft.mention.range.lowerBound]
                && tokens.isDefinite(before: range.lowerBound)
                && lexicon.hasTrigger(written: Array(tokens.lower[range])) { $0.part == .noun }
        }
    }

    /// Whether a word of likeness stands between two mentions of one sentence ("was reminiscent
    /// of an ambush"): what is compared is another event.
    func isCompared(_ earlier: FrameDraft, _ later: FrameDraft, _ tokens: EventTokens) -> Bool {
        (earlier.mention.range.upperBound..<max(earlier.mention.range.upperBound, later.mention.range.lowerBound)).contains { tokens.has($0, "likeness") }
    }

    /// Two mentions of one sentence that a word of time order stands between ("The attack came
    /// two days after a rocket struck", "killed since the October 7 attack") are two events;
    /// "wounded when a drone struck" is one, and so is harm told before or after its attack.
    func separated(_ earlier: FrameDraft, _ later: FrameDraft, _ tokens: EventTokens) -> Bool {
        // "died in a blast after the convoy was ambushed": harm follows its attack; but "killed
        // six guards on Sunday, two weeks after rebels ambushed a convoy" counts the time between
        // two events.
        let harm = tokens.has(earlier.mention.range.lowerBound, "casualty") || tokens.has(later.mention.range.lowerBound, "casualty")
        let between = earlier.mention.range.upperBound..<max(earlier.mention.range.upperBound, later.mention.range.lowerBound)
        return between.contains { position in
            guard !tokens.has(position, "sequence") else { return true }
            return isOffsetWord(position, tokens) && (!harm || isSpanBefore(position, tokens))
        }
    }

    /// Whether a word of effect stands between two mentions of one sentence ("killed six guards,
    /// prompting airstrikes", "struck the camp in retaliation for an ambush", class
    /// `consequence`): an event and what it led to, or what it answered, are two.
    /// (Attacks only: two statements around "in response to" may be one statement.)
    func isConsequence(_ earlier: FrameDraft, _ later: FrameDraft, _ tokens: EventTokens) -> Bool {
        guard later.entry.type == "ATTACK" else { return false }
        return (earlier.mention.range.upperBound..<max(earlier.mention.range.upperBound, later.mention.range.lowerBound)).contains { tokens.has($0, "consequence") }
    }

    /// The offset word, with a span of time before it, that stands between two mentions of one
    /// sentence ("The explosions came two days after a truck bomb killed 12"): two events,
    /// whichever frames they join.
    func spanOffset(_ earlier: FrameDraft, _ later: FrameDraft, _ tokens: EventTokens) -> Int? {
        (earlier.mention.range.upperBound..<max(earlier.mention.range.upperBound, later.mention.range.lowerBound)).first { position in
            isOffsetWord(position, tokens) && isSpanBefore(position, tokens)
        }
    }

    /// A frame set apart by a span of whole days from one dated to the day, and undated itself,
    /// takes the day the span gives.
    func dateApart(_ frames: inout [FrameDraft], _ tokens: EventTokens) {
        for index in frames.indices {
            guard let (days, words) = frames[index].apartBy, frames[index].first("time").map({ $0.rule == Self.reportDateRule }) ?? true,
                let other = frames.firstIndex(where: { isApart(frames[index], $0) }),
                let day = frames[other].first("time").flatMap({ DayRange(value: $0.value ?? "") }), day.length == 1
            else { continue }
            frames[index].arguments.removeAll { $0.role == "time" }
            frames[index].add(FrameDraft.Argument(role: "time", range: words, value: DayRange.string(day.first + days), rule: "events/time-apart"))
        }
    }

    /// Whether a word orders two events in time ("after", "before", "following").
    func isOffsetWord(_ position: Int, _ tokens: EventTokens) -> Bool {
        tokens.has(position, "offset_after") || tokens.has(position, "offset_before")
    }

    /// Whether a span of time ("two weeks", "a day") ends right before an offset word.
    func isSpanBefore(_ position: Int, _ tokens: EventTokens) -> Bool {
        position > 0 && tokens.timexAt[position - 1].map { tokens.timexes[$0].type == "DURATION" } == true
    }

    /// A later mention's arguments join the frame where its role is still empty (weapons add up),
    /// with its statuses and its mentions.
    func absorb(_ draft: FrameDraft, into frame: inout FrameDraft, _ tokens: EventTokens) {
        // "A gunman opened fire … The assailant was shot dead by a police officer": the end of
        // those who carried out the attack is neither what it hit nor one of its dead (the
        // frame of a settler who killed an assailant keeps him).
        var draft = draft
        if let hit = draft.first("target"), let head = hit.range.last, tokens.has(head, "perpetrator"), tokens.isDefinite(before: hit.range.lowerBound),
            let doer = frame.first("actor"), doer.entityType == "ORG" || doer.range.last.map({ tokens.has($0, "perpetrator") }) == true
        {
            draft.arguments.removeAll { ["target", "killed", "injured", "casualties"].contains($0.role) }
            draft.victims = nil
        }
        // A country read as the actor from before the attack noun gives way to a named actor,
        // and places the attack if nothing else does.
        if isCountryModifierActor(frame, tokens), let actor = draft.first("actor"), actor.entityType != nil, !isCountryOnly(actor, tokens),
            let country = frame.first("actor")
        {
            frame.arguments.removeAll { $0.role == "actor" }
            if frame.first("location") == nil, draft.first("location") == nil { frame.add(countryPlace(country)) }
        } else if isCountryModifierActor(draft, tokens), let country = draft.first("actor"), let actor = frame.first("actor"), !isCountryOnly(actor, tokens),
            frame.first("location") == nil, draft.first("location") == nil
        {
            frame.add(countryPlace(country))
        }
        // Those who attacked, told as a phrase of their own ("Jihadists attacked a base"), replace
        // the noun that modified an attack noun before ("a jihadist attack").
        if frame.first("actor")?.rule.hasPrefix(Self.nominalActorRule) == true, let actor = draft.first("actor"), !actor.rule.hasPrefix(Self.nominalActorRule) {
            frame.arguments.removeAll { $0.role == "actor" }
        }
        // The event's own day replaces a report's (a month or a season says less).
        if frame.first("time")?.rule == Self.reportDateRule, let time = draft.first("time"), time.rule != Self.reportDateRule,
            DayRange(value: time.value ?? "")?.length == 1
        {
            frame.arguments.removeAll { $0.role == "time" }
        }
        // A town or village replaces the country alone ("in Nigeria" told first, "in the village
        // of Kwatas" after), and comes before a region or district told first, as a named site
        // does ("in Texas", then "at Grace Hill Church").
        // (Only by a place on land: a sea named later may be a looser telling, and would keep
        // apart mentions that "in the Red Sea" joins.)
        if let place = frame.first("location"), let other = draft.first("location"), ["GPE", "FAC"].contains(other.entityType ?? "") {
            // (A site does not replace a country: the town it lies in may yet be told.)
            if isCountryOnly(place, tokens) {
                if other.entityType == "GPE", !isCountryOnly(other, tokens) { frame.arguments.removeAll { $0.role == "location" } }
            } else if isWidePlace(place, tokens) || isListedTown(place, tokens),
                narrowPlaceMention(other, tokens).map({
                    !isListedTown(place, tokens) || tokens.base.mentions[$0].feature == EntityMention.unlisted
                }) ?? false
                    || isTold(other, inside: place, tokens) || (isListedRegion(place, tokens) && !isLocated(other, tokens)),
                frame.arguments.filter({ $0.role == "location" }).count == 1
            {
                // (After a listed town, only a settlement no gazetteer lists, which is smaller:
                // "in Marib", then "hit the house … in Al-Jawba"; after a listed first-level
                // region, an area only the text names too: "in Ghazni province", then "in the Ab
                // Band district".)
                frame.insertLocation(other)
            }
        }
        // A town or facility hit replaces a country or region hit told first (the headline's
        // "strike on the Belgorod region", the lead's "on the town of Shebekino in the Belgorod region").
        if let hit = frame.first("target"), isWidePlace(hit, tokens), let other = draft.first("target"), let inner = narrowPlaceMention(other, tokens),
            tokens.base.mentions[inner].country.map({ inner in country(of: hit, tokens).map { $0 == inner } ?? true }) ?? true
        {
            frame.arguments.removeAll { $0.role == "target" }
        }
        // A named place or thing replaces the bare noun told first that it is one of ("airstrikes
        // on a village" told first, "the attack on Kolbe village" after).
        // (So does a named ship or facility the bare noun of a thing told first: "attacks on
        // shipping", then "the True Confidence"; people hit stay the target.)
        if let hit = frame.first("target"), let other = draft.first("target"),
            names(other, hit, tokens) || (hit.entityType == nil && ["VEHICLE", "FAC"].contains(other.entityType ?? "")
                && hit.range.last.map { !tokens.has($0, "victim") && !tokens.has($0, "person") } == true)
        {
            frame.arguments.removeAll { $0.role == "target" }
        }
        // The body's harm, told with its victims, replaces the headline's summary of it in the
        // present ("Drone strike wounds four", then "Four service members were wounded").
        if let summary = frame.first("casualties"), summary.rule == Self.summaryCasualtiesRule, isHeadline(summary.range.lowerBound, tokens),
            let told = draft.first("casualties"), !isHeadline(told.range.lowerBound, tokens),
            // (Not by a part of the toll: "kill five soldiers, four civilians", then "two gendarmes
            // were killed".)
            ["killed", "injured"].allSatisfy({ role in (draft.first(role)?.count ?? .max) >= (frame.first(role)?.count ?? 0) })
        {
            let replaced = ["casualties"] + ["killed", "injured"].filter { draft.first($0) != nil }
            frame.arguments.removeAll { replaced.contains($0.role) && isHeadline($0.range.lowerBound, tokens) }
        }
        // A number replaces a quantity word's lower bound ("Dozens were killed" told first).
        for role in ["killed", "injured"] where frame.first(role)?.rule == Self.vagueHarmRule {
            if let exact = draft.first(role), exact.rule != Self.vagueHarmRule { frame.arguments.removeAll { $0.role == role } }
        }
        for argument in draft.arguments where frame.first(argument.role) == nil || argument.role == "weapon" {
            frame.add(argument)
        }
        frame.status.formUnion(draft.status)
        if frame.victims == nil { frame.victims = draft.victims }
        frame.folded.append(draft.mention.range)
        frame.folded += draft.folded
        if !frame.rules.contains("events/fold") { frame.rules.append("events/fold") }
    }

    func foldable(_ later: FrameDraft, into earlier: FrameDraft, _ tokens: EventTokens, _ keys: NameKeyCache) -> Bool {
        guard later.type == earlier.type else { return false }
        let laterStart = later.mention.range.lowerBound
        let earlierStart = earlier.mention.range.lowerBound
        // "the attack", "the barrage": a definite nominal names an event the article has told of;
        // the date of its clause may be another verb's ("had claimed the strike on Wednesday").
        // A report tells its fresh event undated and an older one with its date ("…were wounded
        // in explosions blamed on the group in May", "the Solhan attack in June 2021"): a mention
        // dated over a week before the report is another event than an undated one told before it,
        // and so is one dated to a month or more that began so and ended before the report ("last
        // month"; "last week" may be the fresh event's own week).
        if earlier.first("time") == nil || earlier.first("time")?.rule == Self.reportDateRule, let report = tokens.reportDay,
            let day = later.first("time").flatMap({ $0.rule == Self.reportDateRule ? nil : DayRange(value: $0.value ?? "") }),
            day.last < report.first - 7 || (day.last < report.first && day.length >= 28 && day.first < report.first - 7)
        {
            return false
        }
        if pointsBack(later, tokens) {
            // Nor does a place no gazetteer lists tell it apart ("the raid also hit the town's
            // Tandigou neighbourhood").
            // ("Sunday's attack" keeps its date: it names the day of the event it points to.)
            var undated = later
            undated.arguments.removeAll {
                ($0.role == "time" && !later.mention.isDatedPossessive) || ($0.entityType == "GPE" && !isLocated($0, tokens))
            }
            // A definite mention that gives only a place is an account of where the event was,
            // not another event ("Jordan's government said the attack took place in Syria").
            if undated.arguments.allSatisfy({ $0.role == "location" }) { return true }
            // (A mention that points back keeps to its event whatever country a phrase of it names:
            // "the raid, it said, answered the shelling of villages in Kolbe".)
            return !conflict(undated, earlier, tokens, keys, countryHoldsTown: true, countriesApart: false)
        }
        if tokens.sentence[laterStart] == tokens.sentence[earlierStart], !separated(earlier, later, tokens) {
            // One sentence may name the country and then the town ("killed in Ecuador following
            // an attack … in Guayaquil"): there the two are one place.
            var (a, b) = (later, earlier)
            if let x = later.siteArgument, let y = earlier.siteArgument, isCountryOnly(x, tokens) != isCountryOnly(y, tokens),
                country(of: x, tokens) != nil, country(of: x, tokens) == country(of: y, tokens)
            {
                if isCountryOnly(x, tokens) {
                    a.arguments.removeAll { $0.role == x.role && $0.range == x.range }
                } else {
                    b.arguments.removeAll { $0.role == y.role && $0.range == y.range }
                }
            }
            // "Rebels kill five in Somalia attack": a country before the attack noun, read as its
            // actor, gives way to the actor the rest of the sentence names.
            if isCountryModifierActor(a, tokens), b.first("actor").map({ !isCountryOnly($0, tokens) }) == true {
                a.arguments.removeAll { $0.role == "actor" }
            } else if isCountryModifierActor(b, tokens), a.first("actor").map({ !isCountryOnly($0, tokens) }) == true {
                b.arguments.removeAll { $0.role == "actor" }
            }
            return !conflict(a, b, tokens, keys)
        }
        // The sentence right after the one that first told the event may name the town in the
        // country or province told there ("an assault on a market town in Kolbe province. …
        // stormed the town of Tandigou"): there the wider place holds the narrower, and shares it.
        let sentence = tokens.sentenceRange[tokens.sentence[laterStart]]
        let succeeds = tokens.has(sentence.lowerBound, "succession") && !sentence.contains { tokens.base.cueAt[$0] != nil }
        // (A headline's frame first tells its event in the lead it took in: the sentence after
        // the lead is the one after the first telling.)
        let firstTold = isHeadline(earlierStart, tokens) ? earlier.folded.first { !isHeadline($0.lowerBound, tokens) }?.lowerBound ?? earlierStart : earlierStart
        let adjacent = !succeeds && tokens.sentence[firstTold] + 1 == tokens.sentence[laterStart]
        // (Nor is a town in the country told first, on the same day: "a convoy struck a mine in
        // Mali on Tuesday. … 'Early today near Ansongo, a truck of the convoy was hit'".)
        guard !conflict(later, earlier, tokens, keys, countryHoldsTown: adjacent || sameDay(later, earlier)) else { return false }
        // (Either way round: a headline's town and its lead's "in northern Kenya".)
        // (A settlement no gazetteer lists may lie in the country or region told first: "in Mali",
        // then "the gang attacked in the town of Tamsar".)
        if adjacent, let x = earlier.siteArgument, let y = later.siteArgument,
            holds(x, y, tokens) || holds(y, x, tokens) || (isWidePlace(x, tokens) && y.entityType == "GPE" && !isLocated(y, tokens))
        {
            return true
        }
        // A mention with neither date nor place ("most of the missiles were intercepted") goes on
        // telling of the event before it.
        // (A place no gazetteer knows, told after a known one, is no place of its own here; nor
        // is a report's date a date of its own.)
        let unknownPlace = later.siteArgument.map { $0.entityType == "GPE" && !isLocated($0, tokens) } ?? false
        let knownEarlier = earlier.siteArgument.map { isLocated($0, tokens) } ?? false
        let undated = later.first("time").map { $0.rule == Self.reportDateRule } ?? true
        // ("Later in the day a convoy was struck" tells another event: only what it shares folds
        // it; "Earlier, the embassy confirmed that…" orders reports, not events.)
        if undated, !succeeds, later.site == nil || (unknownPlace && knownEarlier) { return true }
        // "Gunmen killed five students, authorities said on Tuesday. Shooters fired on them on
        // Monday…": the sentence right after a lead dated only by its report gives the event's
        // own day, which it then takes; it tells that event on, not another.
        let reportOnly = earlier.first("time").map { $0.rule == Self.reportDateRule } ?? true
        let laterSentence = tokens.sentence[laterStart]
        if reportOnly, !succeeds, !later.mention.isPluperfect, later.site == nil || earlier.site == nil,
            ([earlier.mention.range] + earlier.folded).contains(where: { tokens.sentence[$0.lowerBound] == laterSentence - 1 }),
            let report = tokens.reportDay, let day = later.first("time").flatMap({ DayRange(value: $0.value ?? "") }),
            day.length == 1, day.first <= report.first, day.first >= report.first - 7
        {
            return true
        }
        // Nothing disagrees and something is shared: the place, the day, the weapon, the named
        // actor or the thing hit ("killed in a drone attack" after "a drone struck Tower 22").
        if let site = later.site, let other = earlier.site, keys.key(site).isCompatible(with: keys.key(other)) { return true }
        if let day = later.first("time").flatMap({ DayRange(value: $0.value ?? "") }), day.length == 1,
            let other = earlier.first("time").flatMap({ DayRange(value: $0.value ?? "") }), other.length == 1, day.first == other.first
        {
            return true
        }
        // ("The bomb" after "a car bomb": one weapon told more briefly.)
        let weapons = earlier.arguments.filter { $0.role == "weapon" }.compactMap(\.canonical).map { keys.key($0) }
        if later.arguments.contains(where: { weapon in
            weapon.role == "weapon" && weapon.canonical.map { name in weapons.contains { $0.isCompatible(with: keys.key(name)) } } == true
        }) {
            return true
        }
        if let actor = later.first("actor"), actor.entityType != nil, actor.canonical == earlier.first("actor")?.canonical { return true }
        // "Bandits kill four … the bandits killed four farmers on Tuesday": a definite
        // description of the actor told before points back to them.
        if let actor = later.first("actor"), actor.entityType == nil, let other = earlier.first("actor"), other.entityType == nil,
            tokens.has(actor.range.lowerBound, "definite"), let head = actor.range.last, let otherHead = other.range.last,
            tokens.lower[head] == tokens.lower[otherHead]
        {
            return true
        }
        if let target = later.first("target")?.canonical, let other = earlier.first("target")?.canonical,
            keys.key(target).isCompatible(with: keys.key(other))
        {
            return true
        }
        // ("Warplanes struck a hamlet, killing seven. … Two jets bombed Dembelo hamlet on
        // Wednesday": the hamlet named.)
        if let target = later.first("target"), let other = earlier.first("target"), names(target, other, tokens) { return true }
        return false
    }

    /// Whether a named place or thing is the bare noun told of before: "Kolbe village" after
    /// "a village", by the head noun they share.
    func names(_ named: FrameDraft.Argument, _ bare: FrameDraft.Argument, _ tokens: EventTokens) -> Bool {
        guard bare.entityType == nil, named.entityType != nil, named.range.count > 1, let head = bare.range.last, let namedHead = named.range.last
        else { return false }
        // (By the words: a word no lexicon lists has no id of its own to compare.)
        return tokens.lower[head] == tokens.lower[namedHead]
    }

    /// Whether both mentions are dated, each by its own words, to one and the same day.
    func sameDay(_ a: FrameDraft, _ b: FrameDraft) -> Bool {
        guard let x = a.first("time"), let y = b.first("time"), x.rule != Self.reportDateRule, y.rule != Self.reportDateRule,
            let first = DayRange(value: x.value ?? ""), let second = DayRange(value: y.value ?? ""), first.length == 1, second.length == 1
        else { return false }
        return first.first == second.first
    }

    /// A first paragraph that is one line with no closing stop is a headline.
    func isHeadline(_ token: Int, _ tokens: EventTokens) -> Bool {
        tokens.paragraph[token] == 0 && tokens.opensWithHeadline
    }

    /// Two mentions disagree when both give a date, place or actor and these differ.
    func conflict(
        _ a: FrameDraft, _ b: FrameDraft, _ tokens: EventTokens, _ keys: NameKeyCache, countryHoldsTown: Bool = false, countriesApart: Bool = true
    ) -> Bool {
        // (A report's date is no date of the event to disagree with.)
        if let x = a.first("time"), let y = b.first("time"), x.rule != Self.reportDateRule, y.rule != Self.reportDateRule,
            let x = x.value, let y = y.value, x != y
        {
            // "2024-02-19" and "2024-02-19T03:00" are one day.
            guard let first = DayRange(value: x), let second = DayRange(value: y), first.first <= second.last, second.first <= first.last else { return true }
        }
        // Two bases, or two towns, are two attacks; a base and the country it is in are not.
        // A place no gazetteer knows ("Namoungou village") may lie in or by the known one it is
        // told with, so it tells two places apart only from another unknown one.
        // With `countryHoldsTown`, nor are a country and a town the gazetteer puts in it: a
        // headline's "in Pakistan" and its lead's town, or "The ambush happened near the port of
        // Gwadar" after "in Pakistan" (elsewhere a country may be told of another attack there).
        // (Nor does an area only the text names, "Kolbe Township", tell apart a settlement, which may lie in it.)
        if let x = a.siteArgument, let y = b.siteArgument, x.entityType == y.entityType, !keys.key(x.canonical!).isCompatible(with: keys.key(y.canonical!)),
            x.entityType != "GPE" || isLocated(x, tokens) == isLocated(y, tokens),
            a.isTextArea(x, tokens) == b.isTextArea(y, tokens),
            !countryHoldsTown || !(holds(x, y, tokens) || holds(y, x, tokens))
        {
            return true
        }
        if countriesApart, inCountriesApart(a, b, tokens) { return true }
        // Named actors that differ disagree; a description ("Iraqi security forces") does not, nor
        // does a name inside the other ("the Armed Forces of Ukraine" read as "Armed Forces", and
        // "Ukrainian Armed Forces").
        if let x = a.first("actor"), let y = b.first("actor"), x.canonical != y.canonical, x.entityType != nil, y.entityType != nil,
            !keys.key(x.canonical!).isCompatible(with: keys.key(y.canonical!))
        {
            return true
        }
        // Named targets that differ disagree; descriptions ("a high-rise building", "the building in Sumy") may be one thing.
        if let x = a.first("target"), let y = b.first("target"), x.entityType != nil, y.entityType != nil, x.canonical != y.canonical,
            a.site == nil || b.site == nil
        {
            return true
        }
        return false
    }

    /// Whether a wider place holds a narrower one: a country a place the gazetteer puts in it,
    /// or a first-level region a town of that region.
    func holds(_ wide: FrameDraft.Argument, _ narrow: FrameDraft.Argument, _ tokens: EventTokens) -> Bool {
        guard let outer = wide.range.lazy.compactMap({ tokens.base.mentionAt[$0] }).first,
            let inner = narrow.range.lazy.compactMap({ tokens.base.mentionAt[$0] }).first, outer != inner
        else { return false }
        let a = tokens.base.mentions[outer], b = tokens.base.mentions[inner]
        guard let country = a.country, b.country == country, b.feature != "country" else { return false }
        if a.feature == "country" { return true }
        return a.feature == "region" && a.admin1 != nil && b.admin1 == a.admin1 && b.feature != "region"
    }

    /// Places in two countries are two attacks, whatever kinds of place name them (a base in
    /// Iraq, a city in Syria). A place inside a country is compared with every country the other
    /// mention's places give, but two countries alone are not: a country's names may differ for one
    /// country ("DRC", "Congo"). A description is no place ("a small US outpost").
    func inCountriesApart(_ a: FrameDraft, _ b: FrameDraft, _ tokens: EventTokens) -> Bool {
        func isPlace(_ argument: FrameDraft.Argument) -> Bool {
            (argument.role == "location" || argument.role == "target") && FrameDraft.siteTypes.contains(argument.entityType ?? "")
        }
        // (Asked of every frame pair the fold compares: most frames name no place, and no set is made for them.)
        guard a.arguments.contains(where: isPlace), b.arguments.contains(where: isPlace) else { return false }
        func countries(_ draft: FrameDraft, inside: Bool) -> Set<String> {
            let places = draft.arguments.filter { argument in isPlace(argument) && (!inside || !isCountryOnly(argument, tokens)) }
            return Set(places.compactMap { country(of: $0, tokens) })
        }
        for (x, y) in [(a, b), (b, a)] {
            let inner = countries(x, inside: true), other = countries(y, inside: false)
            if !inner.isEmpty, !other.isEmpty, inner.isDisjoint(with: other) { return true }
        }
        return false
    }

    /// The country a frame took as its actor, as the place it gave way to.
    func countryPlace(_ country: FrameDraft.Argument) -> FrameDraft.Argument {
        FrameDraft.Argument(
            role: "location", range: country.range, canonical: country.canonical, entityType: country.entityType,
            rule: country.rule + "|events/fold-country-place")
    }

    /// Whether a frame's actor is only a country named before its attack noun ("Somalia
    /// attack"), which may say where as well as who.
    func isCountryModifierActor(_ draft: FrameDraft, _ tokens: EventTokens) -> Bool {
        guard let actor = draft.first("actor") else { return false }
        return actor.rule.hasPrefix("events/parse-nominal-modifier") && isCountryOnly(actor, tokens)
    }

    /// "in the Kolbeyurt District of Russia's Dagestan region", told after "in Dagestan": a
    /// place whose "of" phrase (or "in" phrase: "the Al-Noor mosque in Kandahar") names the
    /// wider place told first lies inside it, whatever the gazetteers know of it.
    func isTold(_ inner: FrameDraft.Argument, inside outer: FrameDraft.Argument, _ tokens: EventTokens) -> Bool {
        let of = inner.range.upperBound
        // ("the Al-Noor mosque in Kandahar": a place word that puts it inside, not "near".)
        guard let canonical = outer.canonical, of < tokens.count,
            lexicon.isA(tokens.lower[of], "of_object") || (tokens.has(of, "place") && !tokens.has(of, "vicinity"))
        else { return false }
        let sentence = tokens.sentence[of]
        for position in (of + 1)..<min(of + 7, tokens.count) {
            guard tokens.sentence[position] == sentence, !tokens.has(position, "clause") else { return false }
            if let mention = tokens.base.mentionAt[position], tokens.base.mentions[mention].canonical == canonical { return true }
        }
        return false
    }

    /// Whether the argument is a region a gazetteer lists (a first-level subdivision, or a
    /// hand-written region its attributes place in a country).
    func isListedRegion(_ argument: FrameDraft.Argument, _ tokens: EventTokens) -> Bool {
        ["GPE", "LOC"].contains(argument.entityType ?? "")
            && tokens.base.mentionAt[argument.range.lowerBound].map { tokens.base.mentions[$0].feature == "region" } ?? false
    }

    /// Whether the argument is a town a gazetteer lists.
    func isListedTown(_ argument: FrameDraft.Argument, _ tokens: EventTokens) -> Bool {
        argument.entityType == "GPE" && tokens.base.mentionAt[argument.range.lowerBound].map { tokens.base.mentions[$0].feature == "town" } ?? false
    }

    /// Whether the argument's place is a whole country.
    func isCountryOnly(_ argument: FrameDraft.Argument, _ tokens: EventTokens) -> Bool {
        guard argument.entityType == "GPE" else { return false }
        return argument.range.contains { token in
            tokens.base.mentionAt[token].map { tokens.base.mentions[$0].feature == "country" } ?? false
        }
    }

    /// The country the gazetteer puts the argument's place in.
    func country(of argument: FrameDraft.Argument, _ tokens: EventTokens) -> String? {
        argument.range.lazy.compactMap { tokens.base.mentionAt[$0].flatMap { tokens.base.mentions[$0].country } }.first
    }

    /// Whether a gazetteer lists the argument's place; one known only by its context ("Vido
    /// village") is unlisted.
    func isLocated(_ argument: FrameDraft.Argument, _ tokens: EventTokens) -> Bool {
        !argument.range.contains { token in tokens.base.mentionAt[token].map { tokens.base.mentions[$0].feature == EntityMention.unlisted } ?? false }
    }

    /// A claim claims the attack in its own sentence (after it: "claimed it attacked",
    /// "claimed responsibility for an attack on"; or before it: "…, which the group also
    /// claimed"), or the attack its definite object names. The attack then counts as claimed,
    /// and takes the claimant as its actor when it has none.
    func linkClaims(_ frames: inout [FrameDraft], _ tokens: EventTokens) {
        for index in frames.indices where frames[index].type == "CLAIM" {
            let claim = frames[index]
            let sentence = tokens.sentence[claim.mention.range.lowerBound]
            func inSentence(_ frame: FrameDraft) -> [Range<Int>] {
                ([frame.mention.range] + frame.folded).filter { tokens.sentence[$0.lowerBound] == sentence }
            }
            let candidates = frames.indices.filter { frames[$0].type == "ATTACK" && !inSentence(frames[$0]).isEmpty }
            let after = candidates.first { candidate in inSentence(frames[candidate]).contains { $0.lowerBound > claim.mention.range.lowerBound } }
            guard let attack = after ?? candidates.last else { continue }
            frames[index].attack = attack
            frames[attack].status.insert("claimed")
            // An attacker named only by description ("Iran-backed militants") is the claimant, when
            // named; so is one named only by a nationality, which a group's claim tells was whose,
            // not who ("Bus carrying Malian soldiers bombed", then a group claims the bombing).
            let nationality = frames[attack].first("actor").map { actor in
                tokens.base.mentionAt[actor.range.lowerBound].map { tokens.base.mentions[$0].type == "NORP" } ?? false
            } ?? false
            // (A person told as the one who did it, "a man confessed to the attack", stays: the
            // claimant speaks for a group, the man is who attacked.)
            let person = frames[attack].first("actor").map { actor in
                actor.rule.contains("events/parse-agency") && actor.entityType == nil
                    && actor.range.last.map { tokens.has($0, "person") && !tokens.has($0, "actor") } == true
            } ?? false
            let described = !person && frames[attack].first("actor").map { $0.entityType == nil } ?? true
                || (nationality && claim.first("actor")?.entityType == "ORG")
            // (A person who claims speaks for the group that attacked: "spokesman Zaid claimed the
            // bombing" names no attacker. A claimant told by a phrase replaces a noun that modified
            // the attack noun: "a militia attack", then "a resistance group claimed it".)
            if described, var actor = claim.first("actor"), actor.entityType != "PERSON",
                actor.entityType != nil || (frames[attack].first("actor")?.rule.hasPrefix(Self.nominalActorRule) ?? true)
            {
                frames[attack].arguments.removeAll { $0.role == "actor" }
                actor.rule = "events/claimant"
                frames[attack].add(actor)
            }
        }
    }
}
