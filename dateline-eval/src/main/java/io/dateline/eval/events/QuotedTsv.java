package io.dateline.eval.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Tab-separated values as spreadsheet tools and pandas write them: a field that starts with a double quote runs to
 * the next lone double quote, may hold tabs and line breaks, and spells a quote as two. Quotes inside an unquoted
 * field are literal. Lines may end in CRLF; a leading byte-order mark is dropped. One pass, no regular expressions.
 */
final class QuotedTsv {
    /** One record and the line it starts on (1-based), for error messages. */
    record Record(int line, List<String> fields) {
    }

    private QuotedTsv() {
    }

    static List<Record> parse(String text) {
        List<Record> records = new ArrayList<>();
        int i = text.startsWith("\uFEFF") ? 1 : 0;
        int line = 1;
        int n = text.length();
        while (i < n) {
            int recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean endOfRecord = false;
            boolean atFieldStart = true;
            while (i < n && !endOfRecord) {
                char c = text.charAt(i);
                if (atFieldStart && c == '"') {
                    i++;
                    while (i < n) {
                        char q = text.charAt(i);
                        if (q == '"') {
                            if (i + 1 < n && text.charAt(i + 1) == '"') {
                                field.append('"');
                                i += 2;
                                continue;
                            }
                            i++;
                            break;
                        }
                        if (q == '\n') {
                            line++;
                        }
                        field.append(q);
                        i++;
                    }
                    atFieldStart = false;
                } else if (c == '\t') {
                    fields.add(field.toString());
                    field.setLength(0);
                    atFieldStart = true;
                    i++;
                } else if (c == '\n' || c == '\r') {
                    i += c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n' ? 2 : 1;
                    line++;
                    endOfRecord = true;
                } else {
                    field.append(c);
                    atFieldStart = false;
                    i++;
                }
            }
            fields.add(field.toString());
            boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
            if (!blank) {
                records.add(new Record(recordLine, List.copyOf(fields)));
            }
        }
        return records;
    }
}
