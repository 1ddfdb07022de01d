package org.mdkg.api;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.jena.system.Txn;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.ResultPage;
import org.mdkg.store.Store;

/** Shapes result pages into the API's JSON, with labels read from the store in the request's language. */
final class RowShapes {
    private final Store store;
    private final QueryColumns columns;

    RowShapes(Store store, QueryColumns columns) {
        this.store = store;
        this.columns = columns;
    }

    QueryColumns columns() {
        return columns;
    }

    /** Runs {@code work} with a shaper whose labels are in {@code lang}, inside one read transaction. */
    <T> T shaped(String lang, Function<ItemShaper, T> work) {
        return Txn.calculateRead(
                store.dataset(), () -> work.apply(new ItemShaper(new LabelNames(store.dataset(), lang))));
    }

    /** The rows of a named query's page. */
    List<Map<String, Object>> rows(NamedQuery query, ResultPage page, String lang) {
        Map<String, ColumnType> types = columns.of(query);
        return shaped(lang, s -> page.rows().stream().map(r -> s.row(types, r)).toList());
    }

    /** The rows of a page as resources ({@link ItemShaper#item}). */
    List<Map<String, Object>> items(NamedQuery query, ResultPage page, ItemShaper shaper) {
        Map<String, ColumnType> types = columns.of(query);
        return page.rows().stream().map(r -> shaper.item(types, page.vars(), r)).toList();
    }
}
