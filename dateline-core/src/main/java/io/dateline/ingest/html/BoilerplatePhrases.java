package io.dateline.ingest.html;

import java.util.regex.Pattern;

/**
 * Short lines that news sites put between paragraphs: advertisement markers, "read more" prompts, posting dates.
 * Only short blocks are tested, so a sentence that happens to start this way is never dropped.
 */
final class BoilerplatePhrases {
    private static final int MAX_CHARS = 80;
    /** Anchored alternations of literals, no nested quantifiers: linear on any input. */
    private static final Pattern PROMPT = Pattern.compile("(?i)^(advertisement|advertising|sponsored|"
            + "story continues|article continues|continue reading|read more|read next|read also|see also|"
            + "related:|share this|share on|follow us|sign up|subscribe|click here|listen to this|"
            + "photo:|image:|credit:|\\d+ min(ute)?s? read|copyright|\\u00a9)(?![a-z])");
    private static final Pattern DATE_LINE = Pattern.compile("(?i)^(posted|published|updated|last updated|"
            + "first published)(?![a-z])");

    private BoilerplatePhrases() {
    }

    static boolean matches(String block) {
        if (block.length() > MAX_CHARS) {
            return false;
        }
        return PROMPT.matcher(block).lookingAt() || DATE_LINE.matcher(block).lookingAt() && hasDigit(block);
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
