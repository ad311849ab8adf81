package io.dateline.ingest.html;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BoilerplateRulesTest {
    private static Element first(String html) {
        return Jsoup.parse(html).body().child(0);
    }

    @Test
    void navigationTagsAndRoles() {
        assertTrue(BoilerplateRules.isBoilerplate(first("<nav>x</nav>")));
        assertTrue(BoilerplateRules.isBoilerplate(first("<div role=navigation>x</div>")));
        assertTrue(BoilerplateRules.isBoilerplate(first("<header>site</header>")));
    }

    @Test
    void articleHeaderIsContent() {
        Element header = Jsoup.parse("<article><header><h1>x</h1></header></article>").selectFirst("header");
        assertFalse(BoilerplateRules.isBoilerplate(header));
    }

    @Test
    void strongClassNamesWinOverContentNames() {
        assertTrue(BoilerplateRules.isBoilerplate(first("<div class=\"article-comments\">x</div>")));
        assertTrue(BoilerplateRules.isBoilerplate(first("<div id=cookieBanner>x</div>")));
    }

    @Test
    void weakClassNamesLoseToContentNames() {
        assertTrue(BoilerplateRules.isBoilerplate(first("<div class=sidebar>x</div>")));
        assertFalse(BoilerplateRules.isBoilerplate(first("<div class=\"sidebar-layout main-content\">x</div>")));
        assertTrue(BoilerplateRules.isBoilerplate(first("<div class=\"ad\">x</div>")));
        assertFalse(BoilerplateRules.isBoilerplate(first("<div class=\"headline lead\">x</div>")));
    }

    @Test
    void declaredContainersAreNeverBoilerplate() {
        assertFalse(BoilerplateRules.isBoilerplate(first("<article class=\"has-comments share\">x</article>")));
        assertFalse(BoilerplateRules.isBoilerplate(first("<main class=sidebar>x</main>")));
    }

    @Test
    void hiddenAndScriptElementsAreSkipped() {
        assertTrue(BoilerplateRules.isSkipped(first("<div hidden>x</div>")));
        assertTrue(BoilerplateRules.isSkipped(first("<div aria-hidden=true>x</div>")));
        assertTrue(BoilerplateRules.isSkipped(first("<div style=\"DISPLAY: none\">x</div>")));
        assertFalse(BoilerplateRules.isSkipped(first("<div style=\"color: red\">x</div>")));
    }
}
