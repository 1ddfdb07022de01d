package org.mdkg.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/** The sandbox on a plain in-memory dataset: bounded regular expressions, Jena's functions still there. */
class SandboxTest {
    static DatasetGraph sandboxed(long steps) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Sandbox.install(dsg.getContext(), steps);
        return dsg;
    }

    static long rows(DatasetGraph dsg, String q) {
        return QueryExec.dataset(dsg).query(q).select().stream().count();
    }

    @Test
    void a_backtracking_regex_past_its_budget_is_refused_as_bad_input() {
        QueryCancelledException stopped = assertThrows(
                QueryCancelledException.class,
                () -> rows(
                        sandboxed(1_000_000),
                        "SELECT * { VALUES ?t { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" } FILTER(REGEX(?t, \"(.*a){15}$\")) }"));
        MdkgException e = (MdkgException) stopped.getCause();
        assertEquals(ErrorKind.BAD_INPUT, e.kind());
        assertTrue(e.getMessage().contains("MDKG_REGEX_MAX_STEPS"), e.getMessage());
    }

    @Test
    void ordinary_regexes_and_replaces_answer_as_before() {
        DatasetGraph dsg = sandboxed(1_000);
        assertEquals(1, rows(dsg, "SELECT * { VALUES ?t { \"Rabat\" } FILTER(REGEX(?t, \"^ra\", \"i\")) }"));
        assertEquals(
                1,
                rows(
                        dsg,
                        "SELECT * { BIND(REPLACE(\"développement\", \"[éè]\", \"e\") AS ?r) FILTER(?r = \"developpement\") }"));
        String longText = "x".repeat(100_000) + "needle";
        assertEquals(
                1,
                rows(dsg, "SELECT * { VALUES ?t { \"" + longText + "\" } FILTER(REGEX(?t, \"needle$\")) }"),
                "a long literal gets a budget for its length");
    }
}
