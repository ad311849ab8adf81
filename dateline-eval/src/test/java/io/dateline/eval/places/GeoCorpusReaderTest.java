package io.dateline.eval.places;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeoCorpusReaderTest {
    private static final String XML = """
            <?xml version="1.0" encoding="utf-8"?>
            <articles>
              <article docid="7">
                <title>t</title>
                <text><![CDATA[Floods hit Springfield and Elm Street.]]></text>
                <toponyms count="2">
                  <toponym><start>11</start><end>22</end><phrase>Springfield</phrase>
                    <gaztag geonameid="4409896"><name>Springfield</name><fclass>P</fclass><fcode>PPL</fcode>
                      <lat>37.2153</lat><lon>-93.2982</lon></gaztag></toponym>
                  <toponym><start>27</start><end>37</end><phrase>Elm Street</phrase></toponym>
                </toponyms>
              </article>
              <article docid="8">
                <text><![CDATA[A storm in Leeds.]]></text>
                <toponyms count="1">
                  <toponym><start>9</start><end>14</end><phrase>Leeds</phrase>
                    <gaztag geonameid="2644688"><lat>53.79648</lat><lon>-1.54785</lon></gaztag></toponym>
                </toponyms>
              </article>
            </articles>
            """;

    private static List<GoldArticle> read() throws Exception {
        return GeoCorpusReader.read(new ByteArrayInputStream(XML.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsArticlesTextAndLinkedToponyms() throws Exception {
        List<GoldArticle> articles = read();
        assertEquals(2, articles.size());
        Toponym springfield = articles.get(0).toponyms().get(0);
        assertEquals("Springfield", articles.get(0).text().substring(springfield.start(), springfield.end()));
        assertTrue(springfield.linked());
        assertEquals(37.2153, springfield.lat(), 1e-9);
    }

    @Test
    void toponymsWithoutGazetteerEntryAreUnlinked() throws Exception {
        Toponym street = read().get(0).toponyms().get(1);
        assertFalse(street.linked());
        assertFalse(street.hasCoordinates());
    }

    @Test
    void shiftedOffsetsAreReanchoredOnThePhrase() throws Exception {
        Toponym leeds = read().get(1).toponyms().get(0);
        assertEquals(11, leeds.start());
        assertEquals(16, leeds.end());
    }
}
