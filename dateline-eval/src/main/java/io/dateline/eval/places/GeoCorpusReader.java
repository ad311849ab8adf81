package io.dateline.eval.places;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the LGL / TR-News XML as published: {@code <article docid><text/><toponyms><toponym><start/><end/>
 * <phrase/><gaztag><lat/><lon/></gaztag>}. Some TR-News articles carry offsets shifted by a few characters;
 * each span is re-anchored to the nearest occurrence of its phrase ({@link Anchoring}).
 */
public final class GeoCorpusReader {
    private GeoCorpusReader() {
    }

    public static List<GoldArticle> read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static List<GoldArticle> read(InputStream in) throws IOException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        List<GoldArticle> out = new ArrayList<>();
        try {
            XMLStreamReader r = f.createXMLStreamReader(in, "UTF-8");
            String docid = null;
            String text = null;
            List<Toponym> toponyms = new ArrayList<>();
            int start = -1;
            int end = -1;
            String phrase = null;
            double lat = Double.NaN;
            double lon = Double.NaN;
            boolean linked = false;
            boolean inToponym = false;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    switch (r.getLocalName()) {
                        case "article" -> {
                            docid = r.getAttributeValue(null, "docid");
                            text = null;
                            toponyms = new ArrayList<>();
                        }
                        case "text" -> text = r.getElementText();
                        case "toponym" -> {
                            inToponym = true;
                            start = -1;
                            end = -1;
                            phrase = null;
                            lat = Double.NaN;
                            lon = Double.NaN;
                            linked = false;
                        }
                        case "start" -> start = Integer.parseInt(r.getElementText().trim());
                        case "end" -> end = Integer.parseInt(r.getElementText().trim());
                        case "phrase" -> phrase = r.getElementText();
                        case "gaztag" -> linked = inToponym;
                        case "lat" -> lat = Double.parseDouble(r.getElementText().trim());
                        case "lon" -> lon = Double.parseDouble(r.getElementText().trim());
                        default -> {
                        }
                    }
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (r.getLocalName().equals("toponym")) {
                        inToponym = false;
                        if (text != null && start >= 0 && end >= start && phrase != null) {
                            int[] span = Anchoring.anchor(text, phrase, start, end);
                            toponyms.add(new Toponym(span[0], span[1], phrase, lat, lon, linked));
                        }
                    } else if (r.getLocalName().equals("article") && text != null) {
                        out.add(new GoldArticle(docid, text, toponyms));
                    }
                }
            }
        } catch (XMLStreamException | NumberFormatException e) {
            throw new IOException("bad geoparsing corpus XML: " + e.getMessage(), e);
        }
        return out;
    }
}
