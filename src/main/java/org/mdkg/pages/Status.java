package org.mdkg.pages;

import java.util.Map;
import org.mdkg.vocab.MDKG;

/** The count of commitments per status as a table (the words behind every status chart). */
final class Status {
    private Status() {}

    static Table table(Map<String, Integer> counts, Labels labels) {
        Table.Builder t = Table.of("Commitments per status", "Status", "Commitments");
        for (String s : Charts.STATUSES) {
            if (counts.getOrDefault(s, 0) > 0) {
                Cell status = s.equals("none") ? Rows.status(labels, null) : Rows.status(labels, MDKG.status(s));
                t.row(status, Cell.text(Integer.toString(counts.get(s))));
            }
        }
        return t.build();
    }
}
