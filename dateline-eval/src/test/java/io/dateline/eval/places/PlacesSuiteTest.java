package io.dateline.eval.places;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PlacesSuiteTest {
    @Test
    void findsTheStoredOutputsOfItsCorpusOnly(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("tr-news.xml");
        Files.writeString(corpus, "<articles/>");
        Files.createDirectories(dir.resolve("baselines/gold"));
        Files.writeString(dir.resolve("baselines/TR-News_CLAVIN.txt"), "\n");
        Files.writeString(dir.resolve("baselines/LGL_CLAVIN.txt"), "\n");
        Files.writeString(dir.resolve("baselines/gold/TR-News_gold.txt"), "\n");
        Map<String, Path> found = PlacesSuite.baselines(corpus);
        assertEquals(List.of("CLAVIN", "gold-file"), List.copyOf(found.keySet()));
    }

    @Test
    void misalignedLinesAreDroppedAndCounted(@TempDir Path dir) throws Exception {
        List<GoldArticle> corpus = List.of(
                new GoldArticle("1", "Rain in Leeds.", List.of(new Toponym(8, 13, "Leeds", 53.8, -1.55, true))),
                new GoldArticle("2", "Snow in York.", List.of(new Toponym(8, 12, "York", 53.96, -1.08, true))));
        Path file = dir.resolve("LGL_X.txt");
        Files.writeString(file, "Leeds,,Leeds,,53.8,,-1.55,,8,,13||\nBonn,,Bonn,,50.7,,7.1,,0,,4||\n");
        Map<String, Double> m = PlacesSuite.scoreStored(corpus, file);
        assertEquals(1.0, m.get("misaligned"));
        assertEquals(1.0, m.get("rec_f1"), 1e-9);
    }
}
