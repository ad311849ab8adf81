package io.dateline.clean;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ScrapedPageSegmenterTest {
    private final ScrapedPageSegmenter segmenter = new ScrapedPageSegmenter();

    private static final String TWO_STORIES = String.join("\n",
            "Floods Cut Roads Across Eastern Province",
            "",
            "Residents wade through water in a flooded street (AFP)",
            "Residents wade through water in a flooded street (AFP)",
            "TT",
            "",
            "Floods Cut Roads Across Eastern Province",
            "",
            "Residents wade through water in a flooded street (AFP)",
            "",
            "Heavy rain flooded dozens of villages on Monday, officials said.",
            "",
            "Rescue teams reached the worst-hit districts by boat on Tuesday morning.",
            "",
            "",
            "",
            "Talks Resume Between Rival Parties in the Capital",
            "",
            "Delegates arrive at the conference hall (Reuters)",
            "Delegates arrive at the conference hall (Reuters)",
            "TT",
            "",
            "Talks Resume Between Rival Parties in the Capital",
            "",
            "Negotiators from both parties met on Wednesday for the first time in a month.",
            "");

    @Test
    void repeatedHeadlinesStartStories() {
        List<ScrapedStory> stories = segmenter.segment(TWO_STORIES);
        assertEquals(2, stories.size());
        assertEquals("Floods Cut Roads Across Eastern Province", stories.get(0).title());
        assertEquals("Talks Resume Between Rival Parties in the Capital", stories.get(1).title());
    }

    @Test
    void captionsLeaveTheBodyAndAreKeptOnce() {
        ScrapedStory first = segmenter.segment(TWO_STORIES).get(0);
        assertFalse(first.body().contains("wade through water"));
        assertEquals(List.of("Residents wade through water in a flooded street (AFP)"), first.captions());
        assertEquals("Heavy rain flooded dozens of villages on Monday, officials said.\n\n"
                + "Rescue teams reached the worst-hit districts by boat on Tuesday morning.", first.body());
    }

    @Test
    void crumbsAndRepeatedHeadlineAreNotInTheBody() {
        for (ScrapedStory story : segmenter.segment(TWO_STORIES)) {
            assertFalse(story.body().contains("TT"));
            assertFalse(story.body().contains(story.title()));
        }
    }

    @Test
    void singleArticleWithHeadlineLine() {
        List<ScrapedStory> stories = segmenter.segment(
                "Market Fire Destroys Forty Stalls\n\nA fire swept through the central market late on Friday.\n");
        assertEquals(1, stories.size());
        assertEquals("Market Fire Destroys Forty Stalls", stories.get(0).title());
        assertEquals("A fire swept through the central market late on Friday.", stories.get(0).body());
    }

    @Test
    void plainProseWithoutHeadlineHasNoTitle() {
        List<ScrapedStory> stories = segmenter.segment("Police said two men were detained after the clash.");
        assertEquals(1, stories.size());
        assertNull(stories.get(0).title());
    }

    @Test
    void datelineIsTakenOffTheFirstParagraph() {
        ScrapedStory story = segmenter.segment(
                "BEIRUT (Reuters) - Israeli strikes hit two villages in south Lebanon on Sunday.").get(0);
        assertEquals("BEIRUT (Reuters)", story.dateline());
        assertEquals("Israeli strikes hit two villages in south Lebanon on Sunday.", story.body());
    }

    @Test
    void datelineWithCountryAndDash() {
        ScrapedStory story = segmenter.segment("KHARTOUM, Sudan (AP) — Shelling resumed at dawn in the capital.")
                .get(0);
        assertEquals("KHARTOUM, Sudan (AP)", story.dateline());
        assertTrue(story.body().startsWith("Shelling"));
    }

    @Test
    void ordinarySentenceIsNotADateline() {
        ScrapedStory story = segmenter.segment("Iraq - which holds elections next year - is divided.").get(0);
        assertNull(story.dateline());
    }

    @Test
    void relatedLinkListIsDropped() {
        String page = String.join("\n",
                "Clashes erupted near the border crossing on Saturday, witnesses said.",
                "",
                "Read more:",
                "Border Town Braces for New Fighting",
                "Aid Convoy Reaches Besieged City",
                "",
                "The crossing remained closed on Sunday.");
        ScrapedStory story = segmenter.segment(page).get(0);
        assertEquals("Clashes erupted near the border crossing on Saturday, witnesses said.\n\n"
                + "The crossing remained closed on Sunday.", story.body());
    }

    @Test
    void bylinesTimestampsAndShareButtonsAreCrumbs() {
        String page = String.join("\n",
                "Dam Collapse Floods Farmland",
                "By Amina Yusuf and Tom Hale",
                "Published 12 March 2025 10:45 GMT",
                "Share",
                "Print",
                "",
                "A small dam collapsed after days of rain, flooding farmland downstream.");
        ScrapedStory story = segmenter.segment(page).get(0);
        assertEquals("Dam Collapse Floods Farmland", story.title());
        assertEquals("A small dam collapsed after days of rain, flooding farmland downstream.", story.body());
    }

    @Test
    void separatorLinesSplitStories() {
        String page = "First Story Headline Here\n\nThe first story has one sentence.\n\n* * *\n\n"
                + "Second Story Headline Here\n\nThe second story has one sentence too.";
        List<ScrapedStory> stories = segmenter.segment(page);
        assertEquals(2, stories.size());
        assertEquals("Second Story Headline Here", stories.get(1).title());
        assertEquals("The second story has one sentence too.", stories.get(1).body());
    }

    @Test
    void wideGapBeforeAHeadlineSplitsStories() {
        String page = "Storm Hits Coast\n\nA storm hit the coast on Monday, cutting power to thousands.\n\n"
                + "Crews worked overnight to restore lines.\n\n\n\nMinister Resigns Over Scandal\n\n"
                + "The transport minister resigned on Tuesday after weeks of pressure.";
        List<ScrapedStory> stories = segmenter.segment(page);
        assertEquals(2, stories.size());
        assertEquals("Minister Resigns Over Scandal", stories.get(1).title());
    }

    @Test
    void proseParagraphEndingInAcronymStaysInBody() {
        String page = "Observers said four people were killed in the raid, according to the monitor (SOHR).\n\n"
                + "The army did not comment.";
        ScrapedStory story = segmenter.segment(page).get(0);
        assertTrue(story.body().contains("(SOHR)."));
        assertTrue(story.captions().isEmpty());
    }

    @Test
    void repeatedProseParagraphIsKeptOnce() {
        String page = "“We will not leave our homes,” one resident said on Monday evening.\n\nOther text follows here.\n\n"
                + "“We will not leave our homes,” one resident said on Monday evening.";
        ScrapedStory story = segmenter.segment(page).get(0);
        assertEquals(story.body().indexOf("We will not"), story.body().lastIndexOf("We will not"));
    }

    @Test
    void emptyAndFurnitureOnlyPagesGiveNoStory() {
        assertTrue(segmenter.segment("").isEmpty());
        assertTrue(segmenter.segment("\n\n  \n").isEmpty());
        assertTrue(segmenter.segment("Share\nPrint\nTT\n").isEmpty());
    }

    @Test
    void windowsLineEndingsAreHandled() {
        List<ScrapedStory> stories = segmenter.segment("Quake Shakes Region\r\n\r\nA quake struck at noon.\r\n");
        assertEquals("Quake Shakes Region", stories.get(0).title());
        assertEquals("A quake struck at noon.", stories.get(0).body());
    }

    @Test
    void hugeSingleLineIsOneStoryInLinearTime() {
        String line = "word ".repeat(2_000_000) + "end.";
        List<ScrapedStory> stories = segmenter.segment(line);
        assertEquals(1, stories.size());
        assertEquals(line.strip(), stories.get(0).body());
    }

    @Test
    void aHeadlineOnlyFlashIsItsOwnBody() {
        List<ScrapedStory> stories = segmenter.segment("GUNMEN STORM TOWN HALL IN NORTHERN PROVINCE, THREE HURT - POLICE\n");
        assertEquals(1, stories.size());
        assertEquals("GUNMEN STORM TOWN HALL IN NORTHERN PROVINCE, THREE HURT - POLICE", stories.get(0).body());
    }
}
