package io.dateline.places;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Layer;
import io.dateline.model.PlaceMention;
import io.dateline.pipeline.Stage;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The place layer: toponym recognition and resolution against the offline GeoNames gazetteer. Two passes over the
 * candidates: the unambiguous, strongly place-like names first set the document's context (countries, states,
 * coordinates), then every candidate is resolved in that context and accepted when its name, its sentence context
 * or its closeness to the document's other places says it is a place.
 */
public final class PlaceStage implements Stage {
    static final double ACCEPT = 1.0;

    private final Gazetteer gazetteer;
    private final PlaceRecognizer recognizer;
    private final PlaceResolver resolver;

    /** Uses the standard gazetteer, loaded once per JVM. */
    public PlaceStage() {
        this(Gazetteer.standard());
    }

    public PlaceStage(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.recognizer = new PlaceRecognizer(gazetteer);
        this.resolver = new PlaceResolver(gazetteer);
    }

    @Override
    public Set<Layer> requires() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES);
    }

    @Override
    public Set<Layer> provides() {
        return Set.of(Layer.PLACES);
    }

    @Override
    public AnnotatedArticle process(AnnotatedArticle article) {
        return article.withPlaces(find(article));
    }

    List<PlaceMention> find(AnnotatedArticle article) {
        String text = article.text();
        Words w = Words.of(text, article.tokens(), article.sentences());
        List<Candidate> cands = recognizer.candidates(text, w);
        int n = cands.size();
        if (n == 0) {
            return List.of();
        }
        double[] prior = new double[n];
        double[] context = new double[n];
        String[] keys = new String[n];
        int[][] qualifiers = new int[n][];
        for (int i = 0; i < n; i++) {
            Candidate c = cands.get(i);
            keys[i] = PlaceKeys.exact(text.substring(c.start(), c.end()));
            prior[i] = resolver.recognitionPrior(c, keys[i]);
            context[i] = recognizer.contextScore(text, w, c);
            qualifiers[i] = qualifier(text, cands, i, w);
        }
        // a name used for a person once ("Mary Brown", "Mr. Lincoln") is a person throughout, unless cued as a place
        Set<String> personNames = new HashSet<>();
        for (int i = 0; i < n; i++) {
            if (context[i] <= -2 && !cands.get(i).demonym() && prior[i] < 2) {
                personNames.add(keys[i]);
            }
        }
        for (int i = 0; i < n; i++) {
            if (personNames.contains(keys[i]) && context[i] < 1.5) {
                context[i] = Math.min(context[i], -2);
            }
        }
        // pass 1: the document's context from names that are places without doubt
        PlaceResolver.Context ctx = new PlaceResolver.Context();
        PlaceResolver.Context none = new PlaceResolver.Context();
        for (int i = 0; i < n; i++) {
            if (prior[i] >= 1.5 && context[i] >= 0 && !cands.get(i).loose()) {
                int e = resolver.resolve(cands.get(i), keys[i], qualifiers[i], none)[0];
                resolver.learn(e, ctx, gazetteer.population(e) >= 20_000 || qualifiers[i].length > 0);
            }
        }
        // pass 2: resolve everything in context, accept by score, then by one sense per discourse and coherence
        int[][] resolved = new int[n][];
        boolean[] accepted = new boolean[n];
        Set<String> acceptedKeys = new HashSet<>();
        PlaceResolver.Context near = new PlaceResolver.Context();
        for (int i = 0; i < n; i++) {
            resolved[i] = resolver.resolve(cands.get(i), keys[i], qualifiers[i], ctx);
            boolean looseWithoutContext = cands.get(i).loose()
                    && ctx.countryShare(gazetteer.country(resolved[i][0])) == 0;
            if (acronym(text, cands.get(i), resolved[i][0])) {
                continue;
            }
            // a transliteration variant after "near"/"in" in a document about its country ("near Khafsa")
            boolean looseInContext = cands.get(i).loose() && context[i] >= 1
                    && ctx.countryShare(gazetteer.country(resolved[i][0])) >= 0.2;
            if ((prior[i] + context[i] >= ACCEPT || looseInContext) && !looseWithoutContext) {
                accepted[i] = true;
                acceptedKeys.add(keys[i]);
                resolver.learn(resolved[i][0], near, true);
            }
        }
        for (int i = 0; i < n; i++) {
            if (accepted[i] || context[i] <= -2 || cands.get(i).loose()) {
                continue;
            }
            int e = resolved[i][0];
            boolean sameName = acceptedKeys.contains(keys[i]);
            boolean close = prior[i] + context[i] > 0 && (PlaceResolver.nearest(gazetteer.lat(e), gazetteer.lon(e),
                    near) < 60 || (gazetteer.admin1(e) >= 0 && ctx.admin1s.contains(gazetteer.admin1(e))
                    && gazetteer.kind(e) == Gazetteer.CITY));
            accepted[i] = sameName || close;
        }
        // pass 3: the accepted places, resolved, are the better context; resolve once more with it
        // (a name's own earlier choice is left out, so that it cannot vote for itself)
        java.util.Map<String, PlaceResolver.Context> byName = new java.util.HashMap<>();
        int[][] pass2 = resolved.clone();
        for (int i = 0; i < n; i++) {
            if (!accepted[i]) {
                continue;
            }
            PlaceResolver.Context others = byName.get(keys[i]);
            if (others == null) {
                others = new PlaceResolver.Context();
                for (int j = 0; j < n; j++) {
                    if (accepted[j] && !cands.get(j).loose() && !keys[j].equals(keys[i])) {
                        resolver.learn(pass2[j][0], others, true);
                    }
                }
                byName.put(keys[i], others);
            }
            resolved[i] = resolver.resolve(cands.get(i), keys[i], qualifiers[i], others);
        }
        // "TRIPOLI, Lebanon — ... in Tripoli on Friday": a name once qualified by its country keeps that sense
        java.util.Map<String, Integer> qualified = new java.util.HashMap<>();
        for (int i = 0; i < n; i++) {
            if (accepted[i] && qualifiers[i].length > 0) {
                qualified.putIfAbsent(keys[i], resolved[i][0]);
            }
        }
        for (int i = 0; i < n; i++) {
            Integer sense = qualified.get(keys[i]);
            if (accepted[i] && sense != null && qualifiers[i].length == 0) {
                resolved[i][0] = sense;
            }
        }
        for (int i = 0; i < n; i++) {
            if (accepted[i]) {
                int cityWordEnd = cityWordAfter(text, cands.get(i).end());
                String bracketAdmin1 = AcledBracket.admin1After(text, Math.max(cands.get(i).end(), cityWordEnd));
                if (bracketAdmin1 != null) {
                    int town = townInBracket(cands.get(i), resolved[i][0], bracketAdmin1);
                    resolved[i][0] = town != resolved[i][0] ? town
                            : districtForNamesake(text, cands, accepted, resolved, i);
                } else if (cityWordEnd >= 0 && gazetteer.kind(resolved[i][0]) != Gazetteer.CITY) {
                    resolved[i][0] = cityOfTheArea(cands.get(i), resolved[i][0]);
                }
            }
        }
        List<PlaceMention> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (accepted[i]) {
                out.add(mention(text, cands.get(i), resolved[i][0], resolved[i][1] / 1000.0));
            }
        }
        return out;
    }

    /**
     * The entry for a name followed by an ACLED "(admin2, admin1)" bracket: the bracket says the name is a town (the
     * location of an event note) in that admin1, so a populated place whose admin1 matches the bracket wins over the
     * region named alike ("Kidal (Kidal, Kidal)") and over a namesake in another country ("Tripoli (Tripoli,
     * North)"). Without such a town the first choice stays.
     */
    private int townInBracket(Candidate c, int chosen, String bracketAdmin1) {
        String wanted = PlaceKeys.exact(bracketAdmin1);
        int best = -1;
        for (int p : c.postings()) {
            int e = p >> 1;
            if (gazetteer.kind(e) != Gazetteer.CITY || !AcledBracket.sameAdmin1(wanted,
                    PlaceKeys.exact(gazetteer.adminName(gazetteer.admin1(e))))) {
                continue;
            }
            if (best < 0 || gazetteer.population(e) > gazetteer.population(best)) {
                best = e;
            }
        }
        return best < 0 ? chosen : best;
    }

    /**
     * "Banjska (Zvecan, Mitrovica)": the gazetteer knows the name only as a namesake abroad (a Bulgarian town), for
     * the bracket's district and province lie in another country. The village is then placed at its district, which
     * the bracket names first, as ACLED places a village it cannot find.
     */
    private int districtForNamesake(String text, List<Candidate> cands, boolean[] accepted, int[][] resolved, int i) {
        int chosen = resolved[i][0];
        int j = i + 1;
        if (j >= cands.size() || !accepted[j] || !text.substring(cands.get(i).end(), cands.get(j).start()).strip()
                .equals("(")) {
            return chosen;
        }
        int k = j + 1; // the bracket's admin1 must agree on the district's country ("Taiz (Al Qahirah, Taizz)")
        if (k >= cands.size() || !accepted[k] || !text.substring(cands.get(j).end(), cands.get(k).start()).strip()
                .equals(",")) {
            return chosen;
        }
        String home = gazetteer.country(chosen);
        String district = gazetteer.country(resolved[j][0]);
        return home != null && district != null && !home.equals(district)
                && district.equals(gazetteer.country(resolved[k][0])) ? resolved[j][0] : chosen;
    }

    /** End of a lower-case " city" or " town" right after a name ("Marib city"), or -1. */
    static int cityWordAfter(String text, int end) {
        for (String word : CITY_WORDS) {
            int after = end + word.length();
            if (text.startsWith(word, end) && (after == text.length() || !Character.isLetter(text.charAt(after)))) {
                return after;
            }
        }
        return -1;
    }

    private static final List<String> CITY_WORDS = List.of(" city", " town");

    /**
     * "Marib city", "Daraa city": the name is said to be a town, so an area named alike ("Marib" governorate) gives
     * way to the most populous town of that name within it; without one the first choice stays.
     */
    private int cityOfTheArea(Candidate c, int chosen) {
        int area = gazetteer.admin1(chosen);
        int best = -1;
        for (int p : c.postings()) {
            int e = p >> 1;
            if (gazetteer.kind(e) == Gazetteer.CITY && gazetteer.admin1(e) == area && area >= 0
                    && (best < 0 || gazetteer.population(e) > gazetteer.population(best))) {
                best = e;
            }
        }
        return best < 0 ? chosen : best;
    }

    /** "SANA", "BA": short all-capital words are agencies and codes, unless they name a country or state (US). */
    private boolean acronym(String text, Candidate c, int e) {
        int len = c.end() - c.start();
        if (len > 4 || gazetteer.kind(e) == Gazetteer.COUNTRY || gazetteer.kind(e) == Gazetteer.ADMIN1) {
            return false;
        }
        for (int k = c.start(); k < c.end(); k++) {
            if (Character.isLowerCase(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** Postings of an admin area or country right after "X, ": the qualifier of X. */
    /** "Dublin, Ohio", and "Saravan, in Iran's Sistan-Baluchestan province": the place that situates a name. */
    private static int[] qualifier(String text, List<Candidate> cands, int i, Words w) {
        Candidate c = cands.get(i);
        if (i + 1 >= cands.size() || !w.commaAfter[c.lastWord()]) {
            return new int[0];
        }
        int next = cands.get(i + 1).firstWord();
        boolean adjacent = next == c.lastWord() + 1
                || next == c.lastWord() + 2 && w.lower(text, c.lastWord() + 1).equals("in");
        return adjacent ? cands.get(i + 1).postings() : new int[0];
    }

    private PlaceMention mention(String text, Candidate c, int e, double confidence) {
        Gazetteer g = gazetteer;
        long gid = g.geonameid(e);
        String cc = g.country(e);
        String admin1 = g.kind(e) == Gazetteer.ADMIN1 ? g.name(e) : g.adminName(g.admin1(e));
        String admin2 = g.kind(e) == Gazetteer.ADMIN2 ? g.name(e) : g.adminName(g.admin2(e));
        return new PlaceMention(c.start(), c.end(), text.substring(c.start(), c.end()), gid < 0 ? null : gid,
                g.name(e), round(g.lat(e)), round(g.lon(e)), cc.isEmpty() ? null : cc, admin1, admin2, g.feature(e),
                Math.round(confidence * 100) / 100.0);
    }

    private static double round(double v) {
        return Math.round(v * 1e5) / 1e5;
    }
}
