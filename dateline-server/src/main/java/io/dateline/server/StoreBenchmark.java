package io.dateline.server;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.Event;
import io.dateline.model.EventActor;
import io.dateline.model.EventLocation;
import io.dateline.model.Span;
import io.dateline.store.EventStore;

import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Store and API benchmark on synthetic events: ingest rate of annotated events (merging included), then latency of
 * filtered and aggregate queries over HTTP on loopback, in a bounded loop of sequential requests.
 */
public final class StoreBenchmark {
    private static final String[][] TYPES = {
        {"Battles", "Armed clash"}, {"Explosions/Remote violence", "Air/drone strike"},
        {"Explosions/Remote violence", "Shelling/artillery/missile attack"}, {"Violence against civilians", "Attack"},
        {"Protests", "Peaceful protest"}, {"Riots", "Violent demonstration"},
        {"Strategic developments", "Arrests"}, {"Violence against civilians", "Abduction/forced disappearance"}};
    private static final String[] COUNTRIES = {"SY", "IQ", "YE", "LB", "PS", "SD", "ML", "BF", "NE", "NG", "UA", "MM",
        "SO", "CD", "AF", "PK", "CO", "MX", "ET", "LY"};
    private static final int EVENTS_PER_ARTICLE = 5;
    private static final int ARTICLES_PER_BATCH = 4000;

    private StoreBenchmark() {
    }

    public static void run(Path folder, int totalEvents, int requests, PrintStream out) throws Exception {
        Random random = new Random(11);
        try (EventStore store = EventStore.open(folder)) {
            long start = System.nanoTime();
            int written = 0;
            int article = 0;
            while (written < totalEvents) {
                List<AnnotatedArticle> batch = new ArrayList<>(ARTICLES_PER_BATCH);
                for (int i = 0; i < ARTICLES_PER_BATCH && written < totalEvents; i++, article++) {
                    AnnotatedArticle a = syntheticArticle(article, random, Math.min(EVENTS_PER_ARTICLE,
                            totalEvents - written));
                    written += a.events().size();
                    batch.add(a);
                }
                store.write(batch);
                if (article % 20_000 == 0) {
                    System.err.printf("bench store: %,d events written%n", written);
                }
            }
            store.compact();
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "store ingest: %,d events in %.1f s = %,.0f events/s (merging and final "
                    + "compaction included)%n", written, seconds, written / seconds);
            try (ApiServer server = ApiServer.start(store, body -> {
                throw new IllegalStateException("read-only benchmark");
            }, "127.0.0.1", 0)) {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port();
                double[] filtered = latencies(http, base, requests, random, false);
                double[] aggregate = latencies(http, base, requests, random, true);
                out.printf(Locale.ROOT, "filtered /api/events:  p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d requests)%n",
                        pct(filtered, 50), pct(filtered, 95), filtered[filtered.length - 1], requests);
                out.printf(Locale.ROOT, "aggregate /api/aggregates: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d requests)%n",
                        pct(aggregate, 50), pct(aggregate, 95), aggregate[aggregate.length - 1], requests);
            }
        }
    }

    private static double[] latencies(HttpClient http, String base, int n, Random random, boolean aggregate)
            throws Exception {
        double[] ms = new double[n];
        for (int i = -n / 10; i < n; i++) {
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(600));
            String path = aggregate
                    ? "/api/aggregates?by=" + (random.nextBoolean() ? "week" : "event_type") + "&country=" + country
                    : "/api/events?country=" + country + "&date_from=" + from + "&date_to=" + from.plusDays(60)
                            + "&sort=-fatalities&limit=50";
            long t0 = System.nanoTime();
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(path + " -> " + response.statusCode() + " " + response.body());
            }
            if (i >= 0) {
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Arrays.sort(ms);
        return ms;
    }

    private static double pct(double[] sorted, int percentile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    private static AnnotatedArticle syntheticArticle(int n, Random random, int events) {
        String text = "Synthetic report " + n + " of several incidents for the store benchmark.";
        Article article = new Article("synthetic-" + n, Integer.toHexString(n) + "-" + n, null, null, null, text,
                List.of(), null);
        List<Event> list = new ArrayList<>(events);
        for (int e = 0; e < events; e++) {
            String[] type = TYPES[random.nextInt(TYPES.length)];
            int c = random.nextInt(COUNTRIES.length);
            double lat = 5 + c * 2 + random.nextDouble() * 2;
            double lon = 10 + c * 3 + random.nextDouble() * 3;
            LocalDate date = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(730));
            list.add(new Event("e" + n + "-" + e, date.toString(), 1 + random.nextInt(2), type[0], type[1],
                    "political_violence", "ASSAULT", null, "occurred",
                    new EventActor("Group " + random.nextInt(300), "Group " + random.nextInt(300), "militia",
                            COUNTRIES[c]), null, List.of(), List.of(),
                    new EventLocation(0, 9, "Synthetic", "Place " + random.nextInt(5000), null, lat, lon, COUNTRIES[c],
                            "Admin " + random.nextInt(20), null, 1 + random.nextInt(2)),
                    random.nextInt(10) == 0 ? null : random.nextInt(20), null, random.nextDouble(),
                    new Span(0, text.length())));
        }
        return AnnotatedArticle.of(article).withEvents(list);
    }
}
