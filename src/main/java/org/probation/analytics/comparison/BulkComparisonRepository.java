package org.probation.analytics.comparison;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.probation.analytics.base.CountKind;
import org.probation.analytics.base.SqlScripts;
import org.springframework.stereotype.Repository;

/**
 * The counts of every successive-inspection pair at once (sql/comparison/bulk.sql), for the
 * changes over every provider; the national benchmarks of every inspection come from
 * {@link ProviderPools}, as each inspection's own does.
 *
 * <p>Their tens of thousands of rows are numbers only (inspections and questions by rowid, looked
 * up in the same transaction), read straight from the driver's result set: jOOQ's records and
 * converters cost more than the query itself at this size. Everything else uses jOOQ.
 */
@Repository
class BulkComparisonRepository {

    /** One pair of successive inspections and its question-by-question counts. */
    record ChangePair(String before, String after, List<PairedCounts> rows) {}

    private record Item(String code, String text, String level) {}

    /** The count kinds as sql/comparison/bulk.sql numbers them (0, 1, 2). */
    private static final CountKind[] KINDS = {CountKind.STATED, CountKind.ESTIMATED, CountKind.UNKNOWN};

    private final DSLContext dsl;
    private final Map<String, String> sql = SqlScripts.namedStatements("comparison/bulk.sql");

    BulkComparisonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Every successive pair, in the order of {@code ComparisonRepository.changePairs}, with its
     * rows: the query and its rowid lookups in one transaction, so that the rowids agree.
     */
    List<ChangePair> allChanges() {
        return dsl.transactionResult(tx -> {
            Map<Long, String> inspections = new HashMap<>();
            tx.dsl()
                    .fetch(sql.get("inspection-ids"))
                    .forEach(r -> inspections.put(r.get(0, Long.class), r.get(1, String.class)));
            Map<Long, Item> items = new HashMap<>();
            tx.dsl()
                    .fetch(sql.get("item-ids"))
                    .forEach(r -> items.put(
                            r.get(0, Long.class),
                            new Item(r.get(1, String.class), r.get(2, String.class), r.get(3, String.class))));
            return tx.dsl().connectionResult(connection -> {
                try (Statement s = connection.createStatement();
                        ResultSet rs = s.executeQuery(sql.get("all-changes"))) {
                    return pairs(rs, inspections, items);
                }
            });
        });
    }

    private static List<ChangePair> pairs(ResultSet rs, Map<Long, String> inspections, Map<Long, Item> items)
            throws SQLException {
        List<ChangePair> pairs = new ArrayList<>();
        ChangePair current = null;
        while (rs.next()) {
            String before = inspections.get(rs.getLong(1));
            String after = inspections.get(rs.getLong(2));
            if (current == null
                    || !current.before().equals(before)
                    || !current.after().equals(after)) {
                current = new ChangePair(before, after, new ArrayList<>());
                pairs.add(current);
            }
            Item a = items.get(rs.getLong(3));
            Item b = items.get(rs.getLong(4));
            String code = a.code().equals(b.code()) ? b.code() : a.code() + " → " + b.code();
            current.rows()
                    .add(new PairedCounts(code, b.text(), b.level(), side(rs, 5, 13, before), side(rs, 9, 14, after)));
        }
        return List.copyOf(pairs);
    }

    /** Columns from {@code at}: x, n, percent, count kind; the list of consistent counts in column {@code list}. */
    private static Counts side(ResultSet rs, int at, int list, String label) throws SQLException {
        Integer x = integer(rs, at);
        Integer n = integer(rs, at + 1);
        double percent = rs.getDouble(at + 2);
        return new Counts(x, n, percent, KINDS[rs.getInt(at + 3)], 1, label, Readings.parse(rs.getString(list), null));
    }

    private static Integer integer(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }
}
