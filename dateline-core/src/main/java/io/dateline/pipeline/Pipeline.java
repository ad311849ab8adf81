package io.dateline.pipeline;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Article;
import io.dateline.model.Layer;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.LongAdder;

/** An ordered, checked list of stages. Thread-safe; keeps the time spent in each stage for the benchmark. */
public final class Pipeline {
    private final List<Stage> stages;
    private final LongAdder[] nanos;

    private Pipeline(List<Stage> stages) {
        this.stages = List.copyOf(stages);
        this.nanos = new LongAdder[stages.size()];
        for (int i = 0; i < nanos.length; i++) {
            nanos[i] = new LongAdder();
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public AnnotatedArticle process(Article article) {
        AnnotatedArticle current = AnnotatedArticle.of(article);
        for (int i = 0; i < stages.size(); i++) {
            long t0 = System.nanoTime();
            current = stages.get(i).process(current);
            nanos[i].add(System.nanoTime() - t0);
        }
        return current;
    }

    public List<Stage> stages() {
        return stages;
    }

    /** Nanoseconds spent in each stage so far, by stage name, in pipeline order. */
    public Map<String, Long> timeByStage() {
        Map<String, Long> result = new LinkedHashMap<>();
        for (int i = 0; i < stages.size(); i++) {
            result.merge(stages.get(i).name(), nanos[i].sum(), Long::sum);
        }
        return result;
    }

    public static final class Builder {
        private final List<Stage> stages = new ArrayList<>();
        private final Set<Layer> available = EnumSet.of(Layer.TEXT);

        /** Adds a stage; throws at once if a layer it requires is not provided by an earlier stage. */
        public Builder add(Stage stage) {
            EnumSet<Layer> missing = EnumSet.noneOf(Layer.class);
            missing.addAll(stage.requires());
            missing.removeAll(available);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("stage " + stage.name() + " requires " + missing
                        + " but the stages before it provide only " + available);
            }
            available.addAll(stage.provides());
            stages.add(stage);
            return this;
        }

        public Pipeline build() {
            return new Pipeline(stages);
        }
    }
}
