package io.dateline.server;

import io.dateline.model.ActorMention;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.ArticleIds;
import io.dateline.model.DateMention;
import io.dateline.model.Event;
import io.dateline.model.EventActor;
import io.dateline.model.EventLocation;
import io.dateline.model.PlaceMention;
import io.dateline.model.Span;
import io.dateline.store.EventStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeds a data folder for the workbench's end-to-end tests: a few hand-written articles with mentions and events
 * (so the event view has evidence and field spans to highlight), then optionally many synthetic events.
 * Usage: {@code WorkbenchSeed DATA_DIR [SYNTHETIC_EVENTS]}.
 */
public final class WorkbenchSeed {
    private static final String[][] TYPES = {
        {"Battles", "Armed clash"}, {"Explosions/Remote violence", "Air/drone strike"},
        {"Violence against civilians", "Attack"}, {"Protests", "Peaceful protest"}, {"Riots", "Violent demonstration"},
        {"Strategic developments", "Arrests"}};
    private static final String[] COUNTRIES = {"SY", "IQ", "YE", "LB", "PS", "SD", "ML", "NG", "UA", "MM"};

    private WorkbenchSeed() {
    }

    public static void main(String[] args) throws Exception {
        int synthetic = args.length > 1 ? Integer.parseInt(args[1]) : 0;
        try (EventStore store = EventStore.open(Path.of(args[0]))) {
            store.write(handWritten());
            Random random = new Random(7);
            int written = 0;
            for (int article = 0; written < synthetic; ) {
                List<AnnotatedArticle> batch = new ArrayList<>();
                for (int i = 0; i < 4000 && written < synthetic; i++, article++) {
                    AnnotatedArticle a = synthetic(article, random, Math.min(5, synthetic - written));
                    written += a.events().size();
                    batch.add(a);
                }
                store.write(batch);
            }
            System.err.printf("seeded %s with 4 hand-written articles and %,d synthetic events%n", args[0], written);
        }
    }

    /** Stories written for these tests: a shelling in Syria reported twice, a protest in Iraq, a strike in Yemen. */
    static List<AnnotatedArticle> handWritten() {
        return List.of(
                story("homs", "Shelling hits Homs market",
                        "HOMS - Artillery shells struck the old market in Homs on Monday, killing five people, "
                                + "medics said. Residents blamed the Syrian Army for the shelling.",
                        "2024-12-02", "Homs", 34.73, 36.72, "SY", "Syrian Army", "Explosions/Remote violence",
                        "Shelling/artillery/missile attack", 5),
                story("homs-2", "Market shelled in Homs",
                        "BEIRUT - Four people died when shells landed on a market in Homs on Monday, a monitor said. "
                                + "It said the Syrian Army fired from hills to the west.",
                        "2024-12-02", "Homs", 34.73, 36.72, "SY", "Syrian Army", "Explosions/Remote violence",
                        "Shelling/artillery/missile attack", 4),
                story("mosul", "Teachers rally in Mosul",
                        "MOSUL - Hundreds of teachers protested in Mosul on Wednesday over unpaid salaries. "
                                + "The Teachers Union said the rally was peaceful.",
                        "2024-11-20", "Mosul", 36.34, 43.13, "IQ", "Teachers Union", "Protests", "Peaceful protest", 0),
                story("taiz", "Drone strike near Taiz",
                        "TAIZ - A drone strike hit a checkpoint outside Taiz on Friday, killing three fighters. "
                                + "Local officials blamed the Houthis for the attack on the road.",
                        "2024-12-13", "Taiz", 13.58, 44.02, "YE", "Houthis", "Explosions/Remote violence",
                        "Air/drone strike", 3));
    }

    private static AnnotatedArticle story(String input, String title, String text, String date, String place,
                                          double lat, double lon, String country, String actor, String type,
                                          String subType, int fatalities) {
        Article article = new Article(input, ArticleIds.of(text), title, "https://news.example/" + input, date, text,
                List.of(), null);
        int placeAt = text.indexOf(place, 8);
        int actorAt = text.indexOf(actor);
        String weekday = List.of("Monday", "Wednesday", "Friday").stream().filter(text::contains).findFirst()
                .orElseThrow();
        int dayAt = text.indexOf(weekday);
        int sentenceEnd = text.indexOf(". ") + 1;
        PlaceMention placeMention = new PlaceMention(placeAt, placeAt + place.length(), place, 1L, place, lat, lon,
                country, "Region of " + place, null, "PPLA", 0.9);
        DateMention dateMention = new DateMention(dayAt, dayAt + weekday.length(), weekday, "DATE", date, "day");
        ActorMention actorMention = new ActorMention(actorAt, actorAt + actor.length(), actor, actor, "military",
                country);
        Event event = new Event("E" + input, date, 1, type, subType, "political_violence", "ASSAULT", null,
                "occurred", new EventActor(actor, actor, "military", country), null, List.of(), List.of(),
                new EventLocation(placeAt, placeAt + place.length(), place, place, 1L, lat, lon, country,
                        "Region of " + place, null, 1), fatalities, null, 0.8, new Span(0, sentenceEnd));
        return AnnotatedArticle.of(article).withPlaces(List.of(placeMention)).withDates(List.of(dateMention))
                .withActors(List.of(actorMention)).withEvents(List.of(event));
    }

    private static AnnotatedArticle synthetic(int n, Random random, int events) {
        String text = "Synthetic report " + n + " of several incidents for the workbench load test.";
        Article article = new Article("synthetic-" + n, "s" + n, "Synthetic " + n, null, null, text, List.of(), null);
        List<Event> list = new ArrayList<>(events);
        for (int e = 0; e < events; e++) {
            String[] type = TYPES[random.nextInt(TYPES.length)];
            int c = random.nextInt(COUNTRIES.length);
            LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(700));
            list.add(new Event("s" + n + "-" + e, date.toString(), 1, type[0], type[1], "political_violence",
                    "ASSAULT", null, "occurred", new EventActor("Group " + random.nextInt(300),
                            "Group " + random.nextInt(300), "militia", COUNTRIES[c]), null, List.of(), List.of(),
                    new EventLocation(0, 9, "Synthetic", "Place " + random.nextInt(5000), null,
                            -10 + c * 5 + random.nextDouble() * 5, 10 + c * 4 + random.nextDouble() * 4, COUNTRIES[c],
                            "Admin " + random.nextInt(20), null, 1), random.nextInt(10), null, random.nextDouble(),
                    new Span(0, text.length())));
        }
        return AnnotatedArticle.of(article).withEvents(list);
    }
}
