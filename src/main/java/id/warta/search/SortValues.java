package id.warta.search;

import co.elastic.clients.elasticsearch._types.FieldValue;

import java.util.ArrayList;
import java.util.List;

/** A cursor's sort values (plain JSON values, as Elasticsearch sent them) as the client's search_after values. */
final class SortValues {

    private SortValues() {
    }

    static List<FieldValue> toFieldValues(List<Object> values) {
        List<FieldValue> out = new ArrayList<>();
        for (Object v : values) {
            if (v == null) {
                out.add(FieldValue.NULL);
            } else if (v instanceof Integer || v instanceof Long) {
                out.add(FieldValue.of(((Number) v).longValue()));
            } else if (v instanceof Number n) {
                out.add(FieldValue.of(n.doubleValue()));
            } else if (v instanceof Boolean b) {
                out.add(FieldValue.of(b));
            } else if (v instanceof String s) {
                out.add(FieldValue.of(s));
            } else {
                throw new InvalidSearchException("cursor", "the cursor is damaged; repeat the search without a cursor");
            }
        }
        return out;
    }
}
