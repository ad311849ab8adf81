package io.dateline.eval;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the shared evaluation data lives: {@code --data DIR} if given, else {@code ../shared/eval} from the current
 * directory, else the {@code DATELINE_EVAL} environment variable.
 */
public final class EvalRoot {
    public static final String ENV = "DATELINE_EVAL";
    public static final String RELATIVE_DEFAULT = "../shared/eval";

    private EvalRoot() {
    }

    /** The first of the candidates that is a directory; an explicit {@code --data} is taken as given. */
    public static Optional<Path> find(Path explicit, Path workingDir, String envValue) {
        if (explicit != null) {
            return Files.isDirectory(explicit) ? Optional.of(explicit) : Optional.empty();
        }
        Path relative = workingDir.resolve(RELATIVE_DEFAULT).normalize();
        if (Files.isDirectory(relative)) {
            return Optional.of(relative);
        }
        if (envValue != null && !envValue.isBlank() && Files.isDirectory(Path.of(envValue))) {
            return Optional.of(Path.of(envValue));
        }
        return Optional.empty();
    }
}
