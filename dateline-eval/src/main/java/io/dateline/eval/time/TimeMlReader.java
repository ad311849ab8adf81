package io.dateline.eval.time;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads TimeML as distributed (TimeBank, AQUAINT): the DCT from the TIMEX3 marked CREATION_TIME, the TEXT element
 * with its tags stripped, and the TIMEX3 spans inside TEXT. Entities are decoded by the XML parser, so offsets count
 * characters of the decoded text.
 */
public final class TimeMlReader {
    private static final XMLInputFactory FACTORY = newFactory();

    public TimeMlDocument read(Path file) throws IOException {
        String name = file.getFileName().toString();
        String id = name.endsWith(".tml") ? name.substring(0, name.length() - 4) : name;
        return parse(id, Files.readString(file, StandardCharsets.UTF_8));
    }

    public TimeMlDocument parse(String id, String xml) throws IOException {
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new StringReader(xml));
            StringBuilder text = new StringBuilder();
            List<Timex> timexes = new ArrayList<>();
            Deque<Open> open = new ArrayDeque<>();
            String dct = null;
            boolean inText = false;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String tag = reader.getLocalName();
                    if (tag.equals("TEXT")) {
                        inText = true;
                    } else if (tag.equals("TIMEX3")) {
                        String type = reader.getAttributeValue(null, "type");
                        String value = reader.getAttributeValue(null, "value");
                        boolean creation = "CREATION_TIME".equals(reader.getAttributeValue(null, "functionInDocument"));
                        if (creation && dct == null) {
                            dct = value;
                        }
                        open.push(new Open(text.length(), type, value, inText && !creation));
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    String tag = reader.getLocalName();
                    if (tag.equals("TEXT")) {
                        inText = false;
                    } else if (tag.equals("TIMEX3") && !open.isEmpty()) {
                        Open o = open.pop();
                        if (o.gold) {
                            timexes.add(new Timex(o.start, text.length(), o.type, o.value));
                        }
                    }
                } else if (inText && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                        || event == XMLStreamConstants.SPACE)) {
                    text.append(reader.getText());
                }
            }
            reader.close();
            timexes.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
                    : Integer.compare(a.end(), b.end()));
            return new TimeMlDocument(id, dct, text.toString(), timexes);
        } catch (XMLStreamException e) {
            throw new IOException("not well-formed TimeML in " + id + ": " + e.getMessage(), e);
        }
    }

    private record Open(int start, String type, String value, boolean gold) {
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        // TimeML files are local data: no DTDs or external entities are ever fetched.
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
