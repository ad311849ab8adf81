package io.dateline.eval.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the CASE 2021 task 2 TSV as distributed: a header naming the columns {@code id}, {@code EventSnippet} and
 * {@code SubType} (in any order), then one snippet per record; snippets holding quotes are quoted (see
 * {@link QuotedTsv}). A label outside the 30 of the task is an error, so that a wrong column is noticed at once.
 */
public final class CaseReader {
    private CaseReader() {
    }

    public static List<CaseItem> read(Path file) throws IOException {
        return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    static List<CaseItem> parse(String content, String source) throws IOException {
        List<QuotedTsv.Record> records = QuotedTsv.parse(content);
        if (records.isEmpty()) {
            throw new IOException(source + ": empty file");
        }
        List<String> header = records.get(0).fields();
        int id = column(header, "id", source);
        int snippet = column(header, "EventSnippet", source);
        int label = column(header, "SubType", source);
        List<CaseItem> items = new ArrayList<>(records.size() - 1);
        for (QuotedTsv.Record record : records.subList(1, records.size())) {
            List<String> f = record.fields();
            if (f.size() != header.size()) {
                throw new IOException(source + ":" + record.line() + ": " + f.size() + " fields, header has "
                        + header.size());
            }
            String gold = f.get(label).strip();
            if (!CaseLabelMapping.LABELS.contains(gold)) {
                throw new IOException(source + ":" + record.line() + ": unknown label '" + gold + "'");
            }
            items.add(new CaseItem(f.get(id).strip(), f.get(snippet), gold));
        }
        return items;
    }

    private static int column(List<String> header, String name, String source) throws IOException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new IOException(source + ": no column '" + name + "' in header " + header);
        }
        return index;
    }
}
