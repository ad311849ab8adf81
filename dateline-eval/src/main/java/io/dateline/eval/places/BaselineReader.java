package io.dateline.eval.places;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads stored geoparser outputs: one line per article in corpus order, toponyms joined by {@code ||}, fields by
 * {@code ,,}: name, mention, lat, lon, start, end (gold files add a seventh field). Malformed entries are skipped.
 */
public final class BaselineReader {
    private BaselineReader() {
    }

    public static List<List<Toponym>> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    public static List<List<Toponym>> parse(String content) {
        String[] lines = content.split("\n", -1);
        int n = lines.length;
        if (n > 0 && lines[n - 1].isEmpty()) {
            n--; // final newline
        }
        List<List<Toponym>> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(parseLine(lines[i].replace("\r", "")));
        }
        return out;
    }

    static List<Toponym> parseLine(String line) {
        List<Toponym> list = new ArrayList<>();
        for (String item : line.split("\\|\\|")) {
            if (item.isBlank()) {
                continue;
            }
            String[] f = item.split(",,", -1);
            if (f.length < 6) {
                continue;
            }
            try {
                list.add(new Toponym(Integer.parseInt(f[4].trim()), Integer.parseInt(f[5].trim()), f[1],
                        number(f[2]), number(f[3]), true));
            } catch (NumberFormatException e) {
                // malformed entry: skipped, as other scorers do
            }
        }
        return list;
    }

    private static double number(String s) {
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
