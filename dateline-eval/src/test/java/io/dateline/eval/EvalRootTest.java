package io.dateline.eval;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvalRootTest {
    @Test
    void explicitDirectoryIsTakenAsGiven(@TempDir Path dir) {
        assertEquals(Optional.of(dir), EvalRoot.find(dir, dir, null));
        assertEquals(Optional.empty(), EvalRoot.find(dir.resolve("nope"), dir, dir.toString()));
    }

    @Test
    void relativeDefaultComesBeforeTheEnvironment(@TempDir Path dir) throws IOException {
        Path shared = Files.createDirectories(dir.resolve("shared/eval"));
        Path work = Files.createDirectories(dir.resolve("work"));
        Path other = Files.createDirectories(dir.resolve("other"));
        assertEquals(Optional.of(shared), EvalRoot.find(null, work, other.toString()));
    }

    @Test
    void environmentIsTheLastResort(@TempDir Path dir) throws IOException {
        Path other = Files.createDirectories(dir.resolve("other"));
        assertEquals(Optional.of(other), EvalRoot.find(null, dir, other.toString()));
        assertEquals(Optional.empty(), EvalRoot.find(null, dir, ""));
        assertEquals(Optional.empty(), EvalRoot.find(null, dir, null));
    }
}
