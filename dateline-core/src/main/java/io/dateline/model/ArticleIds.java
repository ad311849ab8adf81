package io.dateline.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Stable identifiers derived from content, so that re-runs and other machines agree. */
public final class ArticleIds {
    private ArticleIds() {
    }

    /** 16 hex digits of the SHA-256 of the text: the same text always gets the same id. */
    public static String of(String text) {
        return sha256Hex(text).substring(0, 16);
    }

    public static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
