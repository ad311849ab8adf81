package io.dateline.actors;

import io.dateline.model.ActorMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds actor mentions in a text: named actors of the knowledge base, generic agents with their country, countries
 * standing for their governments, and unknown organisations recognised by the form of their names. Longest match
 * wins and mentions never overlap. Thread-safe: all state of one call lives in a {@link Pass}.
 */
public final class ActorRecognizer {
    private final ActorKnowledgeBase kb;

    public ActorRecognizer(ActorKnowledgeBase kb) {
        this.kb = kb;
    }

    public List<ActorMention> recognise(String text) {
        return recognise(text, List.of());
    }

    /**
     * @param townCountries countries of the towns and areas the article names, one per mention: each counts twice
     *                      towards the article's country, since a town places the story where a country named may
     *                      only be its neighbour
     */
    public List<ActorMention> recognise(String text, List<String> townCountries) {
        Pass pass = new Pass(text);
        for (String country : townCountries) {
            pass.context.count(country, 2);
        }
        return pass.run();
    }

    /**
     * A mention before its country is settled from the article's context: a null country is taken from the context,
     * an empty one means "none".
     */
    private static final class Draft {
        final int start;
        final int end;
        final String name;
        final String kind;
        String country;
        final boolean template;

        Draft(int start, int end, String name, String kind, String country, boolean template) {
            this.start = start;
            this.end = end;
            this.name = name;
            this.kind = kind;
            this.country = country;
            this.template = template;
        }
    }

    private final class Pass {
        private final String text;
        private final Words words;
        private final int n;
        private final Lexeme[] lexAt;
        private final int[] endAt;
        private final boolean[] covered;
        private final List<Draft> drafts = new ArrayList<>();
        private final CountryContext context = new CountryContext();
        private final Map<String, Draft> acronyms = new HashMap<>(4);
        private final Map<String, Draft> shortNames = new HashMap<>(4);

        Pass(String text) {
            this.text = text;
            this.words = Words.of(text);
            this.n = words.size();
            this.lexAt = new Lexeme[n];
            this.endAt = new int[n];
            this.covered = new boolean[n];
        }

        List<ActorMention> run() {
            PhraseTrie trie = kb.trie();
            for (int i = 0; i < n; i++) {
                longestAt(trie, i);
            }
            int i = 0;
            while (i < n) {
                Lexeme lex = lexAt[i];
                if (lex == null) {
                    i++;
                } else if (lex.type() == Lexeme.Type.NAMED) {
                    i = named(i, i, null);
                } else if (lex.type() == Lexeme.Type.GENERIC || lex.type() == Lexeme.Type.TITLE) {
                    i = partOfOrganisationName(i) ? i + 1 : generic(i, i, null);
                } else {
                    i = cue(i);
                }
            }
            guessOrganisations();
            findAcronyms();
            return finish();
        }

        private void longestAt(PhraseTrie trie, int i) {
            if (ActorKnowledgeBase.transparent(words.norm(i))) {
                return;
            }
            int node = 0;
            int depth = 0;
            for (int j = i; j < n && depth < PhraseTrie.MAX_WORDS; j++) {
                if (j > i && !words.linked(j)) {
                    break;
                }
                if (j > i && ActorKnowledgeBase.transparent(words.norm(j))) {
                    continue;
                }
                int id = trie.wordId(words.norm(j));
                if (id < 0) {
                    break;
                }
                node = trie.child(node, id);
                if (node < 0) {
                    break;
                }
                depth++;
                Lexeme lex = trie.payload(node);
                if (lex != null && caseAgrees(lex, i, j)) {
                    lexAt[i] = lex;
                    endAt[i] = j;
                }
            }
        }

        private boolean caseAgrees(Lexeme lex, int from, int to) {
            if (lex.caseRule() == Lexeme.CaseRule.ANY) {
                return true;
            }
            int bit = 0;
            for (int w = from; w <= to; w++) {
                if (w > from && ActorKnowledgeBase.transparent(words.norm(w))) {
                    continue;
                }
                if (lex.caseRule() == Lexeme.CaseRule.UPPER ? !words.allUpper(w)
                        : (lex.capitals() & (1 << bit)) != 0 && !words.capitalised(w) && hasLetter(w)) {
                    return false;
                }
                bit++;
            }
            return true;
        }

        private boolean hasLetter(int i) {
            for (int k = words.start(i); k < words.end(i); k++) {
                if (Character.isLetter(text.charAt(k))) {
                    return true;
                }
            }
            return false;
        }

        /** True if word k follows word k-1 closely enough to modify it: joined, or after a possessive. */
        private boolean attached(int k) {
            if (k <= 0 || k >= n) {
                return false;
            }
            if (words.joined(k)) {
                return true;
            }
            if (!words.possessive(k - 1)) {
                return false;
            }
            int gapStart = words.end(k - 1);
            int p = gapStart;
            while (p < words.start(k) && p - gapStart < 4) {
                char c = text.charAt(p);
                if (c != '\'' && c != '\u2019' && c != 's' && c != 'S' && c != ' ') {
                    return false;
                }
                p++;
            }
            return p == words.start(k);
        }

        /** A country name or demonym: modifies the next actor, or stands for its government. */
        private int cue(int i) {
            Lexeme lex = lexAt[i];
            int e = endAt[i];
            context.count(lex.country());
            int k = e + 1;
            if (attached(k) && CueWords.BACKING.contains(words.norm(k)) && k + 1 < n && words.joined(k + 1)
                    && lexAt[k + 1] != null) {
                Lexeme backed = lexAt[k + 1];
                if (backed.type() == Lexeme.Type.GENERIC || backed.type() == Lexeme.Type.TITLE) {
                    return generic(k + 1, i, null);
                }
                if (backed.type() == Lexeme.Type.NAMED) {
                    return named(k + 1, i, null);
                }
            }
            if (attached(k) && lexAt[k] != null && !(lexAt[k].type() == Lexeme.Type.GENERIC
                    && (words.capitalised(k) && organisationEnd(k) > endAt[k] || modifiesKnownNoun(k)))) {
                Lexeme next = lexAt[k];
                if (next.type() == Lexeme.Type.GENERIC || next.type() == Lexeme.Type.TITLE) {
                    return generic(k, i, lex.country());
                }
                if (next.type() == Lexeme.Type.NAMED && (next.country() == null || next.country().equals(lex.country())
                        || ActorKnowledgeBase.CONTEXT_COUNTRY.equals(next.country()))) {
                    return named(k, i, lex.country());
                }
            }
            if (lex.type() == Lexeme.Type.DEMONYM && k < n && words.joined(k)) {
                String noun = words.norm(k);
                boolean military = CueWords.MILITARY_ACTIONS.contains(noun);
                if (military || CueWords.POLICY_ACTIONS.contains(noun)) {
                    // "Israeli airstrikes", "an Indian proposal": the adjective names the state that acts
                    String name = military ? "Military Forces of " + kb.countryName(lex.country()) : lex.name();
                    String kind = military ? ActorKind.STATE_FORCES : ActorKind.GOVERNMENT;
                    add(new Draft(words.start(i), words.end(e), name, kind, lex.country(), false), i, e);
                    return e + 1;
                }
            }
            if (lex.type() == Lexeme.Type.COUNTRY && standsForState(i, e)) {
                add(new Draft(words.start(i), words.end(e), lex.name(), ActorKind.GOVERNMENT, lex.country(), false),
                        i, e);
            }
            return e + 1;
        }

        /** "Iraq said", "Iran's ability": yes; "in Iraq", "southern Syria", "Syria Democratic ...": no. */
        private boolean standsForState(int i, int e) {
            int p = i - 1;
            if (p >= 0 && words.norm(p).equals("the") && gapIsSpace(p + 1)) {
                p--;
            }
            if (p >= 0 && gapIsSpace(p + 1) && CueWords.LOCATIVE.contains(words.norm(p))) {
                return false;
            }
            if (p > 0 && (words.norm(p).equals("and") || words.norm(p).equals("or")) && gapIsSpace(p + 1)
                    && words.capitalised(p - 1) && words.joined(p) && !standsForState(p - 1, p - 1)) {
                return false; // "in Gaza and Lebanon"
            }
            if (p > 0 && gapIsSpace(p + 1) && CueWords.DIRECTIONAL.contains(words.norm(p)) && gapIsSpace(p)
                    && CueWords.MOTION.contains(words.norm(p - 1))) {
                return false; // "sent troops to Syria", "returned from Iraq"
            }
            int next = e + 1;
            return !(next < n && words.joined(next) && words.capitalised(next));
        }

        private boolean gapIsSpace(int k) {
            if (k <= 0 || k >= n) {
                return false;
            }
            for (int p = words.end(k - 1); p < words.start(k); p++) {
                char c = text.charAt(p);
                if (c != ' ' && c != '\u00a0' && c != '\n') {
                    return false;
                }
            }
            return words.start(k) - words.end(k - 1) <= 2;
        }

        /** A generic agent at word g; its mention starts at word from (a modifier before it, or g itself). */
        private int generic(int g, int from, String country) {
            Lexeme lex = lexAt[g];
            int e = endAt[g];
            if (lex.weak() && from == g) {
                return g + 1; // "forces", "drones": an actor only with a country before them
            }
            if (from == g && adjectival(g)) {
                return g + 1; // "military parade", "government buildings"
            }
            if (lex.country() != null) {
                context.count(lex.country());
                if (country == null) {
                    country = lex.country(); // "Iraqis"
                }
            }
            if (country == null && from == g && g > 0 && words.possessive(g - 1) && !drafts.isEmpty()) {
                Draft owner = drafts.get(drafts.size() - 1);
                if (owner.end == words.end(g - 1) && owner.country != null && !owner.country.isEmpty()) {
                    country = owner.country; // "al-Sudani's government"
                }
            }
            int next = e + 1;
            // "President Masoud Pezeshkian": the title joins the named person
            if (next < n && words.joined(next) && lexAt[next] != null && lexAt[next].type() == Lexeme.Type.NAMED
                    && lexAt[next].kind().equals(lex.kind())) {
                return named(next, from, country);
            }
            int person = CueWords.TITLES.contains(words.norm(e)) ? personNameEnd(next) : -1;
            if (person >= 0) {
                e = person; // "President Laurent Gbagbo": the title and the name are one mention
                next = e + 1;
            } else if (lex.type() == Lexeme.Type.TITLE) {
                return g + 1; // "general" without a name is no actor
            }
            if (country == null && next + 1 < n && words.norm(next).equals("of") && gapIsSpace(next)) {
                int c = next + 1;
                if (words.norm(c).equals("the") && c + 1 < n) {
                    c++;
                }
                if (gapIsSpace(c) && lexAt[c] != null && lexAt[c].type() == Lexeme.Type.COUNTRY) {
                    country = lexAt[c].country();
                    context.count(country);
                    e = endAt[c];
                }
            } else if (country == null && next + 1 < n && words.norm(next).equals("in") && gapIsSpace(next)
                    && gapIsSpace(next + 1) && lexAt[next + 1] != null
                    && lexAt[next + 1].type() == Lexeme.Type.COUNTRY) {
                country = lexAt[next + 1].country();
            }
            if (!lex.name().contains("{C}")) {
                country = ""; // peacekeepers, mercenaries: not the host country's
            }
            add(new Draft(spanStart(from), words.end(e), lex.name(), lex.kind(), country, true), from, e);
            return e + 1;
        }

        /** The last word of a person's name starting at word k (capitalised words, initials, al-, bin), or -1. */
        private int personNameEnd(int k) {
            int last = -1;
            for (int w = k; w < n && w - k < 5; w++) {
                if (!words.joined(w) && !(w == k && afterAbbreviation(w)) || covered[w]
                        || lexAt[w] != null && lexAt[w].type() != Lexeme.Type.NAMED) {
                    break;
                }
                if (words.capitalised(w) && !CueWords.SENTENCE_OPENERS.contains(words.norm(w))) {
                    last = w;
                } else if (!CueWords.NAME_PARTICLES.contains(words.norm(w))) {
                    break;
                }
                if (words.possessive(w)) {
                    break;
                }
            }
            return last;
        }

        /** "Gen. Michel Aoun": the gap before word k is a dot and a space. */
        private boolean afterAbbreviation(int k) {
            CharSequence gap = words.gapBefore(k);
            return gap.length() == 2 && gap.charAt(0) == '.' && gap.charAt(1) == ' ';
        }

        /** A named actor at word k; its mention starts at word from. */
        private int named(int k, int from, String fallbackCountry) {
            Lexeme lex = lexAt[k];
            int e = endAt[k];
            if (lex.weak() && touchesCapitalised(k, e, from == k) || from == k && insideLargerName(k)) {
                return k + 1;
            }
            String surface = text.substring(words.start(k), words.end(e));
            Draft named = shortNames.get(surface);
            if (named == null) {
                named = bracketedAfter(k, e);
                if (named != null) {
                    shortNames.put(surface, named);
                }
            }
            if (named != null) {
                // "the Special Deterrence Force (Rada)": the bracket gives the short name of the actor before it
                // for the rest of the article, whatever else the name may mean (Ukraine's parliament)
                add(new Draft(words.start(k), words.end(e), named.name, named.kind, named.country, named.template),
                        k, e);
                return e + 1;
            }
            String country;
            if (ActorKnowledgeBase.CONTEXT_COUNTRY.equals(lex.country())) {
                country = fallbackCountry; // null: settled from the article
            } else {
                country = lex.country() != null ? lex.country() : fallbackCountry;
                if (country == null) {
                    country = ""; // international actors (NATO, the UN) take no country from the article
                }
                context.count(lex.country());
            }
            if (attached(e + 1) && CueWords.MEMBERS.contains(words.norm(e + 1))) {
                e++;
                Lexeme member = lexAt[e];
                if (lex.kind().equals(ActorKind.GOVERNMENT) && member != null && member.type() == Lexeme.Type.GENERIC
                        && CueWords.ARMED.contains(member.kind()) && endAt[e] == e) {
                    // "Assad militias": the leader's armed men, not his government
                    add(new Draft(spanStart(from), words.end(e), member.name(), member.kind(), country, true), from, e);
                    return e + 1;
                }
            }
            Draft draft = new Draft(spanStart(from), words.end(e), lex.name(), lex.kind(), country, false);
            add(draft, from, e);
            rememberAcronym(e, draft);
            return e + 1;
        }

        /**
         * "National Security Council" is not the UN Security Council: a known name right after another capitalised
         * word, which is no country cue and does not open the sentence, is part of a name we do not know.
         */
        private boolean insideLargerName(int k) {
            int p = k - 1;
            if (p < 0 || !words.joined(k) || !words.capitalised(p) || covered[p]
                    || lexAt[p] != null && lexAt[p].type() != Lexeme.Type.GENERIC
                    || CueWords.SENTENCE_OPENERS.contains(words.norm(p)) || ActorKnowledgeBase.transparent(words.norm(p))) {
                return false;
            }
            return !opensSentence(p);
        }

        private boolean opensSentence(int w) {
            int q = words.start(w) - 1;
            while (q >= 0 && (text.charAt(q) == ' ' || text.charAt(q) == '"' || text.charAt(q) == '\u201c'
                    || text.charAt(q) == '(' || text.charAt(q) == '\'' || text.charAt(q) == '\u2018')) {
                q--;
            }
            if (q < 0) {
                return true;
            }
            char c = text.charAt(q);
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == ';';
        }

        /** "The Ministry of Water Resources", "the Sahel Farmers Alliance": a capitalised generic inside a name. */
        private boolean partOfOrganisationName(int g) {
            return words.capitalised(g) && (insideLargerName(g) || organisationEnd(g) > endAt[g]);
        }

        /**
         * The last word of an organisation name starting at word i, or -1: a run of capitalised words (connectors
         * allowed inside) ending with a head word ("Daraa Military Council"), or opening with one followed by of/for
         * ("Ministry of Water Resources").
         */
        private int organisationEnd(int i) {
            int j = i;
            int lastHead = -1;
            while (j < n && j - i < 10 && !covered[j] && (j == i || words.joined(j))
                    && (words.capitalised(j) || !hasLetter(j) || CueWords.CONNECTORS.contains(words.norm(j)))) {
                if (words.capitalised(j) && kb.headKind(words.norm(j)) != null) {
                    lastHead = j;
                }
                j++;
            }
            int last = j - 1;
            while (last > i && CueWords.CONNECTORS.contains(words.norm(last))) {
                last--;
            }
            if (lastHead > i) {
                boolean tail = lastHead + 2 <= last && (words.norm(lastHead + 1).equals("of")
                        || words.norm(lastHead + 1).equals("for"));
                return tail ? last : lastHead; // "National Union for the Total Independence of Angola"
            }
            boolean headFirst = kb.headKind(words.norm(i)) != null && i + 2 <= last
                    && (words.norm(i + 1).equals("of") || words.norm(i + 1).equals("for"));
            return headFirst ? last : -1;
        }

        /** A one-word agent used as an adjective: "military parade", "Riyadh's military operations". */
        private boolean adjectival(int g) {
            return endAt[g] == g && CueWords.ADJECTIVAL.contains(words.norm(g)) && modifiesNoun(g + 1);
        }

        /** After a country cue only a known noun undoes the actor: "Syrian military aid", not "German government". */
        private boolean modifiesKnownNoun(int g) {
            return endAt[g] == g && CueWords.ADJECTIVAL.contains(words.norm(g)) && g + 1 < n && words.joined(g + 1)
                    && CueWords.MODIFIED_NOUNS.contains(words.norm(g + 1));
        }

        /** True if word k, right after an adjectival agent, is the noun it modifies. */
        private boolean modifiesNoun(int k) {
            if (k >= n || !words.joined(k) || !hasLetter(k) || words.capitalised(k)) {
                return false;
            }
            String next = words.norm(k);
            if (CueWords.SUBJECT_CUES.contains(next) || lexAt[k] != null) {
                return false;
            }
            if (CueWords.MODIFIED_NOUNS.contains(next)) {
                return true;
            }
            if (next.endsWith("ed") || next.endsWith("s") && !next.endsWith("ss")) {
                return false; // "the army shelled", "police arrest" aside: a verb or a plural subject
            }
            return true;
        }

        private boolean touchesCapitalised(int k, int e, boolean checkBefore) {
            boolean after = e + 1 < n && words.joined(e + 1) && words.capitalised(e + 1);
            int p = k - 1;
            if (p > 0 && ActorKnowledgeBase.transparent(words.norm(p)) && words.joined(p + 1)) {
                p--; // "Maher al-Assad"
            }
            boolean before = p >= 0 && words.joined(p + 1) && words.capitalised(p);
            return after || checkBefore && before;
        }

        /** Takes in an "al-" or "el-" right before the first word. */
        private int spanStart(int from) {
            if (from > 0 && ActorKnowledgeBase.transparent(words.norm(from - 1)) && words.joined(from)) {
                return words.start(from - 1);
            }
            return words.start(from);
        }

        private void add(Draft draft, int fromWord, int toWord) {
            drafts.add(draft);
            for (int k = Math.max(0, fromWord - 1); k <= toWord; k++) {
                if (words.start(k) >= draft.start && words.end(k) <= draft.end) {
                    covered[k] = true;
                }
            }
        }

        /** The mention that ends just before words k..e when they stand alone in brackets, else null. */
        private Draft bracketedAfter(int k, int e) {
            int open = words.start(k) - 1;
            if (open < 1 || text.charAt(open) != '(' || words.end(e) >= text.length()
                    || text.charAt(words.end(e)) != ')' || drafts.isEmpty()) {
                return null;
            }
            Draft last = drafts.get(drafts.size() - 1);
            int p = open;
            while (p > last.end && text.charAt(p - 1) == ' ') {
                p--;
            }
            return p == last.end && !last.name.equals(lexAt[k].name()) ? last : null;
        }

        /** "The Syrian Observatory for Human Rights (SOHR)": SOHR then names the same actor in this article. */
        private void rememberAcronym(int lastWord, Draft draft) {
            int p = words.end(lastWord);
            while (p < text.length() && text.charAt(p) == ' ') {
                p++;
            }
            if (p >= text.length() || text.charAt(p) != '(' || lastWord + 1 >= n) {
                return;
            }
            int a = lastWord + 1;
            if (words.start(a) == p + 1 && words.allUpper(a) && words.end(a) - words.start(a) >= 2
                    && words.end(a) < text.length() && text.charAt(words.end(a)) == ')') {
                acronyms.putIfAbsent(words.norm(a), draft);
            }
        }

        /** Capitalised word runs ending with an organisational head word: "the Daraa Military Council". */
        private void guessOrganisations() {
            int i = 0;
            while (i < n) {
                if (covered[i] || !words.capitalised(i) || CueWords.CONNECTORS.contains(words.norm(i))) {
                    i++;
                    continue;
                }
                int end = organisationEnd(i);
                if (end > i) {
                    String head = null;
                    for (int w = end; w >= i && head == null; w--) {
                        head = words.capitalised(w) ? kb.headKind(words.norm(w)) : null;
                    }
                    organisation(i, end, head);
                    i = end + 1;
                    continue;
                }
                int j = i;
                while (j + 1 < n && j - i < 10 && !covered[j + 1] && words.joined(j + 1)
                        && (words.capitalised(j + 1) || CueWords.CONNECTORS.contains(words.norm(j + 1)))) {
                    j++;
                }
                while (j > i && CueWords.CONNECTORS.contains(words.norm(j))) {
                    j--;
                }
                if (j > i && acronymFollows(i, j)) {
                    organisation(i, j, ActorKind.ORGANIZATION);
                    i = j + 1;
                } else if (j + 1 < n && words.norm(j + 1).equals("group") && words.joined(j + 1) && i > 0
                        && words.norm(i - 1).equals("the") && !covered[j + 1]) {
                    organisation(i, j + 1, ActorKind.UNKNOWN);
                    i = j + 2;
                } else {
                    i = j + 1;
                }
            }
        }

        private void organisation(int from, int head, String headKind) {
            String kind = headKind;
            String country = null;
            boolean security = false;
            for (int k = from; k <= head; k++) {
                Lexeme lex = lexAt[k];
                if (country == null && lex != null
                        && (lex.type() == Lexeme.Type.DEMONYM || lex.type() == Lexeme.Type.COUNTRY)) {
                    country = lex.country();
                    context.count(country);
                }
                security |= CueWords.SECURITY_WORDS.contains(words.norm(k));
            }
            String headWord = words.norm(head);
            if (security && CueWords.ADMIN_HEADS.contains(headWord)) {
                kind = ActorKind.STATE_FORCES;
            }
            boolean demonymFirst = lexAt[from] != null && lexAt[from].type() == Lexeme.Type.DEMONYM;
            if (demonymFirst && CueWords.STATE_ARMED_HEADS.contains(headWord)) {
                kind = ActorKind.STATE_FORCES;
            }
            String name = clean(text.substring(words.start(from), words.end(head)));
            boolean local = kind.equals(ActorKind.STATE_FORCES) || kind.equals(ActorKind.GOVERNMENT);
            Draft draft = new Draft(words.start(from), words.end(head), name, kind, country, false);
            if (!local && country == null) {
                draft.country = "";  // not settled from context: an organisation's country is not the article's
            }
            add(draft, from, head);
            rememberAcronym(head, draft);
        }

        private boolean acronymFollows(int from, int last) {
            int a = last + 1;
            if (a >= n) {
                return false;
            }
            int p = words.end(last);
            if (!(p + 2 == words.start(a) && text.charAt(p) == ' ' && text.charAt(p + 1) == '(')) {
                return false;
            }
            if (!words.allUpper(a) || words.end(a) >= text.length() || text.charAt(words.end(a)) != ')'
                    || CueWords.NOT_ORGANISATIONS.contains(words.norm(last))) {
                return false;
            }
            return Character.toLowerCase(text.charAt(words.start(a))) == Character.toLowerCase(text.charAt(
                    words.start(from)));
        }

        private void findAcronyms() {
            if (acronyms.isEmpty()) {
                return;
            }
            for (int k = 0; k < n; k++) {
                Draft proto = covered[k] || !words.allUpper(k) ? null : acronyms.get(words.norm(k));
                if (proto != null) {
                    Draft d = new Draft(words.start(k), words.end(k), proto.name, proto.kind, proto.country,
                            proto.template);
                    add(d, k, k);
                }
            }
        }

        private List<ActorMention> finish() {
            String dominant = context.dominant();
            drafts.sort(Comparator.comparingInt(d -> d.start));
            List<ActorMention> result = new ArrayList<>(drafts.size());
            int lastEnd = -1;
            for (Draft d : drafts) {
                if (d.start < lastEnd) {
                    continue;
                }
                String country = d.country;
                if (country == null) {
                    country = dominant;
                } else if (country.isEmpty()) {
                    country = null;
                }
                String name = d.template ? fill(d.name, country) : d.name;
                result.add(new ActorMention(d.start, d.end, text.substring(d.start, d.end), name, d.kind, country));
                lastEnd = d.end;
            }
            return result;
        }

        private String fill(String template, String country) {
            String countryName = kb.countryName(country);
            if (countryName != null) {
                return template.replace("{C}", countryName);
            }
            return template.replace(" of {C}", "").replace(" ({C})", "").replace("{C} ", "").replace("{C}", "");
        }
    }

    private static String clean(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean space = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
