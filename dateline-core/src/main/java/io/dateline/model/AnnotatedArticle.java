package io.dateline.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** An article with the layers computed so far. Immutable: each stage returns a new value. */
public record AnnotatedArticle(Article article, Tokens tokens, List<Span> sentences, List<PlaceMention> places,
                               List<DateMention> dates, List<ActorMention> actors, List<Event> events,
                               Set<Layer> layers) {
    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
        places = List.copyOf(places);
        dates = List.copyOf(dates);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        layers = Set.copyOf(layers);
    }

    public static AnnotatedArticle of(Article article) {
        return new AnnotatedArticle(article, Tokens.NONE, List.of(), List.of(), List.of(), List.of(), List.of(),
                EnumSet.of(Layer.TEXT));
    }

    public String text() {
        return article.text();
    }

    public AnnotatedArticle withTokens(Tokens value) {
        return new AnnotatedArticle(article, value, sentences, places, dates, actors, events, plus(Layer.TOKENS));
    }

    public AnnotatedArticle withSentences(List<Span> value) {
        return new AnnotatedArticle(article, tokens, value, places, dates, actors, events, plus(Layer.SENTENCES));
    }

    public AnnotatedArticle withPlaces(List<PlaceMention> value) {
        return new AnnotatedArticle(article, tokens, sentences, value, dates, actors, events, plus(Layer.PLACES));
    }

    public AnnotatedArticle withDates(List<DateMention> value) {
        return new AnnotatedArticle(article, tokens, sentences, places, value, actors, events, plus(Layer.DATES));
    }

    public AnnotatedArticle withActors(List<ActorMention> value) {
        return new AnnotatedArticle(article, tokens, sentences, places, dates, value, events, plus(Layer.ACTORS));
    }

    public AnnotatedArticle withEvents(List<Event> value) {
        return new AnnotatedArticle(article, tokens, sentences, places, dates, actors, value, plus(Layer.EVENTS));
    }

    private Set<Layer> plus(Layer layer) {
        EnumSet<Layer> set = EnumSet.of(layer);
        set.addAll(layers);
        return set;
    }
}
