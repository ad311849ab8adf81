package io.dateline.places;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The compact place index: parallel arrays of entries (cities, admin areas, countries, team-written places) and a
 * sorted table of 64-bit name-key hashes pointing at them. Read-only after construction, so one instance serves all
 * threads. A posting is {@code entry << 1 | demonym}: the low bit marks adjectival/demonym names ("Iraqi").
 */
public final class Gazetteer {
    public static final byte COUNTRY = 0;
    public static final byte ADMIN1 = 1;
    public static final byte ADMIN2 = 2;
    public static final byte CITY = 3;
    public static final byte EXTRA = 4;
    public static final byte REGION = 5;

    static final String RESOURCE = "/io/dateline/places/gazetteer.bin";
    private static final int MAGIC = 0x44504c31; // "DPL1"
    private static final int[] NONE = new int[0];
    private static final int ENTRY_BYTES = 29;

    final int[] geonameid;
    final String[] names;
    final float[] lat;
    final float[] lon;
    final int[] population;
    final byte[] kind;
    final short[] feature;
    final short[] country;
    final int[] admin1;
    final int[] admin2;
    final String[] features;
    final String[] countries;
    final String[] adminNames;
    final long[] exactKeys;
    final int[] exactStarts;
    final int[] exactPostings;
    final long[] looseKeys;
    final int[] looseStarts;
    final int[] loosePostings;
    /** Hash of the exact key of each entry's main name, and of each admin area's name with and without "Province". */
    final long[] nameKeys;
    final long[] adminKeys;
    final long[] adminShortKeys;

    Gazetteer(int[] geonameid, String[] names, float[] lat, float[] lon, int[] population, byte[] kind,
              short[] feature, short[] country, int[] admin1, int[] admin2, String[] features, String[] countries,
              String[] adminNames, long[] exactKeys, int[] exactStarts, int[] exactPostings, long[] looseKeys,
              int[] looseStarts, int[] loosePostings, long[] nameKeys, long[] adminKeys, long[] adminShortKeys) {
        this.geonameid = geonameid;
        this.names = names;
        this.lat = lat;
        this.lon = lon;
        this.population = population;
        this.kind = kind;
        this.feature = feature;
        this.country = country;
        this.admin1 = admin1;
        this.admin2 = admin2;
        this.features = features;
        this.countries = countries;
        this.adminNames = adminNames;
        this.exactKeys = exactKeys;
        this.exactStarts = exactStarts;
        this.exactPostings = exactPostings;
        this.looseKeys = looseKeys;
        this.looseStarts = looseStarts;
        this.loosePostings = loosePostings;
        this.nameKeys = nameKeys;
        this.adminKeys = adminKeys;
        this.adminShortKeys = adminShortKeys;
    }

    /** Whether {@code keyHash} (of an exact key) is the entry's main name. */
    public boolean isMainName(int e, long keyHash) {
        return nameKeys[e] == keyHash;
    }

    /** Whether {@code keyHash} names the entry's first-level area ("Baghdad" for Baghdad Governorate). */
    public boolean isAdmin1Name(int e, long keyHash) {
        int a = admin1[e];
        return a >= 0 && (adminKeys[a] == keyHash || adminShortKeys[a] == keyHash);
    }

    private static final class Holder {
        static final Gazetteer STANDARD = loadStandard();
    }

    /** The index built into the jar by the build; loaded once, on first use. */
    public static Gazetteer standard() {
        return Holder.STANDARD;
    }

    private static Gazetteer loadStandard() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer index " + RESOURCE + " missing: build dateline-core with"
                        + " Maven (it downloads the GeoNames data with npm and builds the index)");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return names.length;
    }

    /** Postings for an exact key ({@link PlaceKeys#exact}), most populous first; empty when unknown. */
    public int[] exact(String key) {
        return find(exactKeys, exactStarts, exactPostings, PlaceKeys.hash(key));
    }

    /** Postings for a loose key ({@link PlaceKeys#loose}); only Arabic-script countries are indexed loosely. */
    public int[] loose(String key) {
        return key == null ? NONE : find(looseKeys, looseStarts, loosePostings, PlaceKeys.hash(key));
    }

    private static int[] find(long[] keys, int[] starts, int[] postings, long hash) {
        int i = Arrays.binarySearch(keys, hash);
        return i < 0 ? NONE : Arrays.copyOfRange(postings, starts[i], starts[i + 1]);
    }

    public long geonameid(int e) {
        return geonameid[e];
    }

    public String name(int e) {
        return names[e];
    }

    public double lat(int e) {
        return lat[e];
    }

    public double lon(int e) {
        return lon[e];
    }

    public int population(int e) {
        return population[e];
    }

    public byte kind(int e) {
        return kind[e];
    }

    public String feature(int e) {
        return features[feature[e]];
    }

    public String country(int e) {
        return countries[country[e]];
    }

    /** Index of the first-level admin area (comparable across entries), or -1. */
    public int admin1(int e) {
        return admin1[e];
    }

    public int admin2(int e) {
        return admin2[e];
    }

    public String adminName(int admin) {
        return admin < 0 ? null : adminNames[admin];
    }

    public void write(OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(target);
        out.writeInt(MAGIC);
        int n = names.length;
        out.writeInt(n);
        writeStrings(out, features);
        writeStrings(out, countries);
        writeStrings(out, adminNames);
        writeStrings(out, names);
        ByteBuffer b = ByteBuffer.allocate(n * ENTRY_BYTES);
        for (int i = 0; i < n; i++) {
            b.putInt(geonameid[i]).putFloat(lat[i]).putFloat(lon[i]).putInt(population[i]).put(kind[i])
                    .putShort(feature[i]).putShort(country[i]).putInt(admin1[i]).putInt(admin2[i]);
        }
        out.write(b.array(), 0, b.position());
        writeTable(out, exactKeys, exactStarts, exactPostings);
        writeTable(out, looseKeys, looseStarts, loosePostings);
        writeLongs(out, nameKeys);
        writeLongs(out, adminKeys);
        writeLongs(out, adminShortKeys);
        out.flush();
    }

    public static Gazetteer read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(source, 1 << 16));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a dateline gazetteer index");
        }
        int n = in.readInt();
        String[] features = readStrings(in);
        String[] countries = readStrings(in);
        String[] adminNames = readStrings(in);
        String[] names = readStrings(in);
        ByteBuffer b = ByteBuffer.wrap(in.readNBytes(n * ENTRY_BYTES));
        int[] gid = new int[n];
        float[] lat = new float[n];
        float[] lon = new float[n];
        int[] pop = new int[n];
        byte[] kind = new byte[n];
        short[] feature = new short[n];
        short[] country = new short[n];
        int[] a1 = new int[n];
        int[] a2 = new int[n];
        for (int i = 0; i < n; i++) {
            gid[i] = b.getInt();
            lat[i] = b.getFloat();
            lon[i] = b.getFloat();
            pop[i] = b.getInt();
            kind[i] = b.get();
            feature[i] = b.getShort();
            country[i] = b.getShort();
            a1[i] = b.getInt();
            a2[i] = b.getInt();
        }
        Object[] exact = readTable(in);
        Object[] loose = readTable(in);
        return new Gazetteer(gid, names, lat, lon, pop, kind, feature, country, a1, a2, features, countries,
                adminNames, (long[]) exact[0], (int[]) exact[1], (int[]) exact[2], (long[]) loose[0],
                (int[]) loose[1], (int[]) loose[2], readLongs(in), readLongs(in), readLongs(in));
    }

    private static void writeStrings(DataOutputStream out, String[] values) throws IOException {
        StringBuilder all = new StringBuilder();
        int[] ends = new int[values.length];
        for (int i = 0; i < values.length; i++) {
            all.append(values[i] == null ? "" : values[i]);
            ends[i] = all.length();
        }
        byte[] utf = all.toString().getBytes(java.nio.charset.StandardCharsets.UTF_16BE);
        out.writeInt(values.length);
        ByteBuffer b = ByteBuffer.allocate(values.length * 4);
        b.asIntBuffer().put(ends);
        out.write(b.array());
        out.writeInt(utf.length);
        out.write(utf);
    }

    private static String[] readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        int[] ends = new int[count];
        ByteBuffer.wrap(in.readNBytes(count * 4)).asIntBuffer().get(ends);
        String all = new String(in.readNBytes(in.readInt()), java.nio.charset.StandardCharsets.UTF_16BE);
        String[] values = new String[count];
        int start = 0;
        for (int i = 0; i < count; i++) {
            values[i] = all.substring(start, ends[i]);
            start = ends[i];
        }
        return values;
    }

    private static void writeTable(DataOutputStream out, long[] keys, int[] starts, int[] postings)
            throws IOException {
        out.writeInt(keys.length);
        out.writeInt(postings.length);
        ByteBuffer b = ByteBuffer.allocate(keys.length * 8 + starts.length * 4 + postings.length * 4);
        b.asLongBuffer().put(keys);
        b.position(keys.length * 8);
        b.asIntBuffer().put(starts).put(postings);
        out.write(b.array());
    }

    private static void writeLongs(DataOutputStream out, long[] values) throws IOException {
        out.writeInt(values.length);
        ByteBuffer b = ByteBuffer.allocate(values.length * 8);
        b.asLongBuffer().put(values);
        out.write(b.array());
    }

    private static long[] readLongs(DataInputStream in) throws IOException {
        long[] values = new long[in.readInt()];
        ByteBuffer.wrap(in.readNBytes(values.length * 8)).asLongBuffer().get(values);
        return values;
    }

    private static Object[] readTable(DataInputStream in) throws IOException {
        int k = in.readInt();
        int p = in.readInt();
        ByteBuffer b = ByteBuffer.wrap(in.readNBytes(k * 8 + (k + 1) * 4 + p * 4));
        long[] keys = new long[k];
        int[] starts = new int[k + 1];
        int[] postings = new int[p];
        b.asLongBuffer().get(keys);
        b.position(k * 8);
        b.asIntBuffer().get(starts).get(postings);
        return new Object[] {keys, starts, postings};
    }
}
