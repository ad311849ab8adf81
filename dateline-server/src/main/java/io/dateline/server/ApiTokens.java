package io.dateline.server;

import io.dateline.model.ArticleIds;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

/**
 * Bearer tokens for writes. Only their SHA-256 is stored; a token is shown once, when created on first start.
 */
final class ApiTokens {
    private final Connection connection;

    ApiTokens(Connection connection) {
        this.connection = connection;
    }

    /** Creates a token if none exists yet; returns it, or null when one already existed. */
    synchronized String createIfNone() throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM api_tokens")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return null;
            }
        }
        return create();
    }

    synchronized String create() throws SQLException {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        String token = "dl_" + HexFormat.of().formatHex(bytes);
        try (PreparedStatement st = connection.prepareStatement(
                "INSERT INTO api_tokens VALUES (?, current_timestamp)")) {
            st.setString(1, ArticleIds.sha256Hex(token));
            st.executeUpdate();
        }
        return token;
    }

    synchronized boolean valid(String authorization) throws SQLException {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        try (PreparedStatement st = connection.prepareStatement("SELECT 1 FROM api_tokens WHERE token_sha256 = ?")) {
            st.setString(1, ArticleIds.sha256Hex(authorization.substring(7).strip()));
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
