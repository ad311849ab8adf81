package io.dateline.events;

import io.dateline.model.ActorMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dateline.events.Mentions.actor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ActorRolesTest {
    private static ActorRoles.Roles roles(String text, String trigger, List<ActorMention> actors) {
        int t = text.indexOf(trigger);
        int by = text.indexOf(" by ", t);
        return ActorRoles.choose(actors, 0, 0, text.length(), t, t + trigger.length(), by < 0 ? -1 : by + 1);
    }

    @Test
    void subjectActsOnObject() {
        String text = "Hezbollah fighters attacked Israeli troops near the border.";
        Mentions.TestTexts.use(text);
        ActorRoles.Roles r = ActorRoles.choose(List.of(actor("Hezbollah", "militia", "LB"),
                actor("Israeli troops", "state_forces", "IL")), 0, 0, text.length(), text.indexOf("attacked"),
                text.indexOf("attacked") + 8, -1);
        assertEquals("Hezbollah", r.actor1().name());
        assertEquals("Israeli troops", r.actor2().name());
    }

    @Test
    void passiveByMakesTheAgentActorOne() {
        String text = "Shiite groups were struck by US warplanes near Mayadeen.";
        Mentions.TestTexts.use(text);
        ActorRoles.Roles r = roles(text, "struck", List.of(actor("Shiite groups", "militia", "IQ"),
                actor("US warplanes", "external", "US")));
        assertEquals("US warplanes", r.actor1().name());
        assertEquals("Shiite groups", r.actor2().name());
    }

    @Test
    void noActorsNoRoles() {
        assertNull(roles("Shells hit the town.", "hit", List.of()).actor1());
    }

    @Test
    void secondSubjectIsAssociated() {
        String text = "The army and allied militias attacked the rebels.";
        Mentions.TestTexts.use(text);
        ActorRoles.Roles r = roles(text, "attacked", List.of(actor("army", "state_forces", null),
                actor("allied militias", "militia", null), actor("rebels", "rebel", null)));
        assertEquals("allied militias", r.actor1().name());
        assertEquals("army", r.assoc1().get(0).name());
        assertEquals("rebels", r.actor2().name());
    }

    @Test
    void aSourceToldAfterTheActTakesNoPartInIt() {
        String text = "Gunmen killed four traders in the market, police said.";
        Mentions.TestTexts.use(text);
        List<ActorMention> actors = List.of(actor("Gunmen", "unidentified", "NG"), actor("police", "police", "NG"));
        List<ActorMention> parties = ActorRoles.withoutLaterSources(actors, Words.of(text),
                text.indexOf("killed") + 6);
        ActorRoles.Roles r = roles(text, "killed", parties);
        assertEquals("Gunmen", r.actor1().name());
        assertNull(r.actor2());
    }

    @Test
    void aBackerIsAnAssociateNotTheSubject() {
        String text = "Rebels backed by foreign troops seized the town.";
        Mentions.TestTexts.use(text);
        List<ActorMention> actors = List.of(actor("Rebels", "rebel", "CD"), actor("foreign troops", "external", "RW"));
        int t = text.indexOf("seized");
        ActorRoles.Roles r = ActorRoles.choose(actors, ActorRoles.backers(actors, Words.of(text)), 0, 0,
                text.length(), t, t + 6, -1);
        assertEquals("Rebels", r.actor1().name());
        assertEquals("foreign troops", r.assoc1().get(0).name());
    }
}
