package org.mdkg.derive;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mdkg.Fixtures;
import org.mdkg.load.LoadListener;
import org.mdkg.load.Loader;
import org.mdkg.store.Store;

class CurrentStatusTest {
    @TempDir
    Path tmp;

    Store store;

    @BeforeEach
    void load() {
        store = Store.open(tmp.resolve("db"));
        new Loader(store, Path.of(""), Derivations.standard())
                .load(List.of(Fixtures.path("load", "good-assessments.ttl")), null, LoadListener.SILENT);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void the_latest_assessment_by_date_gives_the_current_status() {
        assertEquals("limited", currentStatus().get("t1"));
    }

    @Test
    void on_the_same_date_independent_beats_civil_society_and_self_report() {
        assertEquals("no-evidence", currentStatus().get("t2"));
    }

    @Test
    void a_commitment_without_assessments_has_no_current_status() {
        assertEquals(null, currentStatus().get("t3"));
        assertEquals(2, currentStatus().size());
    }

    @Test
    void derivation_is_recomputed_not_accumulated_on_reload() {
        new Loader(store, Path.of(""), Derivations.standard())
                .load(List.of(Fixtures.path("load", "good-assessments.ttl")), null, LoadListener.SILENT);
        long statuses = Txn.calculateRead(
                store.dataset(),
                () -> QueryExec.dataset(store.dataset())
                        .query("SELECT * { ?c <https://w3id.org/mdkg/ontology#currentStatus> ?s }")
                        .select()
                        .stream()
                        .count());
        assertEquals(2L, statuses);
    }

    private Map<String, String> currentStatus() {
        Map<String, String> result = new HashMap<>();
        Txn.executeRead(
                store.dataset(),
                () -> QueryExec.dataset(store.dataset())
                        .query("""
                SELECT ?c ?s { GRAPH <urn:mdkg:graph:derived> { ?c <https://w3id.org/mdkg/ontology#currentStatus> ?s } }
                """)
                        .select()
                        .forEachRemaining(b -> result.put(
                                local(b.get("c").getURI()), local(b.get("s").getURI()))));
        return result;
    }

    private static String local(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }
}
