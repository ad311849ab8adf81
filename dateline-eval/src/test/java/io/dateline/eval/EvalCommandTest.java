package io.dateline.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dateline.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EvalCommandTest {
    /** Reports how many files it got and the limit it was given, without reading them. */
    private static final class CountingSuite implements EvalSuite {
        private final String name;

        CountingSuite(String name) {
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public List<String> defaultPaths() {
            return List.of(name + "/data.txt");
        }

        @Override
        public EvalReport run(List<Path> paths, Pipeline pipeline) {
            return run(paths, pipeline, EvalContext.unlimited());
        }

        @Override
        public EvalReport run(List<Path> paths, Pipeline pipeline, EvalContext context) {
            return new EvalReport(name, List.of(new EvalReport.Row(paths.get(0).getFileName().toString(), "dateline",
                    Map.of("items", (double) Math.min(context.limit(), 1000)))));
        }
    }

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new EvalCommand(List.of(new CountingSuite("one"), new CountingSuite("two")),
                () -> Pipeline.builder().build()));
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void unknownSuiteListsTheKnownOnes() {
        assertEquals(2, run("three"));
        assertTrue(err.toString().contains("known: one, two, all"), err.toString());
    }

    @Test
    void missingDefaultFilesAreNamed(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("one"));
        Files.writeString(dir.resolve("one/data.txt"), "x");
        assertEquals(2, run("all", "--data", dir.toString()));
        assertTrue(err.toString().contains(dir.resolve("two/data.txt").toString()), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void dataThatIsNotADirectoryIsAnError(@TempDir Path dir) {
        assertEquals(2, run("one", "--data", dir.resolve("nope").toString()));
        assertTrue(err.toString().contains("not a directory"), err.toString());
    }

    @Test
    void pathsNeedASingleSuite(@TempDir Path dir) {
        assertEquals(2, run("all", dir.toString()));
    }

    @Test
    void limitMustBePositive(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("f.txt"), "x");
        assertEquals(2, run("one", "--limit", "0", file.toString()));
    }

    @Test
    void printsTablesThenJsonLinesAndWritesTheJsonFile(@TempDir Path dir) throws IOException {
        for (String suite : List.of("one", "two")) {
            Files.createDirectories(dir.resolve(suite));
            Files.writeString(dir.resolve(suite + "/data.txt"), "x");
        }
        Path json = dir.resolve("reports.json");
        assertEquals(0, run("all", "--data", dir.toString(), "--limit", "5", "--json", json.toString()));
        String[] lines = out.toString().split("\n");
        assertEquals("one", lines[0]);
        assertTrue(lines[2].matches("data\\.txt\\s+dateline\\s+5"), lines[2]);
        ObjectMapper mapper = new ObjectMapper();
        JsonNode first = mapper.readTree(lines[lines.length - 2]);
        JsonNode second = mapper.readTree(lines[lines.length - 1]);
        assertEquals("one", first.get("suite").asText());
        assertEquals("two", second.get("suite").asText());
        assertEquals(5.0, second.at("/rows/0/metrics/items").asDouble());
        JsonNode written = mapper.readTree(json.toFile());
        assertEquals(2, written.size());
        assertEquals("dateline", written.at("/1/rows/0/system").asText());
    }

    @Test
    void explicitPathGoesToTheNamedSuite(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("mine.txt"), "x");
        assertEquals(0, run("two", file.toString()));
        assertTrue(out.toString().startsWith("two\n"), out.toString());
        assertTrue(out.toString().contains("mine.txt"), out.toString());
    }

    @Test
    void registeredSuitesHaveDistinctNamesAndDefaultFiles() {
        List<String> names = EvalCommand.SUITES.stream().map(EvalSuite::name).toList();
        assertEquals(names.size(), names.stream().distinct().count());
        assertTrue(names.containsAll(List.of("case", "plover", "event-location")), names.toString());
        EvalCommand.SUITES.forEach(s -> assertTrue(!s.defaultPaths().isEmpty()
                || s instanceof io.dateline.eval.notes.AcledNotesSuite, s.name())); // the notes ship with the module
    }
}
