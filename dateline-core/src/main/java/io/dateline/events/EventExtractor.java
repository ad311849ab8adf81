package io.dateline.events;

import io.dateline.model.ActorMention;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.ArticleIds;
import io.dateline.model.DateMention;
import io.dateline.model.Event;
import io.dateline.model.EventActor;
import io.dateline.model.EventLocation;
import io.dateline.model.PlaceMention;
import io.dateline.model.Span;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds and codes the events of an article, sentence by sentence and clause by clause. Only sentences with a trigger
 * are classified (and so embedded), which keeps the model's cost proportional to the eventful part of the text.
 */
public final class EventExtractor {
    /** A clause is a candidate only with a trigger at least this strong; weaker cues only help classify. */
    static final double CANDIDATE_WEIGHT = 0.6;
    /** A cue this strong lets the model's choice among the cued classes stand when its first reading had no cue. */
    static final double STRONG_CUE = 0.8;
    private static final Set<String> BE = Set.of("was", "were", "been", "being", "is", "are", "be", "got", "get");
    private static final Set<String> CASUALTY_WORDS = Set.of("killed", "dead", "died", "wounded", "injured",
            "killing", "injuring", "wounding", "casualties", "bodies", "fatalities", "fatality", "neutralised",
            "neutralized", "toll", "martyred", "martyrdom");
    private static final Set<EventClass> FOLLOW_UPS = Set.of(EventClass.ARREST, EventClass.DISR_WEAP,
            EventClass.ABDUCT_DISSAP, EventClass.PROPERTY_DISTRUCT);

    private final EventClassifier classifier;

    public EventExtractor(EventClassifier classifier) {
        this.classifier = classifier;
    }

    public List<Event> extract(AnnotatedArticle article) {
        String text = article.text();
        LocalDate published = article.article().publicationDate();
        List<Event> events = new ArrayList<>();
        Carry carried = null; // where the previous sentence's action happened, worked out only if asked
        int carriedEnd = -1;
        List<Span> sentences = WireDateline.joined(article.sentences(), text);
        for (Span sentence : sentences) {
            Carry previous = carried;
            int previousEnd = carriedEnd;
            Carry recent = new Carry(() -> {
                EventLocation l = previous != null && sentence.start() - previousEnd < CARRY_OVER_CHARS
                        ? previous.get() : null;
                return l != null ? l : recentPlace(article.places(), sentence);
            });
            carried = extractSentence(article, text, sentence, published, events, recent);
            carriedEnd = sentence.end();
        }
        if (published == null) {
            return events;
        }
        // a follow-up that takes the previous sentence's day stays less sure: its own words did not date it
        int leadEnd = sentences.isEmpty() ? 0 : sentences.get(0).end();
        String day = published.toString();
        List<Event> ranked = lessSure(Headlines.foldedIntoTheLead(events, sentences, day), published, text, leadEnd);
        List<Event> dated = FollowUpSentences.datedByTheNextSentence(ranked, sentences, day, text);
        List<Event> followedUp = FollowUpSentences.apply(dated, sentences, day, text,
                storyDay(article.dates(), leadEnd, published));
        List<Event> claimed = ClaimsOfResponsibility.apply(FollowUpSentences.arrestsBelowViolence(followedUp, text),
                text);
        return closingCount(claimed, sentences, text);
    }

    /** Days before the report within which the lead's one named day is the story's day. */
    private static final int STORY_DAYS = 7;

    /** The one day the lead sentence names, within a week before the report, or null. */
    private static String storyDay(List<DateMention> dates, int leadEnd, LocalDate published) {
        String day = null;
        String earliest = published.minusDays(STORY_DAYS).toString();
        for (DateMention d : dates) {
            if (d.start() >= leadEnd) {
                break;
            }
            boolean inWeek = "day".equals(d.precision()) && d.value() != null && d.value().length() == 10
                    && d.value().compareTo(earliest) >= 0 && d.value().compareTo(published.toString()) <= 0;
            if (inWeek && day != null && !day.equals(d.value())) {
                return null; // two days named: the lead tells no one story day
            }
            day = inWeek ? d.value() : day;
        }
        return day;
    }

    /** Sentences at a note's end that may hold its closing count ("... 2 fatalities." or "Fatalities: 0."). */
    private static final int CLOSING_SENTENCES = 2;

    /**
     * An ACLED note's closing count ("6 fatalities.", "Fatalities: 0") is the coder's figure for the note's event,
     * its most confident deadly one, replacing whatever the sentences before told or added up.
     */
    private static List<Event> closingCount(List<Event> events, List<Span> sentences, String text) {
        int at = mostConfidentDeadly(events);
        for (int k = sentences.size() - 1; at >= 0 && k >= 0 && k >= sentences.size() - CLOSING_SENTENCES; k--) {
            Span sentence = sentences.get(k);
            int word = text.indexOf("atalit", sentence.start());
            if (word < 0 || word >= sentence.end()) {
                continue; // no "fatalities" here: most articles are not notes, and need no tokens for this
            }
            Words w = Words.of(text, sentence.start(), sentence.end());
            if (CasualtyCounter.closingCount(w, 0, w.size())) {
                Casualties stated = CasualtyCounter.count(w, 0, w.size());
                List<Event> out = new ArrayList<>(events);
                out.set(at, events.get(at).withStatedCasualties(stated.fatalities(), stated.injured()));
                return out;
            }
        }
        return events;
    }

    /** Confidence kept by an event whose date is only the publication's. */
    static final double UNDATED_SCALE = 0.85;
    /** Confidence kept by a planned, threatened, denied or hypothetical event. */
    static final double NOT_OCCURRED_SCALE = 0.6;
    /** Confidence kept by an act dated more than {@link #BACKGROUND_DAYS} before the report. */
    static final double BACKGROUND_SCALE = 0.5;
    static final int BACKGROUND_DAYS = 31;
    /** Confidence kept by an act dated over a week before the report ("demonstrations two weeks ago"). */
    static final double EARLIER_SCALE = 0.7;
    static final int EARLIER_DAYS = 7;

    /** Confidence kept by an act told after the first sentence, which news and notes give to the story's event. */
    static final double LATER_SCALE = 0.9;
    /** Confidence kept by a strategic development told after a violent lead. */
    static final double RESPONSE_SCALE = 0.7;

    private static boolean respondsTo(Event e, Event lead) {
        return "Strategic developments".equals(e.eventType()) && "political_violence".equals(lead.category());
    }

    /**
     * A later sentence's act dated to the day before the lead's act, or only to a month ("Earlier this month, twin
     * car bombings ...") after a lead dated to its day: the lead's background.
     */
    private static boolean toldBefore(Event e, Event lead) {
        if (lead.timePrecision() == 1 && e.timePrecision() == MONTH_PRECISION) {
            return true;
        }
        return e.timePrecision() == 1 && lead.timePrecision() == 1 && e.eventDate() != null
                && lead.eventDate() != null && e.eventDate().compareTo(lead.eventDate()) < 0;
    }

    /** ACLED's time precision of an act dated only to its month. */
    private static final int MONTH_PRECISION = 3;

    /**
     * Four things make a coded event less sure, applied once all sentences are coded so that the rules comparing
     * confidences within a sentence are unchanged. An act the text does not date takes the report's date: one
     * field less sure; in a report the dated lead usually tells the event that later sentences follow up
     * ("Hezbollah responded with rockets"). An act that did not (yet) happen is not an ACLED event at all, so it
     * ranks below one that did ("Organisers said a larger rally was planned next week"). And an act dated over a
     * month before the report is its background ("The area was hit by attacks in December 2023"), which ACLED codes
     * from the reports of its own time; one over a week old, or told after the lead and dated before it, is
     * likelier background than news. And an act told after the lead sentence ranks below it (the inverted pyramid).
     */
    private static List<Event> lessSure(List<Event> events, LocalDate published, String text, int leadEnd) {
        String day = published.toString();
        String backgroundBefore = published.minusDays(BACKGROUND_DAYS).toString();
        String earlierBefore = published.minusDays(EARLIER_DAYS).toString();
        List<Event> out = new ArrayList<>(events.size());
        Event lead = events.isEmpty() ? null : events.get(0);
        for (Event e : events) {
            double scale = 1;
            if (lead != null && e.evidence().start() >= lead.evidence().end()
                    && (toldBefore(e, lead) || SeparateActs.opens(text, e.evidence()))) {
                // "Imamoglu was detained on Wednesday" after Friday's protest: the cause; "A separate attack ...
                // killed eight": another story
                scale *= EARLIER_SCALE;
            } else if (lead != null && e.evidence().start() >= lead.evidence().end() && respondsTo(e, lead)) {
                scale *= RESPONSE_SCALE; // "Reinforcements were sent to the area" after the attack: its sequel
            }
            if (FollowUpSentences.undated(e, day)) {
                scale *= UNDATED_SCALE;
            }
            if (e.evidence().start() >= leadEnd) {
                scale *= LATER_SCALE;
            }
            if (!StatusDetector.OCCURRED.equals(e.status()) && !"attempted".equals(e.status())) {
                scale *= NOT_OCCURRED_SCALE; // an attempt is an event in both schemes; a plan or threat is not
            }
            if (e.eventDate() != null && e.eventDate().compareTo(backgroundBefore) < 0) {
                scale *= BACKGROUND_SCALE;
            } else if (e.eventDate() != null && e.eventDate().compareTo(earlierBefore) < 0) {
                scale *= EARLIER_SCALE;
            }
            out.add(scale == 1 ? e : e.withConfidence(Math.round(e.confidence() * scale * 1000) / 1000.0));
        }
        return out;
    }

    /**
     * The place a sentence leaves to the next one ("carried out a raid in Izraa, north of Daraa. During the
     * operation, weapons were seized"): its last event's own place, else the place its strongest cue points to;
     * countries are too coarse to carry.
     */
    private static EventLocation leftForNext(Words w, List<Trigger> triggers, List<PlaceMention> places,
                                             List<Event> added, Span sentence) {
        for (int i = added.size() - 1; i >= 0; i--) {
            EventLocation l = added.get(i).location();
            if (l != null && l.start() >= sentence.start() && l.end() <= sentence.end()) {
                return l.geoPrecision() < 3 || !isCountry(places, l) ? l : null;
            }
        }
        Trigger cue = strongest(triggers);
        if (cue == null || places.isEmpty()) {
            return null;
        }
        for (Clause clause : ClauseSplitter.split(w)) {
            if (clause.contains(cue.firstToken())) {
                EventLocator.Choice c = EventLocator.choose(w, clause, cue.firstToken(), places, false);
                return c == null || EventLocator.isCountry(c.place()) ? null : EventLocator.toLocation(c);
            }
        }
        return null;
    }

    private static boolean isCountry(List<PlaceMention> places, EventLocation l) {
        for (PlaceMention p : places) {
            if (p.start() == l.start() && p.end() == l.end()) {
                return EventLocator.isCountry(p);
            }
        }
        return false;
    }

    private Carry extractSentence(AnnotatedArticle article, String text, Span sentence, LocalDate published,
                                  List<Event> out, Carry recent) {
        Words w = Words.of(text, sentence.start(), sentence.end());
        // cues whose words the lexicon cannot match in a row: "beat two men to death", "a crowd ... stormed",
        // "handing the drone base over"; neither an earlier act named for context nor what a party pledged is coded
        List<Trigger> lexical = HandedOver.apply(w, CrowdStorming.apply(w, BeatenToDeath.apply(w,
                RepelledAttacks.apply(w, WeaponsOfTheFight.apply(w, withoutLastYearsActs(w,
                        classifier.models().lexicon().find(w)))), 0, w.size()), 0, w.size()), 0, w.size());
        List<Trigger> triggers = PledgedActs.outside(w, PriorActs.outside(w, lexical, CANDIDATE_WEIGHT),
                CANDIDATE_WEIGHT);
        List<PlaceMention> known = outsideNames(within(article.places(), sentence), article.actors());
        if (maxWeight(triggers, 0, w.size()) < CANDIDATE_WEIGHT) {
            addEventlessTolls(w, List.of(new Clause(0, w.size())), List.of(), List.of(), sentence, out, article,
                    text);
            // most sentences code nothing: their local sites are only looked for if a later sentence asks
            return new Carry(() -> leftForNext(w, triggers, SiteNames.augment(w, known), List.of(), sentence));
        }
        List<PlaceMention> places = SiteNames.augment(w, known);
        int before = out.size();
        List<DateMention> dates = afterDateline(w, withinDates(article.dates(), sentence));
        List<ActorMention> actors = withinActors(article.actors(), sentence);
        List<Clause> clauses = ClauseSplitter.split(w);
        List<Event> found = new ArrayList<>();
        List<Event> outcomes = new ArrayList<>();
        List<Event> tollsOnly = new ArrayList<>(); // events known only from a casualty word
        List<Event> sequels = new ArrayList<>(); // killings by "the attackers" of an act told before
        List<Event> subordinate = new ArrayList<>(); // events told in a relative or a "before" clause
        float[] embedding = null; // the whole sentence reads better to the model than a clause fragment
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            boolean aftermath = AFTERMATH_OPENERS.contains(w.lower(clause.first()));
            if (aftermath && toldAnAct(found, outcomes, tollsOnly)) {
                // "M23 took Goma after fighting with the army", "rioters burned cars after police killed a
                // teenager": the sentence's event is told; the "after" clause is its cause or prelude
                continue;
            }
            if (cumulative(w, clause)) {
                continue;
            }
            List<Trigger> raw = in(triggers, clause);
            List<Trigger> local = demoteReducedRelatives(w, raw);
            boolean mainVerbDecides = !local.equals(raw); // a described noun must not outvote the main verb
            local = arson(w, strengthenPurposefulGatherings(w, demotePurposeRequests(w, local)));
            local = arsonBesideAnAttack(w, MilitaryStrikes.apply(w, SeizedPeople.apply(w,
                    SeizedPlaces.apply(w, local, places))));
            if (maxWeight(local, clause.first(), clause.end()) < CANDIDATE_WEIGHT) {
                Event planned = elliptical(article, w, clause, found, dates, actors, published);
                if (planned != null) {
                    found.add(planned);
                }
                continue;
            }
            Clause next = c + 1 < clauses.size() ? clauses.get(c + 1) : null;
            Classification cls;
            double scale = 1.0;
            boolean weakCues = maxWeight(acledOnly(local), clause.first(), clause.end()) < MODEL_WEIGHT;
            if (weakCues || !cuesDisagree(local)) {
                // weak or only verbal cues ("killed", "urged", "met"): typed from the words alone, less sure; cues
                // that all name one class and one PLOVER type leave the model nothing to choose
                cls = classifier.classifyLexically(local, w, CANDIDATE_WEIGHT, WEAK_LEAD);
                scale = weakCues ? WEAK_SCALE : AGREEING_SCALE;
                if (cls == null) {
                    cls = classifier.classifyVerbal(local, 1.0);
                    scale = VERBAL_ONLY_SCALE;
                    Classification strongest = cls == null || VERBAL.contains(cls.plover()) ? null
                            : classifier.classifyLexically(local, w, CANDIDATE_WEIGHT, 0);
                    if (strongest != null) {
                        // "militants attacked a police base ... offensive": a material act is no statement; its
                        // strongest ACLED cue types it, the PLOVER cue keeps the PLOVER type
                        cls = new Classification(strongest.eventClass(), strongest.score(), strongest.margin(),
                                cls.plover(), cls.ploverMode(), strongest.trigger());
                    }
                }
                if (cls == null) {
                    // the cues conflict ("opened fire" near "fire"): the strongest cue decides, less surely
                    cls = classifier.classifyLexically(local, w, CANDIDATE_WEIGHT, 0);
                    scale = VERBAL_ONLY_SCALE;
                }
                if (cls == null) {
                    // only a weaker verbal cue ("sent arms", "imposed restrictions"): a less sure statement
                    cls = classifier.classifyVerbal(withObject(w, local, clause.first()), EventClassifier.VERBAL_MIN);
                    scale = VERBAL_ONLY_SCALE * WEAK_CUE_SCALE;
                }
                if (cls == null) {
                    continue;
                }
            } else {
                cls = mainVerbDecides ? classifier.classifyLexically(local, w, CANDIDATE_WEIGHT, WEAK_LEAD) : null;
                if (cls == null) {
                    cls = classifier.classifyLexically(local, w);
                }
                if (cls == null) {
                    if (embedding == null) {
                        embedding = classifier.models().embedder().embed(sentence.of(text));
                    }
                    cls = classifier.classify(embedding, local);
                }
            }
            if (cls.eventClass() == EventClass.NONE) {
                continue;
            }
            if (cls.trigger() == null) {
                Trigger kin = kindredTrigger(cls.eventClass(), local);
                if (kin != null) {
                    // "Police detain protesters during a protest": the model reads Protest with intervention, the
                    // cues say arrest and protest; a cue of the same ACLED family confirms the model's class
                    cls = new Classification(cls.eventClass(), cls.score(), cls.margin(), cls.plover(),
                            cls.ploverMode(), kin);
                }
            }
            if (cls.trigger() == null && embedding != null) {
                // "On 1 March, dissidents shot dead a leader": the model reads a protest into "March", but only an
                // attack has a cue here; the model chooses again among the classes the words name, and is followed
                // when its choice is also the strongest cue's
                Classification cued = classifier.classify(embedding, local, CANDIDATE_WEIGHT);
                Trigger strongestCue = strongest(acledOnly(local));
                // a strong cue of its own also carries the choice: "Gunfire erupted ... as supporters marched"
                if (cued != null && cued.eventClass() != EventClass.NONE && cued.trigger() != null
                        && (strongestCue != null && strongestCue.target().equals(cued.eventClass().name())
                        || cued.trigger().weight() >= STRONG_CUE)) {
                    cls = cued;
                    scale = WEAK_SCALE;
                }
            }
            if (cls.trigger() == null) {
                scale = VERBAL_ONLY_SCALE;
                // no cue of the chosen class in the clause: similarity alone is not evidence enough, unless a
                // verbal PLOVER cue names the act ("the factions refused"): then it is coded as a statement
                cls = verbalOnly(cls, local);
                if (cls == null) {
                    continue;
                }
            }
            cls = byItsMeans(w, cls, local);
            Trigger trigger = cls.trigger() != null ? cls.trigger() : strongest(local);
            if (w.lower(trigger.firstToken()).startsWith("arriv") && armedSubject(w, trigger.firstToken())) {
                continue; // "the attackers arrived in two vehicles": a raid's approach, no visit
            }
            if (PROTESTS.equals(cls.eventClass().eventType()) && !trigger.isPlover()
                    && !PROTESTS.equals(EventClass.valueOf(trigger.target()).eventType())
                    && !CodebookRules.namesAGathering(w)) {
                // "militants opened fire on a police patrol, leading to an exchange of fire": no crowd, no protest;
                // the cue's own class stands
                cls = new Classification(EventClass.valueOf(trigger.target()), cls.score(), cls.margin(), cls.plover(),
                        cls.ploverMode(), trigger);
            }
            EventClass refined = CodebookRules.refine(cls.eventClass(), w, clause.first(), clause.end(),
                    trigger.firstToken());
            Event e = code(article, w, triggers, sentence, clause, next, trigger, refined, cls, places, dates, actors,
                    published, scale, recent);
            boolean whenClause = clause.first() > 0 && w.lower(clause.first()).equals("when");
            if (e != null && (aftermath || whenClause) && c > 0 && countsOnlyVictims(w, clauses.get(c - 1))) {
                // "At least 40 people died after a suspected gas attack", "Two soldiers were killed when a bomb hit
                // their vehicle": the toll before is this event's, counted with the event's own words so that
                // "..., though an official put the toll at three" meets it at the lowest
                Clause toll = clauses.get(c - 1);
                Casualties told = CasualtyCounter.count(w, toll.first(), casualtyEnd(w, clause, next));
                e = e.withStatedCasualties(told.fatalities(), told.injured());
            }
            if (e != null) {
                found.add(e);
                if (clause.first() > 0 && SUBORDINATE.contains(w.lower(clause.first()))
                        || aftermath && toldATakeover(found, e)) {
                    subordinate.add(e);
                }
                if (trigger.weight() <= 0.7 && CASUALTY_WORDS.contains(w.lower(trigger.firstToken()))
                        && (refined == EventClass.ATTACK || refined == EventClass.FORCE_AGAINST_PROTEST)) {
                    outcomes.add(e);
                }
                if (statesOnlyVictims(w, clause, trigger)) {
                    tollsOnly.add(e);
                } else if (refined == EventClass.ATTACK && byTheSameAttackers(w, trigger.firstToken())) {
                    sequels.add(e);
                }
            }
            Trigger follow = followUp(local, refined, trigger);
            if (follow != null && e != null) {
                EventClass second = CodebookRules.refine(EventClass.valueOf(follow.target()), w, clause.first(),
                        clause.end(), follow.firstToken());
                Event e2 = code(article, w, triggers, sentence, clause, next, follow, second, null, places, dates,
                        actors, published, 0.7, recent);
                if (e2 != null) {
                    found.add(e2);
                }
            }
        }
        subordinate.removeAll(outcomes);
        subordinate.removeAll(tollsOnly);
        rankBelowMain(found, subordinate);
        dropProtestersDemands(w, found);
        foldArrestsIntoIntervention(found);
        foldOutcomes(found, outcomes);
        sequels.addAll(tollsOnly);
        List<Span> folded = foldIntoPreviousSentence(found, sequels, sentence, out, dates, text);
        foldDebrisIntoInterception(w, found, sentence, out);
        addEventlessTolls(w, clauses, found, folded, sentence, out, article, text);
        mergeInto(found, sentence, out);
        List<Event> added = List.copyOf(out.subList(before, out.size()));
        return new Carry(() -> leftForNext(w, triggers, places, added, sentence));
    }

    private static final Set<String> DEMANDING = Set.of("demanding", "calling", "urging", "denouncing",
            "protesting", "chanting");

    /**
     * "held a sit-in in front of the district secretariat, demanding information on the missing": what protesters
     * demand is the protest's topic, not a request of its own.
     */
    private static void dropProtestersDemands(Words w, List<Event> found) {
        boolean protest = found.stream().anyMatch(e -> "Protests".equals(e.eventType()));
        if (!protest) {
            return;
        }
        found.removeIf(e -> e.eventType() == null && "diplomacy".equals(e.category())
                && opensWithDemand(w, w.firstAtOrAfter(e.evidence().start())));
    }

    /** The clause opens with a demanding participle, maybe after the rest of a bracket: "Northern), demanding". */
    private static boolean opensWithDemand(Words w, int first) {
        for (int i = first; i < w.size() && i < first + 4; i++) {
            if (DEMANDING.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Police fired tear gas to disperse hundreds of students ..., detaining at least 15 of them": arrests made while
     * breaking up a protest are part of the intervention, which ACLED codes as one event.
     */
    private static void foldArrestsIntoIntervention(List<Event> found) {
        for (int i = 0; i < found.size(); i++) {
            Event intervention = found.get(i);
            if (!EventClass.isInterventionOnProtest(intervention.subEventType())) {
                continue;
            }
            // before or after it: "Police detained 3,000 people, as tens of thousands rallied"
            for (int j = found.size() - 1; j >= 0; j--) {
                Event arrest = found.get(j);
                if (j != i && EventClass.ARREST.subEventType().equals(arrest.subEventType())
                        && arrest.status().equals(intervention.status())) {
                    intervention = intervention.joinedBy(arrest).withCasualties(arrest.fatalities(), arrest.injured())
                            .withConfidence(Math.max(intervention.confidence(), arrest.confidence()));
                    found.remove(j);
                    if (j < i) {
                        i--;
                    }
                }
            }
            found.set(i, intervention);
        }
    }

    private static final Set<String> AFTERMATH_OPENERS = Set.of("after", "following");
    private static final Set<String> SUBORDINATE = Set.of("which", "who", "whom", "whose", "before");

    /**
     * "South Korea rejected the demand ..., which keeps troops here", "must agree to changes before they
     * demobilise": a relative clause, or what is to come "before", tells background to the main clause; when the
     * main clause codes an event, the subordinate one ranks just below it, whatever the strength of its own cue.
     * Both are still reported. An "after" clause ranks below only an act told before it (see
     * {@link #toldATakeover}): news leads often tell the reaction first and the event after it ("vowed an inquiry
     * after seven people were murdered").
     */
    private static void rankBelowMain(List<Event> found, List<Event> subordinate) {
        if (subordinate.isEmpty() || subordinate.size() == found.size()) {
            return;
        }
        double main = 0;
        for (Event e : found) {
            if (!subordinate.contains(e)) {
                main = Math.max(main, e.confidence());
            }
        }
        for (int i = 0; i < found.size(); i++) {
            Event e = found.get(i);
            if (subordinate.contains(e) && e.confidence() >= main) {
                found.set(i, e.withConfidence(Math.max(0.01, Math.round((main - 0.01) * 1000) / 1000.0)));
            }
        }
    }

    private static final Set<String> TAKEOVERS = Set.of(EventClass.GOV_REGAINS_TERIT.subEventType(),
            EventClass.NON_STATE_ACTOR_OVERTAKES_TER.subEventType());

    /**
     * "the MNDAA said its fighters had captured the headquarters, ... after weeks of fighting": a takeover told before
     * an "after" clause, however unsure, is the sentence's event and the fighting before it ranks below. Other acts
     * are not (in "five were killed after a volcano erupted" the "after" clause tells the event).
     */
    private static boolean toldATakeover(List<Event> found, Event prelude) {
        for (Event e : found) {
            if (e != prelude && e.subEventType() != null && TAKEOVERS.contains(e.subEventType())
                    && e.evidence().end() <= prelude.evidence().start()) {
                return true;
            }
        }
        return false;
    }

    /**
     * An act already coded in the sentence: not a toll ("Twelve people were killed after bombers struck" is told by
     * its "after" clause), not a statement, and confident.
     */
    private static boolean toldAnAct(List<Event> found, List<Event> outcomes, List<Event> tollsOnly) {
        for (Event e : found) {
            if (!outcomes.contains(e) && !tollsOnly.contains(e) && !"diplomacy".equals(e.category())
                    && e.confidence() >= TOLD_CONFIDENCE) {
                return true;
            }
        }
        return false;
    }

    private static final double TOLD_CONFIDENCE = 0.45;

    private static final Set<String> EXPECTATION = Set.of("expected", "scheduled", "due", "set");

    /**
     * "Sabbagh arrived in Baghdad on Thursday, with Araghchi expected on Friday": a clause without a trigger of its
     * own that announces someone "expected" repeats the previous event of the sentence, planned, with its own actor
     * and date.
     */
    private static Event elliptical(AnnotatedArticle article, Words w, Clause clause, List<Event> found,
                                    List<DateMention> dates, List<ActorMention> actors, LocalDate published) {
        if (found.isEmpty()) {
            return null;
        }
        int cue = -1;
        for (int i = clause.first(); i < clause.end(); i++) {
            boolean loose = w.lower(i).equals("set") || w.lower(i).equals("due"); // "set the building ablaze"
            if (EXPECTATION.contains(w.lower(i)) && (!loose || i + 1 < clause.end()
                    && (w.lower(i + 1).equals("to") || w.lower(i + 1).equals("for")))) {
                cue = i;
                break;
            }
        }
        if (cue < 0) {
            return null;
        }
        Event prev = found.get(found.size() - 1);
        int start = w.start(clause.first());
        int end = w.end(clause.end() - 1);
        EventActor who = null;
        for (ActorMention a : actors) {
            if (a.start() >= start && a.end() <= w.start(cue)) {
                who = ActorRoles.of(a);
            }
        }
        EventDater.Dating when = EventDater.date(dates, start, end, w.start(cue), published);
        boolean ownDate = false;
        for (DateMention d : dates) {
            ownDate |= d.start() >= start && d.end() <= end;
        }
        String id = ArticleIds.sha256Hex(article.article().id() + ":" + start + "-" + end + ":planned:"
                + prev.subEventType() + prev.category()).substring(0, 16);
        return new Event(id, ownDate ? when.date() : prev.eventDate(), ownDate ? when.precision() : 3,
                prev.eventType(), prev.subEventType(), prev.category(), prev.plover(), prev.ploverMode(), "planned",
                who, prev.actor2(), List.of(), List.of(), prev.location(), null, null,
                Math.round(prev.confidence() * 0.7 * 100) / 100.0, new Span(start, end));
    }

    /**
     * "Two soldiers were killed when militants attacked a post": the clause that only states deaths is the outcome
     * of the event in the other clause, not an event of its own. Its casualties go to the nearest other event.
     */
    private static void foldOutcomes(List<Event> found, List<Event> outcomes) {
        for (Event o : outcomes) {
            Event target = null;
            // force against protesters told by its victims ("..., killing two young men") joins the protest event
            String kind = EventClass.FORCE_AGAINST_PROTEST.subEventType().equals(o.subEventType()) ? "demonstration"
                    : "political_violence";
            for (Event e : found) {
                if (!outcomes.contains(e) && e.category().equals(kind)
                        && (target == null || Math.abs(e.evidence().start() - o.evidence().start())
                        < Math.abs(target.evidence().start() - o.evidence().start()))) {
                    target = e;
                }
            }
            if (target == null) {
                continue;
            }
            int at = found.indexOf(target);
            found.set(at, new Event(target.eventId(), target.eventDate(), target.timePrecision(), target.eventType(),
                    target.subEventType(), target.category(), target.plover(), target.ploverMode(), target.status(),
                    target.actor1() != null ? target.actor1() : o.actor1(),
                    target.actor2() != null ? target.actor2() : o.actor2(), target.assocActor1(),
                    target.assocActor2(), target.location() != null ? target.location() : o.location(),
                    max(target.fatalities(), o.fatalities()), max(target.injured(), o.injured()),
                    target.confidence(), new Span(Math.min(target.evidence().start(), o.evidence().start()),
                    Math.max(target.evidence().end(), o.evidence().end()))));
            found.remove(o);
        }
    }

    /**
     * "JNIM attacked an army post near Djibo. Twelve soldiers were killed.": a sentence that only states deaths, with
     * no perpetrator, right after a violent event, gives that event its toll instead of being an event of its own.
     */
    private static List<Span> foldIntoPreviousSentence(List<Event> found, List<Event> tollsOnly, Span sentence,
                                                       List<Event> out, List<DateMention> dates, String text) {
        int at = previousDeadly(out, sentence);
        if (at < 0) {
            return List.of();
        }
        List<Span> folded = new ArrayList<>();
        // each toll-only event of the sentence ("At least 55 people were killed before a truce was reached the
        // following day": the truce is the sentence's other event)
        for (Event o : List.copyOf(found)) {
            Event target = out.get(at);
            boolean ownDate = o.timePrecision() == 1 && !java.util.Objects.equals(o.eventDate(), target.eventDate())
                    && datedWithin(dates, o.evidence(), text);
            // a place the toll only borrowed (from the sentence before, or from another clause) is not its own
            boolean ownPlace = o.location() != null && target.location() != null
                    && o.location().start() >= o.evidence().start() && o.location().end() <= o.evidence().end()
                    && !o.location().name().equals(target.location().name());
            // "... after a bombing that left ten dead": a relative clause's toll is its antecedent's
            boolean relative = startsWithRelative(text, o.evidence().start());
            if (!tollsOnly.contains(o) || ownDate || ownPlace || relative
                    || !target.status().equals(StatusDetector.OCCURRED)) {
                continue;
            }
            // an "also" toll is then added by addEventlessTolls
            Words told = Words.of(text, sentence.start(), sentence.end()); // the source may head the sentence
            Event joined = target.joinedBy(o);
            if (otherSideThan(target, told, text)) {
                // "killing 17 of the assailants ... Three soldiers were killed": the other side's dead add up, once
                out.set(at, joined.withAddedCasualties(o.fatalities(), o.injured()));
                folded.add(o.evidence());
            } else {
                out.set(at, also(told, 0, told.size()) ? joined.withCasualties(o.fatalities(), o.injured())
                        : metToll(joined, o.fatalities(), o.injured(), told));
            }
            found.remove(o);
        }
        return folded;
    }

    /**
     * A toll told apart from its event, met with the event's own: another source's figure in the sentence ("A doctor
     * put the death toll at 11") differs from the one told, and ACLED keeps the lowest; a toll that rose, an
     * unattributed one ("At least 32 people were killed") or one after a single death already counted (often the
     * bomber's) is the toll, the larger.
     */
    static Event metToll(Event target, Integer dead, Integer hurt, Words sentence) {
        if (dead != null && dead == 0 && target.fatalities() != null && target.fatalities() > 0) {
            dead = null; // "The rebels said they had lost no fighters": one side's denial, not a toll of none
        }
        if (CasualtyCounter.supersededToll(sentence, 0, sentence.size()) && target.fatalities() != null) {
            return target; // "An earlier civil defence toll had put the dead at nine": the figure since revised
        }
        boolean otherSource = CasualtyCounter.attributed(sentence, 0, sentence.size())
                && !CasualtyCounter.tollRose(sentence, 0, sentence.size());
        return otherSource && target.fatalities() != null && target.fatalities() > 1
                ? target.withLowerCasualties(dead, hurt) : target.withCasualties(dead, hurt);
    }

    /**
     * The toll told in [from, to) outside the sentence's earlier-act phrase: "killing 95 people" counts, "since the
     * collapse that killed 16" does not.
     */
    private static Casualties countOutsidePriorAct(Words w, int from, int to) {
        int prior = PriorActs.start(w, 0, w.size());
        if (prior < 0 || prior >= to) {
            return CasualtyCounter.count(w, from, to);
        }
        int priorEnd = PriorActs.end(w, prior);
        return Casualties.either(CasualtyCounter.count(w, from, Math.max(from, prior)),
                CasualtyCounter.count(w, Math.max(from, priorEnd), to));
    }

    /** Clauses cut again at ", while": each side of a contrast counts its own dead. */
    private static List<Clause> atContrasts(Words w, List<Clause> clauses) {
        List<Clause> out = new ArrayList<>(clauses.size());
        for (Clause c : clauses) {
            int first = c.first();
            for (int i = c.first() + 1; i < c.end(); i++) {
                if (CONTRASTS.contains(w.lower(i)) && w.lower(i - 1).equals(",")) {
                    out.add(new Clause(first, i));
                    first = i;
                }
            }
            out.add(new Clause(first, c.end()));
        }
        return out;
    }

    private static final Set<String> THE_DEAD = Set.of("dead", "victims", "them", "whom", "those");

    /** "one of the dead was a teenage boy", "among them two children": a part of the toll, not another toll. */
    private static boolean partOfTheDead(Words w, Clause clause) {
        boolean counted = false; // a count before "one of them" is the toll the part belongs to
        for (int i = clause.first(); i + 1 < clause.end(); i++) {
            String next = w.lower(i + 1);
            boolean ofTheDead = THE_DEAD.contains(next)
                    || next.equals("the") && i + 2 < clause.end() && THE_DEAD.contains(w.lower(i + 2));
            // "Five soldiers were among the dead" is a part; "the bodies of three people, one of them a motorist"
            // still counts three
            if (ofTheDead && (w.lower(i).equals("among") || w.lower(i).equals("of") && !counted)) {
                return true;
            }
            counted |= i + 1 < clause.end() && NumberWords.valueEndingAt(w, i) >= 0
                    && !w.lower(i + 1).equals("of");
        }
        return false;
    }

    private static final String PROTESTS = "Protests";
    private static final Set<String> CONTRASTS = Set.of("while", "whereas", "whilst");

    /**
     * "Two soldiers were also killed": more victims; but "said the bomber was also dead and put the toll at 11"
     * restates the whole toll.
     */
    static boolean also(Words w, int from, int to) {
        boolean also = false;
        for (int i = from; i < to; i++) {
            if (w.lower(i).equals("toll")) {
                return false;
            }
            also |= w.lower(i).equals("also");
        }
        return also || TollSides.onlyTheAttacker(w, from, to);
    }

    private static boolean also(Words w, Clause clause) {
        return also(w, clause.first(), clause.end());
    }

    private static final Set<String> DEBRIS = Set.of("debris", "shrapnel", "fragments", "wreckage");

    /**
     * "Air defences intercepted missiles over Riyadh. Falling debris struck a house, killing a resident.": what the
     * debris of an intercepted weapon hits is the interception's outcome, one event with its toll.
     */
    private static void foldDebrisIntoInterception(Words w, List<Event> found, Span sentence, List<Event> out) {
        if (out.isEmpty() || found.isEmpty()) {
            return;
        }
        int at = out.size() - 1;
        Event interception = out.get(at);
        if (!EventClass.DISR_WEAP.subEventType().equals(interception.subEventType())
                || sentence.start() - interception.evidence().end() > FOLLOW_ON_CHARS) {
            return;
        }
        for (Event o : List.copyOf(found)) {
            int first = w.firstAtOrAfter(o.evidence().start());
            boolean debris = false;
            for (int i = first; i < w.size() && i < first + 4 && !debris; i++) {
                debris = DEBRIS.contains(w.lower(i));
            }
            if (debris && (o.fatalities() != null || o.injured() != null)) {
                interception = interception.withCasualties(o.fatalities(), o.injured());
                out.set(at, interception);
                found.remove(o);
            }
        }
    }

    private static boolean startsWithRelative(String text, int start) {
        for (String pronoun : List.of("that ", "which ", "who ")) {
            if (text.regionMatches(true, start, pronoun, 0, pronoun.length())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Index of the last deadly event within {@link #FOLLOW_ON_CHARS} before the sentence, or -1: a toll goes to it.
     * The sentence before may hold several events ("clashed with police and burned buses").
     */
    private static int previousDeadly(List<Event> out, Span sentence) {
        for (int i = out.size() - 1; i >= 0 && sentence.start() - out.get(i).evidence().end() <= FOLLOW_ON_CHARS; i--) {
            if (DEADLY_TYPES.contains(String.valueOf(out.get(i).eventType()))) {
                return i;
            }
        }
        return -1;
    }

    private static final Set<String> WOUNDS = Set.of("injuries", "wounds", "injury");

    /** Words from "of the wounded" to its "died": "one of the wounded had died". */
    private static final int WOUNDED_REACH = 3;

    /**
     * "A passer-by died of his injuries on Wednesday", "later succumbed to her wounds", "one of the wounded had
     * died".
     */
    private static boolean diedOfWounds(Words w, Clause clause) {
        for (int i = clause.first(); i < clause.end(); i++) {
            String x = w.lower(i);
            if (x.equals("died") || x.equals("succumbed")) {
                for (int k = i - 1; k >= clause.first() + 1 && k >= i - WOUNDED_REACH; k--) {
                    if ((w.lower(k).equals("wounded") || w.lower(k).equals("injured"))
                            && w.lower(k - 1).equals("the")) {
                        return true;
                    }
                }
                for (int k = i + 1; k < clause.end() && k <= i + 3; k++) {
                    if (WOUNDS.contains(w.lower(k))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * "Six soldiers were killed when their patrol came under attack. The ministry said dozens of terrorists were
     * neutralised.": a later sentence counting another side's dead than the event's own toll adds to it.
     */
    private static boolean otherSideThan(Event target, Words sentence, String text) {
        if (target.fatalities() == null || sentence.size() == 0 || target.evidence().end() > sentence.start(0)) {
            return false; // the sentence is the event's own, or joined to it: its toll was met there
        }
        Words told = Words.of(text, target.evidence().start(), target.evidence().end());
        TollSides.Side before = TollSides.ofTheDead(told, 0, told.size());
        TollSides.Side now = TollSides.ofTheDead(sentence, 0, sentence.size());
        return before != TollSides.Side.UNKNOWN && now != TollSides.Side.UNKNOWN && before != now;
    }

    /** Index of the most confident occurred deadly event so far, or -1. */
    private static int mostConfidentDeadly(List<Event> out) {
        int best = -1;
        for (int i = 0; i < out.size(); i++) {
            Event e = out.get(i);
            if (DEADLY_TYPES.contains(String.valueOf(e.eventType())) && StatusDetector.OCCURRED.equals(e.status())
                    && (best < 0 || e.confidence() > out.get(best).confidence())) {
                best = i;
            }
        }
        return best;
    }

    /**
     * "Two soldiers died and three others were wounded; Al Shabaab later claimed the attack": a clause that only
     * counts victims ("died" is too weak a cue to make an event of it) adds its toll to the deadly event of the
     * sentence before, unless the clause dates itself.
     */
    private static void addEventlessTolls(Words w, List<Clause> clauses, List<Event> found, List<Span> folded,
                                          Span sentence, List<Event> out, AnnotatedArticle article, String text) {
        int at = previousDeadly(out, sentence);
        if (at < 0 || !out.get(at).status().equals(StatusDetector.OCCURRED)) {
            return;
        }
        Clause counted = null;
        for (Clause clause : atContrasts(w, clauses)) {
            if (within(folded, w, clause)) {
                counted = clause; // its toll was added with its clause's event; a contrast after it still adds
                continue;
            }
            if (coded(found, w, clause) || !countsOnlyVictims(w, clause) || cumulative(w, clause)
                    || partOfTheDead(w, clause) || CasualtyCounter.closingCount(w, clause.first(), clause.end())) {
                continue;
            }
            Span span = new Span(w.start(clause.first()), w.end(clause.end() - 1));
            if (datedWithin(withinDates(article.dates(), sentence), span, text) && !diedOfWounds(w, clause)) {
                continue; // a later death from the act's wounds is still the act's toll, whatever day it came
            }
            Casualties toll = countOutsidePriorAct(w, clause.first(), clause.end());
            if (toll.fatalities() != null || toll.injured() != null) {
                Event target = out.get(at);
                // "Four soldiers were killed, while the army said it had neutralised 11 assailants": the other
                // side's dead add to those just counted; the same victims counted by another source do not
                boolean otherSide = counted != null ? CONTRASTS.contains(w.lower(clause.first()))
                        && TollSides.otherSides(w, counted.first(), counted.end(), clause.first(), clause.end())
                        : otherSideThan(target, w, text);
                out.set(at, also(w, clause) || otherSide ? target.withAddedCasualties(toll.fatalities(), toll.injured())
                        : metToll(target, toll.fatalities(), toll.injured(), w));
                counted = clause;
            }
        }
    }

    private static final Set<String> NATIONWIDE = Set.of("nationwide", "countrywide");
    private static final Set<String> PERIODS = Set.of("days", "week", "weeks", "month", "months", "year", "years");
    /** Words of the subject before "of": "A week of", "Three months of", "Nearly two years of". */
    private static final int PERIOD_REACH = 4;

    /**
     * "A week of unrest ... has left at least 19 people dead": a running total over a period, told in the perfect,
     * is no event of its own and no one event's toll ("Two days of fighting killed 30" is still told as an event).
     */
    private static boolean cumulative(Words w, Clause clause) {
        boolean period = false;
        for (int i = clause.first(); i + 1 < clause.end() && i <= clause.first() + PERIOD_REACH; i++) {
            period |= PERIODS.contains(w.lower(i)) && w.lower(i + 1).equals("of");
        }
        boolean outcome = false;
        for (int i = clause.first(); i + 2 < clause.end(); i++) {
            outcome |= CasualtyCounter.OUTCOME_WORDS.contains(w.lower(i));
            if (outcome && (NATIONWIDE.contains(w.lower(i)) || w.lower(i).equals("across")
                    && w.lower(i + 1).equals("the") && w.lower(i + 2).equals("country"))) {
                return true; // "22 people had been killed across the country": the day's total, not this act's
            }
        }
        for (int i = clause.first(); period && i < clause.end(); i++) {
            if (w.lower(i).equals("has") || w.lower(i).equals("have")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the clause lies inside one of the spans. */
    private static boolean within(List<Span> spans, Words w, Clause clause) {
        for (Span s : spans) {
            if (w.start(clause.first()) >= s.start() && w.end(clause.end() - 1) <= s.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean coded(List<Event> found, Words w, Clause clause) {
        for (Event e : found) {
            if (e.evidence().start() < w.end(clause.end() - 1) && e.evidence().end() > w.start(clause.first())) {
                return true;
            }
        }
        return false;
    }

    /** A casualty word told of victims only ("two soldiers died", "three were wounded"), no perpetrator named. */
    private static boolean countsOnlyVictims(Words w, Clause clause) {
        boolean any = false;
        for (int i = clause.first(); i < clause.end(); i++) {
            if (CASUALTY_WORDS.contains(w.lower(i))) {
                if (!victimsOnly(w, clause, i)) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** Verbs that report a saying: "..., police said", "the governor said on Wednesday". */
    static final Set<String> SPEECH = Set.of("said", "says", "say", "told", "reported", "announced", "confirmed",
            "added", "stated");

    /**
     * Whether a date is told inside the span (a toll's own clause), not elsewhere in its sentence; the day a source
     * spoke ("the governor said on Wednesday that four people had died") dates the saying, not the deaths.
     */
    private static boolean datedWithin(List<DateMention> dates, Span span, String text) {
        for (DateMention d : dates) {
            if (d.start() >= span.start() && d.end() <= span.end() && !datesASaying(text, d.start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Islamic State said on Thursday that two of its members blew themselves up ... on Wednesday": where the clause
     * dates the act too, the day a source spoke is not the act's.
     */
    private static List<DateMention> withoutSayings(List<DateMention> dates, String text, int clauseStart,
                                                    int clauseEnd) {
        List<DateMention> out = null;
        boolean otherInClause = false;
        for (DateMention d : dates) {
            boolean saying = datesASaying(text, d.start());
            EventDater.Dating day = saying ? null : EventDater.resolve(d);
            otherInClause |= day != null && day.precision() == 1 && d.start() >= clauseStart && d.end() <= clauseEnd;
            if (saying && out == null) {
                out = new ArrayList<>(dates);
            }
            if (saying) {
                out.remove(d);
            }
        }
        return out == null || !otherInClause ? dates : out;
    }

    private static boolean datesASaying(String text, int dateStart) {
        String before = text.substring(Math.max(0, dateStart - 20), dateStart).toLowerCase(java.util.Locale.ROOT)
                .strip();
        for (String tail : List.of(" on", " late on", " early on", " late", " earlier", " later")) {
            if (before.endsWith(tail)) {
                before = before.substring(0, before.length() - tail.length()).strip();
                break;
            }
        }
        int space = before.lastIndexOf(' ');
        return SPEECH.contains(before.substring(space + 1));
    }

    private static final Set<String> DEADLY_TYPES = Set.of("Battles", "Explosions/Remote violence",
            "Violence against civilians", "Protests", "Riots");

    /**
     * "Four soldiers were killed", "A protester was killed": the clause's event is known from its casualty word, or
     * from the victims named right before it, and no perpetrator is named.
     */
    private static final Set<String> ANAPHORIC_ATTACKERS = Set.of("attackers", "gunmen", "assailants",
            "kidnappers", "abductors", "raiders", "bandits", "militants", "assailant", "gunman");
    /** Words from the opening "The attackers" to the killing verb: "..., who arrived on motorcycles, shot dead". */
    private static final int ANAPHOR_REACH = 20;

    /**
     * "The attackers, who arrived on motorcycles, shot dead one of the drivers": a killing by the perpetrators of the
     * act just told belongs to that act (ACLED codes the abduction with its death), not a new attack.
     */
    private static boolean byTheSameAttackers(Words w, int trigger) {
        return w.size() > 1 && trigger <= ANAPHOR_REACH && (w.lower(0).equals("they") && trigger <= 2
                || w.lower(0).equals("the") && ANAPHORIC_ATTACKERS.contains(w.lower(1)));
    }

    private static boolean statesOnlyVictims(Words w, Clause clause, Trigger trigger) {
        // "was shot dead": a passive phrase that ends in its outcome states victims as "were killed" does
        boolean passivePhrase = trigger.lastToken() > trigger.firstToken() && trigger.firstToken() > clause.first()
                && BE.contains(w.lower(trigger.firstToken() - 1));
        for (int c = trigger.firstToken(); c < clause.end() && c <= trigger.lastToken() + 3; c++) {
            boolean outcome = c == trigger.firstToken() ? trigger.weight() <= 0.7
                    : c > trigger.lastToken() || passivePhrase && c == trigger.lastToken();
            if (CASUALTY_WORDS.contains(w.lower(c)) && outcome && victimsOnly(w, clause, c)) {
                return true;
            }
        }
        return false;
    }

    /** "Four soldiers were killed", "two people died": the clause names victims, no perpetrator. */
    private static boolean victimsOnly(Words w, Clause clause, int outcome) {
        String x = w.lower(outcome);
        if (x.equals("died") || x.equals("dead") || x.startsWith("fatalit") || x.equals("bodies") || x.equals("toll")
                || x.equals("martyrdom") || CasualtyCounter.NEUTRALISED.contains(x)) {
            // "32 fatalities.": the closing count of an ACLED note; "received the bodies of six"; "neutralised 11
            // assailants": forces claiming the other side's dead in a fight already told; "the toll rose to 17"
            return true;
        }
        if (reportedCount(w, clause, outcome)) {
            return true; // "The army reported 4 soldiers and 11 militants killed"
        }
        if (outcome > clause.first() && w.lower(outcome - 1).equals("the")) {
            return true; // "one of the wounded had died": the victims named as a group
        }
        int counted = outcome - 1 > clause.first() && OTHERS.contains(w.lower(outcome - 1)) ? outcome - 2 : outcome - 1;
        if (counted - 1 >= clause.first() && w.lower(counted - 1).equals("and")
                && NumberWords.valueEndingAt(w, counted) >= 0) {
            // "were killed and four wounded", "were martyred and seven others injured"
            return victimsOnly(w, clause, previousOutcome(w, clause, counted - 1));
        }
        boolean passive = outcome - 1 >= clause.first() && BE.contains(w.lower(outcome - 1))
                || outcome - 2 >= clause.first() && BE.contains(w.lower(outcome - 2));
        for (int i = outcome + 1; passive && i < clause.end(); i++) {
            if (w.lower(i).equals("by")) {
                return false;
            }
        }
        return passive;
    }

    private static final Set<String> OTHERS = Set.of("others", "more", "people", "persons");

    /** Words from the reporting verb to the outcome: "reported at least 4 soldiers and 11 militants killed". */
    private static final int REPORTED_REACH = 9;

    /** A count reported as the object of a reporting verb, with no one named as the killer after it. */
    private static boolean reportedCount(Words w, Clause clause, int outcome) {
        for (int i = outcome - 2; i >= clause.first() && i >= outcome - REPORTED_REACH; i--) {
            boolean count = NumberWords.valueEndingAt(w, i + 1) >= 0 || atLeast(w, i + 1);
            if (CasualtyCounter.REPORTING.contains(w.lower(i)) && count) {
                return outcome + 1 >= clause.end() || !w.lower(outcome + 1).equals("by");
            }
        }
        return false;
    }

    /** "at least 4": a hedged count opens at {@code i}. */
    private static boolean atLeast(Words w, int i) {
        return i + 2 < w.size() && w.lower(i).equals("at") && w.lower(i + 1).equals("least")
                && NumberWords.valueEndingAt(w, i + 2) >= 0;
    }

    /** The casualty word before {@code before} in the clause, or {@code before} itself when there is none. */
    private static int previousOutcome(Words w, Clause clause, int before) {
        for (int i = before - 1; i >= clause.first(); i--) {
            if (CASUALTY_WORDS.contains(w.lower(i))) {
                return i;
            }
        }
        return before;
    }

    private static final Set<String> DEFINITE = Set.of("the", "this", "these", "those", "that");
    private static final Set<String> COPULA = Set.of("is", "are", "was", "were");
    /** Verbs that tell how an event already reported went, not a new event. */
    private static final Set<String> TELLING_VERBS = Set.of("began", "started", "turned", "came", "followed",
            "ended");

    /**
     * "The protests are the largest since 2023", "The attack was the deadliest this year": a definite noun the
     * clause only describes with a copula refers back to an event already reported; it is no new event.
     */
    private static boolean describesKnownEvent(Words w, Clause clause, Trigger trigger) {
        int t = trigger.firstToken();
        if (tollOfTheEvent(w, clause, t)) {
            return true; // "revised the death toll from the twin blasts down to 84": the toll of an event told
        }
        int after = trigger.lastToken() + 1;
        if (t - 1 < clause.first() || !DEFINITE.contains(w.lower(t - 1)) || after + 1 >= clause.end()) {
            return false;
        }
        if (TELLING_VERBS.contains(w.lower(after))) {
            return true; // "The demonstration began as a march", "The strike came a week after a bombing"
        }
        if (!COPULA.contains(w.lower(after))) {
            return false;
        }
        String next = w.lower(after + 1);
        return next.equals("the") || next.equals("a") || next.equals("an") || next.equals("not")
                || next.startsWith("larg") || next.startsWith("deadl") || next.startsWith("wors")
                || next.startsWith("bigg") || next.equals("part") || next.equals("one");
    }

    /** "the toll from the twin blasts", "the death toll of the attack": the event named by its toll. */
    private static boolean tollOfTheEvent(Words w, Clause clause, int t) {
        for (int d = t - 1; d >= clause.first() + 2 && d >= t - 3; d--) {
            if (DEFINITE.contains(w.lower(d))) {
                String link = w.lower(d - 1);
                return (link.equals("from") || link.equals("of") || link.equals("in")) && w.lower(d - 2).equals("toll");
            }
        }
        return false;
    }

    /**
     * How far (in characters) a casualty sentence may follow the event it reports on: about one sentence between them
     * that coded no event ("Fighting broke out on Monday. The clashes ended on Tuesday. The health centre said 55
     * people had been killed.").
     */
    static final int FOLLOW_ON_CHARS = 300;

    /** @param triggers all triggers of the sentence, as found once by the lexicon */
    private Event code(AnnotatedArticle article, Words w, List<Trigger> triggers, Span sentence, Clause clause,
                       Clause next, Trigger trigger, EventClass cls, Classification how, List<PlaceMention> places,
                       List<DateMention> dates, List<ActorMention> actors, LocalDate published,
                       double confidenceScale, Carry carry) {
        int anchor = statusAnchor(w, triggers, clause, trigger);
        String status = StatusDetector.detect(w, clause, anchor, next);
        if (status.equals(StatusDetector.BACKGROUND) && anchor != trigger.firstToken()) {
            // "have been demobilised since the August peace accord", "to avoid new damage": a background or
            // purpose cue after the act only qualifies the later noun; the act's status is read before it
            status = statusBefore(w, triggers, clause, trigger, anchor, next);
        }
        if (anchor != trigger.firstToken() && StatusDetector.BACKGROUND.equals(
                StatusDetector.detect(w, clause, trigger.firstToken(), next))) {
            return null; // "factions, once active in attacks ..., are now questioning": the act itself is background
        }
        if (describesKnownEvent(w, clause, trigger)) {
            return null;
        }
        if (status.equals(StatusDetector.BACKGROUND) || StatusDetector.isPurpose(w, clause.first(),
                trigger.firstToken())) {
            return null;
        }
        int clauseStart = w.start(clause.first());
        int clauseEnd = w.end(clause.end() - 1);
        int triggerStart = w.start(trigger.firstToken());
        int triggerEnd = w.end(trigger.lastToken());

        String plover = how == null ? cls.plover() : how.plover();
        String mode = how == null ? cls.ploverMode() : how.ploverMode();
        if (cls.isViolent() && how != null && how.plover() != null && !how.plover().equals(cls.plover())
                && how.margin() > 0.03) {
            plover = how.plover(); // a statement about violence, e.g. a condemnation
        }
        if (cls.isViolent() && plover != null && PEACEFUL_PLOVER.contains(plover)
                && !hasPloverCue(triggers, clause, plover)) {
            // violence read as a truce or a concession by the model alone: no word says so, the violence stands
            plover = cls.plover();
            mode = cls.ploverMode();
        }
        // "blamed Israel for the bombing", "accused the rebels of violating the truce": the statement; a weaker
        // cue ("complained over two air raids") is enough before violence, which PLOVER never codes as speech
        String said = statementBefore(w, triggers, clause, trigger.firstToken(), cls.isViolent() ? 0.8 : 1.0,
                !cls.isViolent());
        if (said != null) {
            plover = said;
            mode = null;
        }
        int verb = PloverRules.governingVerb(plover, w, clause.first(), trigger.firstToken());
        if (verb >= 0) {
            plover = PloverRules.governed(plover, w, clause.first(), trigger.firstToken()); // "suspended aid"
            mode = null;
            String own = StatusDetector.detect(w, clause, verb, next);
            if (!own.equals(StatusDetector.BACKGROUND)) {
                status = own; // the act is the verb's: "cancelled a planned visit" occurred
            }
        }
        int withdrawal = ownCue(triggers, clause, plover, -1);
        String recalled = PloverRules.withdrawnMission(plover, w, clause.first(), clause.end(),
                withdrawal >= 0 ? withdrawal : trigger.firstToken());
        if (!java.util.Objects.equals(recalled, plover)) {
            plover = recalled; // "will withdraw weapons inspectors": a relation reduced, not a retreat
            mode = "withdraw";
        }
        String compact = PloverRules.compact(plover, w, clause.first(), clause.end());
        boolean compacted = !java.util.Objects.equals(compact, plover);
        if (compacted) {
            plover = compact; // "signed a trade agreement" supports, "accepted the demands" concedes
            mode = null;
        }
        String deEscalated = PloverRules.deEscalation(plover, w, clause.first(), clause.end());
        if (!java.util.Objects.equals(deEscalated, plover)) {
            plover = deEscalated; // "declared a unilateral ceasefire"
            mode = null;
        }
        // "conceded to demands" is no request: the demands are what was yielded to
        String intended = compacted ? plover : PloverIntent.apply(plover, w, clause.first(), trigger.firstToken());
        int act = ownCue(triggers, clause, plover, trigger.firstToken());
        if (!compacted && java.util.Objects.equals(intended, plover) && act >= 0) {
            // "Foreign Minister X will visit", "will provide 25,000 tons of food aid": the intent is read at the
            // act's own word, not at the title or noun that decided the class
            intended = PloverIntent.apply(plover, w, clause.first(), act);
        }
        if (!java.util.Objects.equals(intended, plover)) {
            plover = intended;
            mode = null;
        }
        boolean demanded = said == null && plover != null
                && PloverRules.demanded(w, clause.first(), trigger.firstToken());
        if (!demanded && "REQUEST".equals(plover) && trigger.target().startsWith("P:REQUEST")
                && anchor > trigger.firstToken()) {
            // "demanded that its partners refuse to recognise ...": the asking verb is the act; the refusal or plan
            // after it is what is asked for, and does not make the demand a refusal or a threat
            demanded = true;
            String asked = StatusDetector.detect(w, clause, trigger.firstToken(), next);
            if (!asked.equals(StatusDetector.BACKGROUND)) {
                status = asked;
            }
        }
        if (demanded) {
            plover = "REQUEST"; // "said the rebels must disarm": what one side demands of another
            mode = null;
        } else if ((status.equals("planned") || status.equals("hypothetical"))
                && ((plover != null && HOSTILE_PLOVER.contains(plover)) || has(w, clause, "unless"))) {
            // a hostile act announced, or any act made conditional, is a threat in PLOVER: "would boycott the
            // talks", "will pull out its troops unless ..."
            status = "threatened";
        }
        // a demand stays a request whatever the status of the act demanded ("demanded that they refuse")
        if (!demanded && status.equals("threatened")) {
            plover = "THREATEN";
            mode = cls.isViolent() ? "violence" : null;
        } else if (!demanded && status.equals("refused")) {
            if ("REJECT".equals(plover)) {
                status = StatusDetector.OCCURRED; // the refusal is itself the event: "the factions refused"
            }
            plover = "REJECT";
            mode = null;
        }

        int byAt = passiveBy(w, trigger, clause);
        List<ActorMention> parties = ActorRoles.withoutLaterSources(actors, w, triggerEnd);
        ActorRoles.Roles roles = ActorRoles.choose(parties, ActorRoles.backers(parties, w), sentence.start(),
                clauseStart, clauseEnd, triggerStart, triggerEnd, byAt);
        cls = CodebookRules.takenBy(cls, roles.actor1());
        // a visit or a march happens where it goes: "marched to the city hall"
        boolean movement = cls == EventClass.DIPLO || "CONSULT".equals(plover) || "PROTEST".equals(plover);
        EventLocator.Choice where = EventLocator.choose(w, clause, trigger.firstToken(), places, movement);
        EventLocation location = where == null ? null : EventLocator.toLocation(where);
        EventLocation recent = location == null ? carry.get() : null;
        if (recent != null && sentence.start() - recent.end() < CARRY_OVER_CHARS) {
            location = recent; // "During the operation, weapons were seized": the place of the sentence before
        }
        if (location != null && location.lat() == null) {
            EventLocation before = carry.get();
            location = EventLocator.placedNearby(location, places,
                    before != null && sentence.start() - before.end() < CARRY_OVER_CHARS ? before : null);
        }
        EventDater.Dating when = EventDater.date(withoutSayings(dates, w.text(), clauseStart, clauseEnd), clauseStart,
                clauseEnd, triggerStart, published);
        when = daysAfterShift(w, trigger.firstToken(), dates, when);
        int prior = PriorActs.start(w, 0, w.size());
        boolean earlierAct = prior >= 0 && trigger.firstToken() > prior
                && trigger.firstToken() < PriorActs.end(w, prior);
        Casualties casualties = Casualties.NONE;
        if (cls.isViolent() || cls == EventClass.NATURAL_DISASTER || cls == EventClass.MAN_MADE_DISASTER) {
            int countEnd = casualtyEnd(w, clause, next);
            casualties = earlierAct ? CasualtyCounter.count(w, clause.first(), countEnd)
                    : countOutsidePriorAct(w, clause.first(), countEnd);
        }
        if (earlierAct) {
            confidenceScale *= BACKGROUND_SCALE; // "days after fighting that killed nearly 100": background
        }

        double confidence = AnalysisCues.adjust(confidence(how, trigger) * confidenceScale, w, 0, w.size(),
                trigger.firstToken());
        if (clause.first() > 0 && RELATIVE.contains(w.lower(clause.first()))) {
            confidence = Math.round(confidence * RELATIVE_SCALE * 100) / 100.0; // "..., which were caused by a
            // missile attack": an aside about the main act's object is less likely the story's event
        }
        Span evidence = new Span(clauseStart, clauseEnd);
        String id = ArticleIds.sha256Hex(article.article().id() + ":" + sentence.start() + "-" + sentence.end()
                + ":" + clauseStart + ":" + cls.name()).substring(0, 16);
        return new Event(id, when.date(), when.precision(), cls.eventType(), cls.subEventType(), cls.category(),
                plover, mode, status, roles.actor1(), roles.actor2(), roles.assoc1(), roles.assoc2(), location,
                casualties.fatalities(), casualties.injured(), confidence, evidence);
    }

    /** Words from "after" back to the trigger it opens: "two days after gunmen from rival factions ... fought". */
    private static final int AFTER_REACH = 12;
    private static final int MAX_DAYS_AFTER = 14;

    /**
     * "Schools stayed shut on Monday, two days after gunmen fought a gun battle": an act told after "N days after" is
     * dated N days before the day the sentence names, unless the phrase names its own day.
     */
    private static EventDater.Dating daysAfterShift(Words w, int trigger, List<DateMention> dates,
                                                    EventDater.Dating when) {
        if (when.date() == null || when.precision() != 1) {
            return when;
        }
        for (int a = trigger - 1; a >= 2 && a >= trigger - AFTER_REACH; a--) {
            if (!w.lower(a).equals("after")) {
                continue;
            }
            String unit = w.lower(a - 1);
            int n = !unit.equals("day") && !unit.equals("days") ? -1
                    : w.lower(a - 2).equals("a") || w.lower(a - 2).equals("one") ? 1
                    : NumberWords.valueEndingAt(w, a - 2);
            if (n <= 0 || n > MAX_DAYS_AFTER) {
                return when;
            }
            int phraseStart = w.start(a);
            for (DateMention d : dates) {
                if (d.start() >= phraseStart) {
                    return when; // "a day after the attack on Friday": the phrase has its own day
                }
            }
            return new EventDater.Dating(LocalDate.parse(when.date()).minusDays(n).toString(), 1);
        }
        return when;
    }

    static final int CARRY_OVER_CHARS = 400;
    private static final Set<String> RELATIVE = Set.of("which", "who", "whom", "whose");
    /** Confidence left to an event told in a relative clause. */
    static final double RELATIVE_SCALE = 0.8;

    /** A place worked out once, and only when some event needs it. */
    private static final class Carry {
        private java.util.function.Supplier<EventLocation> how;
        private EventLocation value;

        Carry(java.util.function.Supplier<EventLocation> how) {
            this.how = how;
        }

        EventLocation get() {
            if (how != null) {
                value = how.get();
                how = null;
            }
            return value;
        }
    }
    private static final Set<String> HOSTILE_PLOVER = Set.of("ASSAULT", "COERCE", "SANCTION", "PROTEST",
            "MOBILIZE");

    private static boolean has(Words w, Clause clause, String word) {
        for (int i = clause.first(); i < clause.end(); i++) {
            if (w.lower(i).equals(word)) {
                return true;
            }
        }
        return false;
    }
    /**
     * The model runs only on clauses with an event-class trigger at least this strong (verbal cues do not count) and
     * cues that disagree; -Ddateline.events.modelWeight=99 switches it off.
     */
    static final double MODEL_WEIGHT = Double.parseDouble(System.getProperty("dateline.events.modelWeight", "0.8"));
    /** A clause the model skips is typed from its triggers when one class leads by this much... */
    static final double WEAK_LEAD = 0.1;
    /** ...and such events are less certain. */
    static final double WEAK_SCALE = 0.6;
    /** A cue at least this strong names a class the model may have to choose... */
    static final double RIVAL_CUE = 0.4;
    /** Events the model did not type, their cues agreeing, are a little less sure than those it confirmed. */
    static final double AGREEING_SCALE = 0.8;

    /**
     * ...so the model runs only where a clause's cues name two ACLED classes ("arrested ... on murder charges":
     * arrests or crime) or two PLOVER types. Where they agree, skipping it left CASE unchanged, cost PLOVER 0.012
     * and saved two model calls in three on local news (docs/decisions.md).
     */
    private static boolean cuesDisagree(List<Trigger> triggers) {
        String acled = null;
        String plover = null;
        for (Trigger t : triggers) {
            if (t.weight() < RIVAL_CUE) {
                continue;
            }
            String named = t.isPlover() ? ploverType(t) : t.target();
            String first = t.isPlover() ? plover : acled;
            if (first != null && !first.equals(named)) {
                return true;
            }
            if (t.isPlover()) {
                plover = named;
            } else {
                acled = named;
            }
        }
        return false;
    }

    /** "P:COERCE:seize" names COERCE. */
    private static String ploverType(Trigger t) {
        int end = t.target().indexOf(':', 2);
        return end < 0 ? t.target().substring(2) : t.target().substring(2, end);
    }

    private static List<Trigger> acledOnly(List<Trigger> triggers) {
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : triggers) {
            if (!t.isPlover()) {
                out.add(t);
            }
        }
        return out;
    }
    private static final Set<String> PREPOSITIONS = Set.of("to", "by", "from", "in", "on", "at", "for", "with",
            "into", "through", "over", "under", "via");

    /**
     * "sent arms to Pakistan" states an act, "the package sent to the minister" only describes a noun: a verbal cue
     * below 1.0 counts alone only when no preposition follows it at once (it takes an object).
     */
    static List<Trigger> withObject(Words w, List<Trigger> triggers) {
        return withObject(w, triggers, 0);
    }

    /**
     * As {@link #withObject(Words, List)}, keeping also a cue that a verb of stopping governs ("reduced food supplies
     * to the camp"): that verb states the act.
     */
    static List<Trigger> withObject(Words w, List<Trigger> triggers, int clauseFirst) {
        List<Trigger> out = new ArrayList<>(triggers.size());
        for (Trigger t : triggers) {
            int after = t.lastToken() + 1;
            if (!t.isPlover() || t.weight() >= 1.0 || after >= w.size() || !PREPOSITIONS.contains(w.lower(after))
                    || PloverRules.governingVerb(t.target().substring(2).split(":")[0], w, clauseFirst,
                    t.firstToken()) >= 0) {
                out.add(t);
            }
        }
        return out;
    }

    private static final Set<String> MEANS = Set.of(EventClass.ART_MISS_ATTACK.name(), EventClass.AIR_STRIKE.name(),
            EventClass.REM_EXPLOS.name(), EventClass.SUIC_BOMB.name(), EventClass.GRENADE.name());

    /**
     * "The RSF shelled residential neighbourhoods, killing eight civilians": an attack read from its victims is typed
     * by the weapon the clause names, as ACLED types remote violence by its means whoever it hits.
     */
    private static Classification byItsMeans(Words w, Classification cls, List<Trigger> local) {
        boolean fromVictims = cls.trigger() == null || CASUALTY_WORDS.contains(w.lower(cls.trigger().firstToken()));
        if (cls.eventClass() != EventClass.ATTACK || !fromVictims) {
            return cls;
        }
        Trigger means = null;
        for (Trigger t : local) {
            if (!t.isPlover() && MEANS.contains(t.target()) && t.weight() >= 1.0
                    && (means == null || t.weight() > means.weight())) {
                means = t;
            }
        }
        return means == null ? cls : new Classification(EventClass.valueOf(means.target()), cls.score(),
                cls.margin(), cls.plover(), cls.ploverMode(), means);
    }

    /** Events named only by a verbal PLOVER cue are less certain than those with a cue of their own class... */
    static final double VERBAL_ONLY_SCALE = 0.5;
    /** ...and less still when that cue is below 1.0. */
    static final double WEAK_CUE_SCALE = 0.8;

    private static final Set<String> PAST_PERIODS = Set.of("year's", "month's", "decade's", "year\u2019s",
            "month\u2019s", "decade\u2019s");
    /** Modifiers between the possessive and the act: "last year's port explosion". */
    private static final int MAX_MODIFIERS = 2;

    /**
     * "the judge investigating last year's port explosion", "commemorating the victims of the bridge collapse": an
     * act named as last year's, or as the one whose victims are mourned, is background.
     */
    private static List<Trigger> withoutLastYearsActs(Words w, List<Trigger> triggers) {
        return Trigger.without(triggers, t -> lastYears(w, t.firstToken()));
    }

    private static boolean lastYears(Words w, int token) {
        for (int p = token - 1; p > 0 && p >= token - 1 - MAX_MODIFIERS; p--) {
            if (PAST_PERIODS.contains(w.lower(p))) {
                return w.lower(p - 1).equals("last") || w.lower(p - 1).equals("previous");
            }
        }
        return victimsOfThe(w, token);
    }

    /** Words between "victims of the" and the act: "the November 2024 railway station canopy collapse". */
    private static final int MAX_NAMING_WORDS = 6;

    /** "to commemorate the victims of the ... canopy collapse": the act whose victims are mourned is past. */
    private static boolean victimsOfThe(Words w, int token) {
        for (int p = token - 1; p >= 2 && p >= token - 1 - MAX_NAMING_WORDS; p--) {
            String x = w.lower(p);
            if (x.equals(",") || x.equals(".")) {
                return false;
            }
            if (x.equals("the") && w.lower(p - 1).equals("of") && w.lower(p - 2).equals("victims")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "released 360 detainees ... out of 800 people arrested as part of the campaign": a participle right after a
     * plural noun, after an earlier strong past-tense event trigger (the clause's main verb), describes the noun
     * (background): it drops below candidate strength so that the main verb decides the class.
     */
    private static List<Trigger> demoteReducedRelatives(Words w, List<Trigger> local) {
        List<Trigger> out = new ArrayList<>(local.size());
        boolean strongBefore = false;
        boolean actBefore = false;
        for (Trigger t : local) {
            int i = t.firstToken();
            String word = w.lower(i);
            boolean reduced = (strongBefore || passiveAfter(w, local, t)) && i > 0 && word.endsWith("ed")
                    && pluralNoun(w.lower(i - 1)) && !BE.contains(w.lower(i - 1));
            boolean demoted = reduced || attributive(w, t) || instrument(w, t) || prospective(w, t)
                    || actBefore && accused(w, t);
            out.add(demoted ? new Trigger(t.firstToken(), t.lastToken(), t.target(), t.weight() * REDUCED) : t);
            // the main verb before: an event verb in the past ("militants attacked" has none before "attacked")
            strongBefore |= t.weight() >= 0.9 && !t.isPlover() && i > 0 && word.endsWith("ed");
            actBefore |= t.weight() >= CANDIDATE_WEIGHT && !t.isPlover();
        }
        return out;
    }

    /**
     * "blocked roads to press their demands", "would blockade Paris to demand an end to the reform": an asking word
     * in an infinitive after an earlier cue of the clause states the act's aim; the act is what the clause tells.
     */
    /** Weight of a weak protest cue ("gathered") followed by the purpose of asking: a protest cue at full strength. */
    static final double PURPOSEFUL_GATHERING = 0.8;

    private static List<Trigger> demotePurposeRequests(Words w, List<Trigger> local) {
        List<Trigger> out = null;
        for (int k = 0; k < local.size(); k++) {
            Trigger t = local.get(k);
            if (!t.target().startsWith("P:REQUEST")) {
                continue;
            }
            int to = -1; // "to demand", "to press their demands": an infinitive of asking; not "conceded to demands"
            for (int i = t.firstToken() - 1; i >= 0 && i >= t.firstToken() - 3; i--) {
                if (w.lower(i).equals("to") && requestCueAt(local, i + 1) && baseForm(w.lower(i + 1))) {
                    to = i;
                    break;
                }
            }
            boolean actBefore = false;
            int gathering = -1;
            for (int j = 0; j < local.size() && to >= 0; j++) {
                Trigger u = local.get(j);
                if (u.lastToken() >= to || u.target().startsWith("P:REQUEST")) {
                    continue;
                }
                actBefore |= u.weight() >= 0.8;
                if (u.target().equals(EventClass.PEACE_PROTEST.name()) && u.weight() < 0.8) {
                    gathering = j;
                }
            }
            if (actBefore || gathering >= 0) {
                if (out == null) {
                    out = new ArrayList<>(local);
                }
                out.set(k, new Trigger(t.firstToken(), t.lastToken(), t.target(), t.weight() * REDUCED));
            }
        }
        return out == null ? local : out;
    }

    private static final Set<String> SETTING = Set.of("set", "sets", "setting");
    /** Weight of "set ... on fire" read as arson: that of the contiguous "set on fire" cue. */
    static final double ARSON_WEIGHT = 0.8;

    /**
     * "setting houses on fire", "set part of the building on fire": a fire someone sets is arson (property
     * destruction), not the man-made disaster the word "fire" alone names.
     */
    private static List<Trigger> arson(Words w, List<Trigger> local) {
        List<Trigger> out = null;
        for (int k = 0; k < local.size(); k++) {
            Trigger t = local.get(k);
            int i = t.firstToken();
            if (w.lower(t.lastToken()).equals("alight") && t.lastToken() > i
                    && personSetAlight(w, t.lastToken() + 1, Math.min(w.size(), t.lastToken() + 1 + ALIGHT_OBJECT))) {
                // "beat and set alight two men": a person set alight is attacked
                out = out == null ? new ArrayList<>(local) : out;
                out.set(k, new Trigger(i, t.lastToken(), EventClass.ATTACK.name(), ARSON_WEIGHT));
                continue;
            }
            if (!t.target().equals(EventClass.MAN_MADE_DISASTER.name()) || t.lastToken() != i || i < 2
                    || !w.lower(i).startsWith("fire") || !w.lower(i - 1).equals("on")) {
                continue;
            }
            for (int j = i - 2; j >= 0 && j >= i - 7; j--) {
                if (SETTING.contains(w.lower(j))) {
                    if (out == null) {
                        out = new ArrayList<>(local);
                    }
                    // "beat them and set one on fire": a person set alight is attacked, not property
                    String target = personSetAlight(w, j + 1, i - 1) ? EventClass.ATTACK.name()
                            : EventClass.PROPERTY_DISTRUCT.name();
                    out.set(k, new Trigger(i, i, target, ARSON_WEIGHT));
                    break;
                }
            }
        }
        return out == null ? local : out;
    }

    /** Weight of arson told beside an attack on people: below the attack's own cue. */
    static final double SIDE_ARSON_WEIGHT = 0.5;
    private static final Set<String> PEOPLE_ATTACKED = Set.of("residents", "villagers", "civilians", "people",
            "farmers", "worshippers", "passengers", "families", "herders", "displaced");
    /** Words from "attacked" to the people it names: "attacked residents", "attacked the displaced". */
    private static final int ATTACKED_REACH = 3;

    /**
     * "attacked residents ... with machetes and set houses on fire": arson told beside an attack on people is part
     * of that attack, so its cue falls below the attack's.
     */
    private static List<Trigger> arsonBesideAnAttack(Words w, List<Trigger> local) {
        if (!attacksPeople(w, local)) {
            return local;
        }
        List<Trigger> out = new ArrayList<>(local);
        for (int k = 0; k < out.size(); k++) {
            Trigger t = out.get(k);
            if (t.target().equals(EventClass.PROPERTY_DISTRUCT.name()) && t.weight() <= ARSON_WEIGHT) {
                out.set(k, new Trigger(t.firstToken(), t.lastToken(), t.target(), SIDE_ARSON_WEIGHT));
            }
        }
        return out;
    }

    /**
     * Whether an attack cue of the clause has people as its object ("attacked residents of a village") and no
     * other cue outweighs it (a raid told as a town's capture stays for the model to weigh).
     */
    private static boolean attacksPeople(Words w, List<Trigger> local) {
        for (Trigger t : local) {
            if (t.isPlover() || !t.target().equals(EventClass.ATTACK.name())) {
                continue;
            }
            for (int i = t.lastToken() + 1; i < w.size() && i <= t.lastToken() + ATTACKED_REACH; i++) {
                if (PEOPLE_ATTACKED.contains(w.lower(i))) {
                    return maxWeight(acledOnly(local), 0, w.size()) <= Math.max(t.weight(), ARSON_WEIGHT);
                }
            }
        }
        return false;
    }

    /** Words of the object after "set alight": "two men suspected of". */
    private static final int ALIGHT_OBJECT = 3;
    private static final Set<String> PERSONS_SET_ALIGHT = Set.of("one", "him", "her", "them", "man", "men",
            "woman", "women", "suspect", "suspects", "himself", "herself", "boy", "youth", "thief", "thieves");

    private static boolean personSetAlight(Words w, int from, int to) {
        for (int i = from; i < to; i++) {
            if (PERSONS_SET_ALIGHT.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /** What people gather to do when they protest: "gathered ... to demand jobs", "to voice support for". */
    private static final Set<String> PROTEST_PURPOSES = Set.of("demand", "denounce", "protest", "condemn", "voice",
            "express", "call", "urge", "reject", "oppose", "decry", "press", "show", "demonstrate", "mark");

    /** "gathered in front of the town hall, demanding jobs": the purpose told as a participle. */
    private static final Set<String> PROTEST_PARTICIPLES = Set.of("demanding", "denouncing", "protesting",
            "condemning", "chanting", "calling", "demonstrating");

    /** Words after a gathering cue within which its purpose is told (past where and when it met). */
    private static final int PURPOSE_REACH = 20;

    /** A weak gathering cue followed by a purpose of protest is a protest cue at full strength. */
    private static List<Trigger> strengthenPurposefulGatherings(Words w, List<Trigger> local) {
        List<Trigger> out = null;
        for (int k = 0; k < local.size(); k++) {
            Trigger t = local.get(k);
            if (!t.target().equals(EventClass.PEACE_PROTEST.name()) || t.weight() >= PURPOSEFUL_GATHERING) {
                continue;
            }
            int reach = Math.min(w.size() - 1, t.lastToken() + PURPOSE_REACH);
            for (int i = t.lastToken() + 1; i < reach && !w.lower(i).equals(";"); i++) {
                if (w.lower(i).equals("to") && PROTEST_PURPOSES.contains(w.lower(i + 1))
                        || w.lower(i - 1).equals(",") && PROTEST_PARTICIPLES.contains(w.lower(i))) {
                    if (out == null) {
                        out = new ArrayList<>(local);
                    }
                    out.set(k, new Trigger(t.firstToken(), t.lastToken(), t.target(), PURPOSEFUL_GATHERING));
                    break;
                }
            }
        }
        return out == null ? local : out;
    }

    /** "to demand", "to press", not the plural noun in "conceded to demands". */
    private static boolean baseForm(String word) {
        return !word.endsWith("s") || word.endsWith("ss");
    }

    private static boolean requestCueAt(List<Trigger> local, int token) {
        for (Trigger t : local) {
            if (t.firstToken() == token && t.target().startsWith("P:REQUEST")) {
                return true;
            }
        }
        return false;
    }

    /**
     * "deployed troops in anticipation of protests", "to prevent attacks": what the act is meant to forestall has not
     * happened; it only describes the act's purpose.
     */
    private static boolean prospective(Words w, Trigger t) {
        if (aimedAt(w, t.firstToken())) {
            return true; // the aim is not yet an act in either scheme
        }
        for (int k = Math.max(0, t.firstToken() - 4); k < t.firstToken(); k++) {
            boolean toStop = k > 0 && w.lower(k - 1).equals("to") && STOPPING.contains(w.lower(k));
            if (PROSPECT.contains(w.lower(k)) || toStop) {
                return !t.isPlover(); // also "an ultimatum to halt attacks": the violence to be stopped
            }
        }
        return !t.isPlover() && (cause(w, t.firstToken()) || sinceNoun(w, t.firstToken()));
    }

    private static final Set<String> STOPPING = Set.of("halt", "stop", "end", "cease");
    private static final Set<String> AIMING = Set.of("aimed", "aiming", "aims", "aim", "geared", "directed");

    /**
     * "security campaigns aimed at disarming militia remnants and combating traffickers", "sanctions aimed at halting
     * missile programmes": from the gerund after "aimed at" to the next comma, the words name what an act is for,
     * which has not happened.
     */
    private static boolean aimedAt(Words w, int trigger) {
        for (int k = trigger; k >= 2 && k > trigger - 16; k--) {
            String x = w.lower(k);
            if (x.equals(",") || x.equals(";") || x.equals(":")) {
                return false; // the aim ends at the comma: "a raid, aimed at dismantling a ring, left three dead"
            }
            if (x.endsWith("ing") && w.lower(k - 1).equals("at") && AIMING.contains(w.lower(k - 2))) {
                return true;
            }
        }
        return false;
    }

    /** Two words naming what an act answers or what someone took part in, right before its cue. */
    /** Phrases that name why an act happened; "in" before them opens a cause phrase (see EventLocator). */
    static final Set<String> CAUSES = Set.of("response to", "retaliation for", "reprisal for",
            "revenge for", "reaction to", "involvement in", "role in", "part in", "complicity in", "because of",
            "protest at", "protest against", "protest over");

    /**
     * "will extend the curfew in response to recent unrest", "outlawed the group because of its involvement in
     * killing": the cause of the act or the deed held against someone, named within four words before the cue, is
     * told as background.
     */
    private static boolean cause(Words w, int trigger) {
        for (int k = Math.max(1, trigger - 4); k < trigger; k++) {
            if (CAUSES.contains(w.lower(k - 1) + " " + w.lower(k))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> SINCE_OPENERS = Set.of("the", "a", "an", "last", "its", "their", "his", "her");

    /**
     * "have been demobilised since the August peace accord": a noun phrase after "since" dates the act (the status
     * detector drops such cues); its cue must not decide the class over the act's own cue.
     */
    private static boolean sinceNoun(Words w, int trigger) {
        for (int k = Math.max(0, trigger - 5); k < trigger - 1; k++) {
            if (w.lower(k).equals("since") && SINCE_OPENERS.contains(w.lower(k + 1))) {
                for (int j = k + 2; j < trigger; j++) {
                    if (w.lower(j).equals(",") || w.lower(j).endsWith("ed")) {
                        return false; // a clause of its own: "since the army attacked"
                    }
                }
                return true;
            }
        }
        return false;
    }

    private static final Set<String> PROSPECT = Set.of("anticipation", "prevent", "avert", "forestall", "pre-empt",
            "preempt", "deter");

    /** "conscripts detained in Adra were freed": a strong passive main verb later in the clause. */
    private static boolean passiveAfter(Words w, List<Trigger> local, Trigger participle) {
        for (Trigger u : local) {
            int j = u.firstToken();
            if (j > participle.lastToken() + 1 && u.weight() >= 0.9 && !u.isPlover() && BE.contains(w.lower(j - 1))) {
                return true;
            }
        }
        return false;
    }

    /** Weight left to a participle that only describes a noun. */
    static final double REDUCED = 0.3;
    private static final Set<String> ACCUSATIONS = Set.of("suspected of", "accused of", "convicted of");

    /**
     * "beat to death a woman suspected of kidnapping a girl": after the clause's act, the deed held against its
     * victim is no act of this report (alone in its clause, it is: "a man suspected of attacking the site").
     */
    private static boolean accused(Words w, Trigger t) {
        for (int k = Math.max(1, t.firstToken() - 3); k < t.firstToken(); k++) {
            if (ACCUSATIONS.contains(w.lower(k - 1) + " " + w.lower(k))) {
                return !t.isPlover();
            }
        }
        return false;
    }

    /** "killing eleven civilians with machetes and firearms", "armed with rifles": weapons used, not seized. */
    private static boolean instrument(Words w, Trigger t) {
        if (!t.target().equals(EventClass.DISR_WEAP.name())) {
            return false;
        }
        for (int i = t.firstToken() - 1; i >= 0 && i >= t.firstToken() - 3; i--) {
            String x = w.lower(i);
            if (x.equals("with")) {
                return i == 0 || !LOADING.contains(w.lower(i - 1));
            }
            if (!x.equals("and") && !x.equals(",") && !Character.isLetter(x.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /** "a truck loaded with weapons": what carries weapons is a seizure's object, not an instrument. */
    private static final Set<String> LOADING = Set.of("loaded", "packed", "filled", "laden", "stocked", "found",
            "caught", "arrested", "stopped");

    private static final Set<String> ATTRIBUTIVE_AFTER = Set.of("of", "the", "their", "its", "his", "her", "our",
            "newly", "recently", "freshly");

    /** Participles of a thing's state: "trapped in a burning building" tells where, not that anyone set a fire. */
    private static final Set<String> STATE_PARTICIPLES = Set.of("burning", "blazing", "smouldering", "smoldering");

    /**
     * "wives of mobilised soldiers", "the displaced families": a participle before a plural noun describes people;
     * "a burning building" describes a thing.
     */
    private static boolean attributive(Words w, Trigger t) {
        int i = t.firstToken();
        if (t.lastToken() != i || i == 0 || i + 1 >= w.size()) {
            return false;
        }
        boolean describesThing = STATE_PARTICIPLES.contains(w.lower(i)) && ARTICLES.contains(w.lower(i - 1))
                && Character.isLetter(w.lower(i + 1).charAt(0)) && !w.lower(i + 1).equals("of");
        return describesThing || w.lower(i).endsWith("ed") && ATTRIBUTIVE_AFTER.contains(w.lower(i - 1))
                && pluralNoun(w.lower(i + 1));
    }

    private static final Set<String> ARTICLES = Set.of("a", "an", "the");

    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police",
            "personnel", "youths", "others", "persons");

    private static boolean pluralNoun(String word) {
        return IRREGULAR_PLURALS.contains(word) || word.length() > 3 && word.endsWith("s")
                && Character.isLetter(word.charAt(0)) && !word.endsWith("ss") && !word.equals("has")
                && !word.equals("was") && !word.equals("this") && !word.equals("thus");
    }

    /** The last town-level place named shortly before the sentence, for sentences that name none. */
    private static EventLocation recentPlace(List<PlaceMention> places, Span sentence) {
        PlaceMention last = null;
        for (PlaceMention p : places) {
            if (p.end() <= sentence.start() && sentence.start() - p.end() < CARRY_OVER_CHARS && p.feature() != null
                    && p.feature().startsWith("PPL")) {
                last = p;
            }
        }
        return last == null ? null : EventLocator.toLocation(new EventLocator.Choice(last, 2));
    }

    private static final Set<String> VERBAL = Set.of("AGREE", "CONSULT", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
            "RETREAT", "REQUEST", "ACCUSE", "REJECT", "THREATEN", "SANCTION");

    private static Classification verbalOnly(Classification cls, List<Trigger> local) {
        if (cls.plover() == null || !VERBAL.contains(cls.plover())) {
            return null;
        }
        Trigger cue = null;
        for (Trigger t : local) {
            if (t.weight() >= 1.0 && (t.target().equals("P:" + cls.plover())
                    || t.target().startsWith("P:" + cls.plover() + ":"))) {
                cue = t;
                break;
            }
        }
        return cue == null ? null : new Classification(EventClass.DIPLO, cls.score(), cls.margin(), cls.plover(),
                cls.ploverMode(), cue);
    }

    /** Words from a subject to its verb: "the attackers reportedly arrived". */
    private static final int SUBJECT_REACH = 3;

    private static boolean armedSubject(Words w, int verb) {
        for (int i = verb - 1; i >= 0 && i >= verb - SUBJECT_REACH; i--) {
            if (ANAPHORIC_ATTACKERS.contains(w.lower(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The strongest candidate-strength trigger of a class kindred to {@code cls} (see {@link #kindred}), or null.
     */
    private static Trigger kindredTrigger(EventClass cls, List<Trigger> local) {
        Trigger best = null;
        for (Trigger t : local) {
            if (t.isPlover() || t.weight() < CANDIDATE_WEIGHT) {
                continue;
            }
            if (kindred(cls, EventClass.valueOf(t.target())) && (best == null || t.weight() > best.weight())) {
                best = t;
            }
        }
        return best;
    }

    /**
     * Classes whose cues confirm each other: one ACLED event type (protests and riots together, and a protest with
     * its policing), territory changed by fighting or without, weapons seized or destroyed, an agreement and a
     * release. Strategic developments are otherwise a grab-bag (a release is no arrest).
     */
    static boolean kindred(EventClass cls, EventClass other) {
        String a = family(cls);
        String b = family(other);
        if (a != null && a.equals(b) && !a.equals("Strategic developments")) {
            return true;
        }
        return switch (cls) {
            case PEACE_PROTEST, PROTEST_WITH_INTER, FORCE_AGAINST_PROTEST, VIOL_DEMONSTR ->
                    other == EventClass.ARREST || other == EventClass.ARMED_CLASH;
            case NON_VIOL_TERRIT_TRANSFER -> other == EventClass.GOV_REGAINS_TERIT
                    || other == EventClass.NON_STATE_ACTOR_OVERTAKES_TER || other == EventClass.CHANGE_TO_GROUP_ACT;
            case GOV_REGAINS_TERIT, NON_STATE_ACTOR_OVERTAKES_TER -> other == EventClass.NON_VIOL_TERRIT_TRANSFER;
            case DISR_WEAP -> "Explosions/Remote violence".equals(b) || other == EventClass.PROPERTY_DISTRUCT;
            case AGREEMENT -> other == EventClass.OTHER;
            default -> false;
        };
    }

    private static String family(EventClass c) {
        String type = c.eventType();
        return "Riots".equals(type) && c != EventClass.MOB_VIOL ? "Protests" : type;
    }

    /** Casualties of a clause may be stated in a following participle or "leaving" clause without a trigger. */
    private static int casualtyEnd(Words w, Clause clause, Clause next) {
        if (next == null) {
            return clause.end();
        }
        if (TIME_OPENERS.contains(w.lower(next.first()))) {
            // "Explosions tore through the airport moments after the plane landed, killing 22": the participle
            // after a comma tells the main clause's outcome, however long the time clause between
            for (int i = next.first() + 1; i + 1 < next.end(); i++) {
                if (w.lower(i).equals(",") && OUTCOME_PARTICIPLES.contains(w.lower(i + 1))) {
                    return next.end();
                }
            }
            // "rioters attacked a mosque, a day after three girls were stabbed to death": the earlier event's toll
            return clause.end();
        }
        return Math.max(clause.end(), Math.min(next.end(), clause.end() + 12));
    }

    private static final Set<String> TIME_OPENERS = Set.of("after", "before", "when", "as", "while");
    private static final Set<String> OUTCOME_PARTICIPLES = Set.of("killing", "wounding", "injuring", "leaving");

    private static double confidence(Classification how, Trigger trigger) {
        if (how == null) {
            return Math.min(0.6, 0.3 + 0.2 * trigger.weight());
        }
        double c = 0.35 + Math.min(0.35, how.margin() * 5) + Math.min(0.25, 0.15 * trigger.weight());
        if (how.trigger() == null) {
            c -= 0.15; // the embedding chose a class no trigger points to
        }
        return Math.max(0.05, Math.min(0.99, Math.round(c * 100) / 100.0));
    }

    private static final Set<String> STATEMENTS = Set.of("ACCUSE", "REJECT");

    /** The PLOVER type of an accusation or rejection cue at least {@code minWeight} before the trigger, or null. */
    private static String statementBefore(Words w, List<Trigger> triggers, Clause clause, int trigger,
                                          double minWeight, boolean finiteVerb) {
        for (Trigger t : triggers) {
            // a finite verb states ("accused", "dismisses"); a noun may sit in a condition ("if he gave them a veto")
            if (finiteVerb && !finite(w.lower(t.firstToken())) && !progressive(w, t.firstToken())) {
                continue;
            }
            // outside violence the statement verb may itself have decided the class ("blamed X for the bombing")
            boolean before = t.firstToken() < trigger || finiteVerb && t.firstToken() == trigger;
            if (t.isPlover() && t.weight() >= minWeight && t.firstToken() >= clause.first() && before) {
                String type = t.target().substring(2).split(":")[0];
                if (STATEMENTS.contains(type)) {
                    return type;
                }
            }
        }
        return null;
    }

    private static final Set<String> PEACEFUL_PLOVER = Set.of("RETREAT", "CONCEDE", "AID", "COOPERATE", "AGREE",
            "CONSULT", "SUPPORT");

    /** The first PLOVER cue of the type in the clause other than the trigger, or -1. */
    private static int ownCue(List<Trigger> triggers, Clause clause, String type, int trigger) {
        if (type == null) {
            return -1;
        }
        for (Trigger t : triggers) {
            if (clause.contains(t.firstToken()) && t.firstToken() != trigger
                    && (t.target().equals("P:" + type) || t.target().startsWith("P:" + type + ":"))) {
                return t.firstToken();
            }
        }
        return -1;
    }

    /** Whether the clause holds a PLOVER cue of the type. */
    private static boolean hasPloverCue(List<Trigger> triggers, Clause clause, String type) {
        for (Trigger t : triggers) {
            if (clause.contains(t.firstToken())
                    && (t.target().equals("P:" + type) || t.target().startsWith("P:" + type + ":"))) {
                return true;
            }
        }
        return false;
    }

    /** "is suing", "are demanding": a form in -ing after a form of "be" is a finite verb too. */
    private static boolean progressive(Words w, int i) {
        return i > 0 && w.lower(i).endsWith("ing") && PROGRESSIVE_BE.contains(w.lower(i - 1));
    }

    private static final Set<String> PROGRESSIVE_BE = Set.of("is", "are", "was", "were");

    private static boolean finite(String word) {
        return word.endsWith("ed") || word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("ions");
    }

    /**
     * Modality attaches to the clause's action, which may come after the trigger that decided the class ("Iran's
     * foreign minister is expected to visit"): the last strong trigger word of the clause anchors the status.
     */
    private static int statusAnchor(Words w, List<Trigger> triggers, Clause clause, Trigger trigger) {
        int anchor = trigger.firstToken();
        for (Trigger t : triggers) {
            if (clause.contains(t.firstToken()) && t.weight() >= CANDIDATE_WEIGHT && t.firstToken() > anchor
                    && !cause(w, t.firstToken()) && !sinceNoun(w, t.firstToken())) {
                anchor = t.firstToken(); // not a cause ("in response to recent unrest"): that is no action
            }
        }
        return anchor;
    }

    /**
     * The status read at the latest strong trigger between the act's trigger and {@code anchor} (exclusive) whose
     * status is not background, or at the trigger itself.
     */
    private static String statusBefore(Words w, List<Trigger> triggers, Clause clause, Trigger trigger, int anchor,
                                       Clause next) {
        int best = -1;
        String status = StatusDetector.BACKGROUND;
        for (Trigger t : triggers) {
            int at = t.firstToken();
            if (at > trigger.firstToken() && at < anchor && at > best && t.weight() >= CANDIDATE_WEIGHT) {
                String s = StatusDetector.detect(w, clause, at, next);
                if (!s.equals(StatusDetector.BACKGROUND)) {
                    best = at;
                    status = s;
                }
            }
        }
        return best >= 0 ? status : StatusDetector.detect(w, clause, trigger.firstToken(), next);
    }

    /** Offset of "by" in "were struck by X" or "were struck by airstrikes" (trigger after "by"), or -1. */
    private static int passiveBy(Words w, Trigger trigger, Clause clause) {
        int t = trigger.firstToken();
        if (t - 1 > clause.first() && w.lower(t - 1).equals("by")) {
            for (int i = t - 2; i >= clause.first() && i >= t - 5; i--) {
                if (BE.contains(w.lower(i))) {
                    return w.start(t - 1);
                }
            }
        }
        boolean be = false;
        for (int i = t - 1; i >= clause.first() && i >= t - 3; i--) {
            if (BE.contains(w.lower(i))) {
                be = true;
                break;
            }
        }
        if (!be) {
            return -1;
        }
        for (int i = trigger.lastToken() + 1; i < clause.end() && i <= trigger.lastToken() + 4; i++) {
            if (w.lower(i).equals("by")) {
                return w.start(i);
            }
        }
        return -1;
    }

    /** "an attack and the arrests that followed": a strong trigger of a follow-up kind next to a violent event. */
    private static Trigger followUp(List<Trigger> local, EventClass primary, Trigger primaryTrigger) {
        for (Trigger t : local) {
            if (t.isPlover() || t.weight() < 1.0 || Math.abs(t.firstToken() - primaryTrigger.firstToken()) < 2) {
                continue;
            }
            EventClass other = EventClass.valueOf(t.target());
            boolean violentThenFollowUp = primary.isViolent() && FOLLOW_UPS.contains(other);
            boolean followUpThenViolent = FOLLOW_UPS.contains(primary) && other.isViolent() && t.weight() >= 1.2;
            if (other != primary && (violentThenFollowUp || followUpThenViolent)
                    && primary.eventType() != null && !primary.eventType().equals(other.eventType())) {
                return t;
            }
        }
        return null;
    }

    /** Adjacent clauses coding the same class describe one event: keep the first, widen its evidence. */
    private static void mergeInto(List<Event> found, Span sentence, List<Event> out) {
        Event previous = null;
        for (Event e : found) {
            if (previous != null && previous.subEventType() != null
                    && previous.subEventType().equals(e.subEventType())
                    && previous.status().equals(e.status())) {
                Event merged = new Event(previous.eventId(), previous.eventDate(), previous.timePrecision(),
                        previous.eventType(), previous.subEventType(), previous.category(), previous.plover(),
                        previous.ploverMode(), previous.status(), first(previous.actor1(), e.actor1()),
                        first(previous.actor2(), e.actor2()), previous.assocActor1(), previous.assocActor2(),
                        previous.location() != null ? previous.location() : e.location(),
                        max(previous.fatalities(), e.fatalities()), max(previous.injured(), e.injured()),
                        Math.max(previous.confidence(), e.confidence()),
                        new Span(previous.evidence().start(), Math.max(previous.evidence().end(), e.evidence().end())));
                out.set(out.size() - 1, merged);
                previous = merged;
                continue;
            }
            out.add(e);
            previous = e;
        }
        // a sentence holding one event: the sentence is its evidence
        if (found.size() == 1 && !out.isEmpty()) {
            Event only = out.get(out.size() - 1);
            out.set(out.size() - 1, only.withEvidence(sentence));
        }
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }

    private static Integer max(Integer a, Integer b) {
        return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
    }

    private static double maxWeight(List<Trigger> triggers, int from, int to) {
        double max = 0;
        for (Trigger t : triggers) {
            if (t.firstToken() >= from && t.firstToken() < to) {
                max = Math.max(max, t.weight());
            }
        }
        return max;
    }

    private static Trigger strongest(List<Trigger> triggers) {
        Trigger best = null;
        for (Trigger t : triggers) {
            if (best == null || t.weight() > best.weight()) {
                best = t;
            }
        }
        return best;
    }

    private static List<Trigger> in(List<Trigger> triggers, Clause clause) {
        List<Trigger> out = new ArrayList<>();
        for (Trigger t : triggers) {
            if (clause.contains(t.firstToken())) {
                out.add(t);
            }
        }
        return out;
    }

    private static List<PlaceMention> within(List<PlaceMention> all, Span s) {
        List<PlaceMention> out = new ArrayList<>();
        for (PlaceMention p : all) {
            if (p.start() >= s.start() && p.end() <= s.end()) {
                out.add(p);
            }
        }
        return out;
    }

    /** "fighters of the Union for Peace in the Central African Republic": a place in a group's name is no place. */
    private static List<PlaceMention> outsideNames(List<PlaceMention> places, List<ActorMention> actors) {
        List<PlaceMention> out = new ArrayList<>(places.size());
        for (PlaceMention p : places) {
            boolean named = false;
            for (ActorMention a : actors) {
                // the group's own name holds the place; "Residents of Port-au-Prince" still lives there
                named |= a.start() <= p.start() && a.end() >= p.end() && a.end() - a.start() > p.end() - p.start()
                        && a.name() != null && a.name().contains(p.text());
            }
            if (!named) {
                out.add(p);
            }
        }
        return out;
    }

    /** "NAIROBI, July 8 (Reuters) - ... on Monday": the dateline's date is the report's, not the event's. */
    private static List<DateMention> afterDateline(Words w, List<DateMention> dates) {
        int end = WireDateline.end(w);
        if (end < 0) {
            return dates;
        }
        List<DateMention> out = new ArrayList<>(dates.size());
        for (DateMention d : dates) {
            if (d.start() >= w.end(end)) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<DateMention> withinDates(List<DateMention> all, Span s) {
        List<DateMention> out = new ArrayList<>();
        for (DateMention d : all) {
            if (d.start() >= s.start() && d.end() <= s.end()) {
                out.add(d);
            }
        }
        return out;
    }

    private static List<ActorMention> withinActors(List<ActorMention> all, Span s) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention a : all) {
            if (a.start() >= s.start() && a.end() <= s.end()) {
                out.add(a);
            }
        }
        return out;
    }
}
