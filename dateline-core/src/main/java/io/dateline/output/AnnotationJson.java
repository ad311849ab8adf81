package io.dateline.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.dateline.model.ActorMention;
import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.DateMention;
import io.dateline.model.Event;
import io.dateline.model.EventActor;
import io.dateline.model.EventLocation;
import io.dateline.model.PlaceMention;
import io.dateline.model.Span;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** Writes an annotated article as one line of the dateline/1 JSON Lines contract (shared/contracts). */
public final class AnnotationJson {
    public static final String FORMAT = "dateline/1";
    private static final JsonFactory FACTORY = new JsonFactory();

    private AnnotationJson() {
    }

    /** One JSON object on one line, without the trailing newline. */
    public static String toLine(AnnotatedArticle annotated) {
        StringWriter out = new StringWriter(annotated.text().length() * 2 + 256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            write(json, annotated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator json, AnnotatedArticle annotated) throws IOException {
        Article article = annotated.article();
        json.writeStartObject();
        json.writeStringField("format", FORMAT);
        json.writeStringField("input", article.input());
        json.writeStringField("article_id", article.id());
        json.writeStringField("title", article.title());
        json.writeStringField("url", article.url());
        json.writeStringField("published", article.published());
        json.writeStringField("text", article.text());
        json.writeArrayFieldStart("sentences");
        for (Span s : annotated.sentences()) {
            json.writeStartArray();
            json.writeNumber(s.start());
            json.writeNumber(s.end());
            json.writeEndArray();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("places");
        for (PlaceMention p : annotated.places()) {
            writePlace(json, p);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("dates");
        for (DateMention d : annotated.dates()) {
            json.writeStartObject();
            writeMention(json, d.start(), d.end(), d.text());
            json.writeStringField("type", d.type());
            json.writeStringField("value", d.value());
            json.writeStringField("precision", d.precision());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("actors");
        for (ActorMention a : annotated.actors()) {
            json.writeStartObject();
            writeMention(json, a.start(), a.end(), a.text());
            json.writeStringField("name", a.name());
            json.writeStringField("kind", a.kind());
            json.writeStringField("country", a.country());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (Event e : annotated.events()) {
            writeEvent(json, e);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("captions");
        for (String caption : article.captions()) {
            json.writeString(caption);
        }
        json.writeEndArray();
        json.writeStringField("dateline", article.dateline());
        json.writeEndObject();
    }

    private static void writeMention(JsonGenerator json, int start, int end, String text) throws IOException {
        json.writeNumberField("start", start);
        json.writeNumberField("end", end);
        json.writeStringField("text", text);
    }

    private static void writePlace(JsonGenerator json, PlaceMention p) throws IOException {
        json.writeStartObject();
        writeMention(json, p.start(), p.end(), p.text());
        writeNullableNumber(json, "geonameid", p.geonameid());
        json.writeStringField("name", p.name());
        writeNullableNumber(json, "lat", p.lat());
        writeNullableNumber(json, "lon", p.lon());
        json.writeStringField("country", p.country());
        json.writeStringField("admin1", p.admin1());
        json.writeStringField("admin2", p.admin2());
        json.writeStringField("feature", p.feature());
        json.writeNumberField("confidence", round(p.confidence()));
        json.writeEndObject();
    }

    private static void writeEvent(JsonGenerator json, Event e) throws IOException {
        json.writeStartObject();
        json.writeStringField("event_id", e.eventId());
        json.writeStringField("event_date", e.eventDate());
        json.writeNumberField("time_precision", e.timePrecision());
        json.writeStringField("event_type", e.eventType());
        json.writeStringField("sub_event_type", e.subEventType());
        json.writeStringField("category", e.category());
        json.writeStringField("plover", e.plover());
        json.writeStringField("plover_mode", e.ploverMode());
        json.writeStringField("status", e.status());
        writeActor(json, "actor1", e.actor1());
        writeActor(json, "actor2", e.actor2());
        writeActors(json, "assoc_actor_1", e.assocActor1());
        writeActors(json, "assoc_actor_2", e.assocActor2());
        EventLocation l = e.location();
        if (l == null) {
            json.writeNullField("location");
        } else {
            json.writeObjectFieldStart("location");
            writeMention(json, l.start(), l.end(), l.text());
            json.writeStringField("name", l.name());
            writeNullableNumber(json, "geonameid", l.geonameid());
            writeNullableNumber(json, "lat", l.lat());
            writeNullableNumber(json, "lon", l.lon());
            json.writeStringField("country", l.country());
            json.writeStringField("admin1", l.admin1());
            json.writeStringField("admin2", l.admin2());
            json.writeNumberField("geo_precision", l.geoPrecision());
            json.writeEndObject();
        }
        writeNullableNumber(json, "fatalities", e.fatalities());
        writeNullableNumber(json, "injured", e.injured());
        json.writeNumberField("confidence", round(e.confidence()));
        json.writeObjectFieldStart("evidence");
        json.writeNumberField("start", e.evidence().start());
        json.writeNumberField("end", e.evidence().end());
        json.writeEndObject();
        json.writeEndObject();
    }

    private static void writeActors(JsonGenerator json, String field, List<EventActor> actors) throws IOException {
        json.writeArrayFieldStart(field);
        for (EventActor actor : actors) {
            writeActorObject(json, actor);
        }
        json.writeEndArray();
    }

    private static void writeActor(JsonGenerator json, String field, EventActor actor) throws IOException {
        json.writeFieldName(field);
        if (actor == null) {
            json.writeNull();
        } else {
            writeActorObject(json, actor);
        }
    }

    private static void writeActorObject(JsonGenerator json, EventActor actor) throws IOException {
        json.writeStartObject();
        json.writeStringField("text", actor.text());
        json.writeStringField("name", actor.name());
        json.writeStringField("kind", actor.kind());
        json.writeStringField("country", actor.country());
        json.writeEndObject();
    }

    private static void writeNullableNumber(JsonGenerator json, String field, Number value) throws IOException {
        if (value == null) {
            json.writeNullField(field);
        } else if (value instanceof Double d) {
            json.writeNumberField(field, d);
        } else {
            json.writeNumberField(field, value.longValue());
        }
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
