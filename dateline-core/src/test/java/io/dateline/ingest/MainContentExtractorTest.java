package io.dateline.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainContentExtractorTest {
    private final MainContentExtractor extractor = new MainContentExtractor();

    private static String resource(String name) throws IOException {
        try (InputStream in = MainContentExtractorTest.class.getResourceAsStream("html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        }
    }

    private HtmlPage page(String name) throws IOException {
        return extractor.extract(resource(name + ".html"), name + ".html");
    }

    /** Pages whose expected text the extractor reproduces exactly; a regression shows as a readable diff. */
    @ParameterizedTest
    @ValueSource(strings = {"full-article", "divs-no-article", "two-stories", "no-body", "broken", "json-ld",
        "short-brief", "split-body", "reader-responses", "teasers", "linked-prose", "factbox", "key-points", "opinion-bio", "table-layout", "live-updates",
        "br-paragraphs"})
    void keepsExactlyTheMainText(String name) throws IOException {
        assertEquals(resource(name + ".expected.txt"), page(name).text());
    }

    @Test
    void articleWithBoilerplateAroundIt() throws IOException {
        HtmlPage p = page("full-article");
        assertEquals("Flood waters force thousands from homes in river valley", p.title());
        assertEquals("https://ledger.example/world/flood-valley", p.url());
        assertEquals("2024-03-14T07:45:00Z", p.published());
        for (String leak : new String[] {"cookies", "Share on", "Mara Quill", "Related stories", "Most read",
            "Photo: Ledger staff", "morning briefing", "All rights reserved", "Politics"}) {
            assertFalse(p.text().contains(leak), leak);
        }
        assertTrue(p.text().contains("\n\nSchools turned into shelters\n\n"), "subheading as its own paragraph");
    }

    @Test
    void titleFallsBackToH1AndTimeElement() throws IOException {
        HtmlPage p = page("divs-no-article");
        assertEquals("Port workers end strike after pay deal", p.title());
        assertEquals("2023-11-02", p.published());
        assertNull(p.url());
    }

    @Test
    void jsonLdDateAndOgUrl() throws IOException {
        HtmlPage p = page("json-ld");
        assertEquals("2022-09-30", p.published());
        assertEquals("https://coastline.example/news/court-mining", p.url());
        assertEquals("Court blocks mining licence near national park", p.title());
    }

    @Test
    void itempropDate() throws IOException {
        assertEquals("2025-01-07T03:12:00+09:00", page("short-brief").published());
    }

    @Test
    void bothStoriesOfABriefingAreKept() throws IOException {
        HtmlPage p = page("two-stories");
        assertTrue(p.text().startsWith("Ceasefire talks resume in Vellora\n\n"));
        assertTrue(p.text().contains("Koval coal mine"));
        assertFalse(p.text().contains("podcast"));
        assertEquals("https://digest.example/briefing/2024-06-02", p.url());
    }

    @Test
    void teasersBesideTheArticleAreLeftOut() throws IOException {
        HtmlPage p = page("teasers");
        assertFalse(p.text().contains("County fair"));
        assertFalse(p.text().contains("More from the region"));
        assertEquals("2024-08-21", p.published());
        assertEquals("Wildfire near Dunmore contained after week-long battle", p.title());
    }

    @Test
    void summaryListIsKeptAndSiteInfoIsNot() throws IOException {
        HtmlPage p = page("key-points");
        assertTrue(p.text().startsWith("Key points\n\nCounting suspended in Ardel and Mossby districts\n\n"),
                p.text());
        assertTrue(p.text().endsWith("correct the spelling of a district name."), p.text());
        assertFalse(p.text().contains("Registered office"));
        assertFalse(p.text().contains("Skip to content"));
    }

    @Test
    void linkedNamesInsideSentencesAreStillProse() throws IOException {
        HtmlPage p = page("linked-prose");
        assertEquals("Minister resigns over procurement scandal", p.title());
        assertTrue(p.text().startsWith("Defence minister Karel Dunn resigned"), p.text());
        assertFalse(p.text().contains("cookies"));
        assertFalse(p.text().contains("Another one gone"));
    }

    @Test
    void ledeIsKeptAndSidebarBlurbIsNot() throws IOException {
        HtmlPage p = page("factbox");
        assertTrue(p.text().startsWith("Passenger trains are running again"), p.text());
        assertFalse(p.text().contains("leading source of transport news"));
        assertEquals("Rail link between Norda and Pesk reopens", p.title());
        assertEquals("2023-04-11T16:20:00+03:00", p.published());
    }

    @Test
    void pageWithoutBodyGivesEmptyTextAndItsTitle() throws IOException {
        HtmlPage p = page("no-body");
        assertEquals("", p.text());
        assertEquals("Page moved", p.title());
    }

    @Test
    void lineBreakParagraphsBecomeParagraphs() throws IOException {
        HtmlPage p = page("br-paragraphs");
        assertEquals("Council approves new library", p.title());
        assertTrue(p.text().contains("almost a decade.\n\nThe two-storey building"), p.text());
        assertFalse(p.text().contains("Obituaries"));
        assertFalse(p.text().contains("Council approves new library"), "headline is the title, not body text");
    }

    @Test
    void headlineWordedUnlikeTheTitleIsStillLeftOut() {
        HtmlPage p = extractor.extract("<meta property=og:title content=\"Storm kills two\"><article>"
                + "<h1>Storm kills two in coastal towns</h1><p>Two people died when a storm hit the coast on "
                + "Sunday, police said.</p><h1>Second section</h1><p>Power was cut to 10,000 homes across the "
                + "region.</p></article>", "h.html");
        assertEquals("Storm kills two", p.title());
        assertEquals("Two people died when a storm hit the coast on Sunday, police said.\n\nSecond section\n\n"
                + "Power was cut to 10,000 homes across the region.", p.text());
    }

    @Test
    void advertisementMarkersBetweenParagraphsAreDropped() {
        HtmlPage p = extractor.extract("<article><p>The dam was completed in 2019 after a decade of work on the "
                + "river.</p><div>Advertisement</div><p>It supplies a third of the country's power.</p></article>",
                "a.html");
        assertEquals("The dam was completed in 2019 after a decade of work on the river.\n\n"
                + "It supplies a third of the country's power.", p.text());
    }

    @Test
    void emptyAndBlankInput() {
        assertEquals(new HtmlPage(null, "", null, null, java.util.List.of()), extractor.extract("", "e.html"));
        assertEquals(new HtmlPage(null, "", null, null, java.util.List.of()), extractor.extract("  \n ", "e.html"));
        assertEquals(new HtmlPage(null, "", null, null, java.util.List.of()), extractor.extract(null, "e.html"));
    }

    @Test
    void fragmentWithoutHtmlOrBodyTags() {
        HtmlPage p = extractor.extract("<p>The minister resigned on Tuesday after a week of protests in the "
                + "capital.</p><p>Her deputy takes over.</p>", "f.html");
        assertEquals("The minister resigned on Tuesday after a week of protests in the capital.\n\n"
                + "Her deputy takes over.", p.text());
    }

    @Test
    void plainTextWithoutMarkup() {
        assertEquals("Just a line of text", extractor.extract("Just a line of text", "t.html").text());
    }

    @Test
    void garbageNeverThrows() {
        String[] inputs = {"<", "<<<>>>", "</p></div></body>", "<html><body><div><div><p>", "<a href='", "<!--",
            "<script>never closed", "<table><td>cell<tr><p>text" , "\u0000\uFFFF<p>\uD800</p>",
            "<div>".repeat(5000) + "deep text" + "</div>".repeat(10)};
        for (String in : inputs) {
            HtmlPage p = extractor.extract(in, "g.html");
            assertTrue(p.text() != null);
        }
        assertEquals("deep text", extractor.extract(inputs[inputs.length - 1], "g.html").text());
    }

    @Test
    void scriptsStylesAndHiddenElementsAreIgnored() {
        HtmlPage p = extractor.extract("<body><script>var x = 'script text';</script><style>p{}</style>"
                + "<p hidden>hidden text</p><div style=\"display: none\">invisible</div>"
                + "<p>Visible paragraph about the election results in the northern province.</p></body>", "s.html");
        assertEquals("Visible paragraph about the election results in the northern province.", p.text());
    }

    @Test
    void captionsAreExcludedEvenInsideTheArticle() {
        HtmlPage p = extractor.extract("<article><p>Troops withdrew from the border town on Friday, officials "
                + "said.</p><figure><img src=a.jpg><figcaption>Soldiers leave the town.</figcaption></figure>"
                + "<p>Residents began returning to their homes the same evening.</p></article>", "c.html");
        assertFalse(p.text().contains("Soldiers leave"));
        assertTrue(p.text().contains("Residents began returning"));
    }

    @Test
    void captionsOfTheMainContentAreReturnedApart() throws IOException {
        HtmlPage p = extractor.extract(resource("full-article.html"), "f");
        assertEquals(java.util.List.of("Residents wade through a flooded street in the lower town on Wednesday. "
                + "Photo: Ledger staff"), p.captions());
        assertEquals(resource("full-article.expected.txt"), p.text());
    }

    @Test
    void wholePageWrappedInAFormStillHasText() {
        HtmlPage p = extractor.extract("<body><form id=aspnetForm><div class=content><p>The court adjourned the "
                + "trial until March because a key witness was ill.</p><p>Defence lawyers objected to the "
                + "delay.</p></div></form></body>", "f.html");
        assertTrue(p.text().startsWith("The court adjourned"), p.text());
        assertTrue(p.text().endsWith("objected to the delay."), p.text());
    }

    @Test
    void contentClassedWithShareStillWinsWhenItIsTheContainer() {
        HtmlPage p = extractor.extract("<body><div class=\"story-body share-target\"><p>Parliament passed the "
                + "budget by 210 votes to 190 after a night-long debate.</p><p>The opposition said it would "
                + "challenge the vote in court.</p></div><div class=nav><a href=/>Home</a></div></body>", "s.html");
        assertTrue(p.text().startsWith("Parliament passed"), p.text());
    }
}
