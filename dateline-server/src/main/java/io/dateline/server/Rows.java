package io.dateline.server;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs a read query and returns its rows as ordered maps, ready for JSON. */
final class Rows {
    private Rows() {
    }

    static List<Map<String, Object>> query(Connection connection, String sql, List<Object> params) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                st.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                List<Map<String, Object>> rows = new ArrayList<>();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int c = 1; c <= meta.getColumnCount(); c++) {
                        Object value = rs.getObject(c);
                        row.put(meta.getColumnLabel(c), plain(value));
                    }
                    rows.add(row);
                }
                return rows;
            }
        }
    }

    /** Dates and timestamps as ISO strings; numbers and strings as they are. */
    private static Object plain(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value instanceof java.time.temporal.TemporalAccessor || value instanceof java.sql.Date) {
            return value.toString();
        }
        if (value instanceof java.math.BigInteger || value instanceof java.math.BigDecimal) {
            return ((Number) value).longValue();
        }
        return value;
    }
}
