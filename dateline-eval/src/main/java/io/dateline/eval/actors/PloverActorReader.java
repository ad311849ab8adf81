package io.dateline.eval.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.actors.ActorKind;
import io.dateline.actors.ActorKnowledgeBase;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the PLOVER gold-standard records (a JSON array; each record has "text" and "source"/"target" lists of
 * {actorText, code, sector}) into sentences with actor spans. A gold actor whose text cannot be found in the sentence is
 * skipped and counted. CAMEO codes give the country (ISO-3, mapped to ISO-2) and sometimes the kind (sector).
 */
public final class PloverActorReader {
    /** CAMEO sector codes whose meaning maps onto our kinds; others (OPP, ELI, MED, ...) say nothing about kind. */
    private static final Map<String, String> SECTOR_KINDS = Map.of(
            "GOV", ActorKind.GOVERNMENT,
            "LEG", ActorKind.GOVERNMENT,
            "JUD", ActorKind.GOVERNMENT,
            "MIL", ActorKind.STATE_FORCES,
            "COP", ActorKind.STATE_FORCES,
            "SPY", ActorKind.STATE_FORCES,
            "REB", ActorKind.REBEL + "|" + ActorKind.MILITIA,
            "INS", ActorKind.REBEL + "|" + ActorKind.MILITIA,
            "UAF", ActorKind.MILITIA + "|" + ActorKind.REBEL + "|" + ActorKind.UNKNOWN,
            "CVL", ActorKind.CIVILIANS + "|" + ActorKind.PROTESTERS);

    private final ActorKnowledgeBase kb;
    private int unlocated;

    public PloverActorReader(ActorKnowledgeBase kb) {
        this.kb = kb;
    }

    /** Gold actors whose text was not found in their sentence, over all reads. */
    public int unlocated() {
        return unlocated;
    }

    public List<GoldSentence> read(Path path) throws IOException {
        JsonNode root = new ObjectMapper().readTree(path.toFile());
        List<GoldSentence> result = new ArrayList<>();
        for (JsonNode record : root) {
            String text = record.path("text").asText(null);
            if (text == null || text.isBlank()) {
                continue;
            }
            List<GoldActor> actors = new ArrayList<>();
            for (String role : List.of("source", "target")) {
                JsonNode list = record.path(role);
                if (!list.isArray()) {
                    continue;
                }
                for (JsonNode actor : list) {
                    GoldActor gold = locate(text, actor);
                    if (gold == null) {
                        unlocated++;
                    } else if (actors.stream().noneMatch(a -> a.start() == gold.start() && a.end() == gold.end())) {
                        actors.add(gold); // an actor both source and target counts once
                    }
                }
            }
            if (!actors.isEmpty()) {
                result.add(new GoldSentence(record.path("id").asText(""), text, actors));
            }
        }
        return result;
    }

    private GoldActor locate(String text, JsonNode actor) {
        String surface = actor.path("actorText").asText("").trim();
        if (surface.isEmpty()) {
            return null;
        }
        int start = text.indexOf(surface);
        if (start < 0) {
            start = text.toLowerCase(Locale.ROOT).indexOf(surface.toLowerCase(Locale.ROOT));
        }
        if (start < 0) {
            return null;
        }
        String code = actor.path("code").asText("");
        String sector = actor.path("sector").asText("");
        return new GoldActor(start, start + surface.length(), surface, kinds(code, sector), country(code));
    }

    private String kinds(String code, String sector) {
        if (code.equals("IGO")) {
            return ActorKind.EXTERNAL + "|" + ActorKind.ORGANIZATION;
        }
        if (code.equals("NGO")) {
            return ActorKind.ORGANIZATION;
        }
        String head = sector.length() >= 3 ? sector.substring(0, 3).toUpperCase(Locale.ROOT) : "";
        return SECTOR_KINDS.get(head);
    }

    private String country(String code) {
        return code.length() == 3 ? kb.iso2(code) : null;
    }
}
