package io.dateline.pipeline;

import io.dateline.model.AnnotatedArticle;
import io.dateline.model.Layer;

import java.util.Set;

/**
 * One step of the pipeline. A stage states the layers it reads and the layers it adds, so that the pipeline can
 * check the order once, when it is built, instead of failing on the first article. Stages are thread-safe: one
 * instance serves all worker threads, and resources are loaded once, in the constructor.
 */
public interface Stage {
    Set<Layer> requires();

    Set<Layer> provides();

    AnnotatedArticle process(AnnotatedArticle article);

    default String name() {
        return getClass().getSimpleName();
    }
}
