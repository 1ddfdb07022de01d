package org.mdkg.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mdkg.base.MdkgException;
import org.mdkg.derive.Derivations;
import org.mdkg.query.PageRequest;
import org.mdkg.query.ResultPage;
import org.mdkg.store.Store;
import org.mdkg.write.Author;
import org.mdkg.write.WriteService;

/** The full-text index over a small real TDB2 store: ranking, folding, limits, and staying current on writes. */
class SearchIndexTest {
    private static final String TTL = """
            @prefix mdkg: <https://w3id.org/mdkg/ontology#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
            <https://w3id.org/mdkg/id/programme/nigeria-niger> a mdkg:Project ;
                rdfs:label "Niger border project"@en .
            <https://w3id.org/mdkg/id/programme/nigeria-jobs> a mdkg:Project ;
                rdfs:label "Jobs for returnees in Nigeria"@en .
            <https://w3id.org/mdkg/id/country/NER> a mdkg:Country ; rdfs:label "Niger"@en, "Niger"@fr .
            <https://w3id.org/mdkg/id/process/rabat> a mdkg:RegionalConsultativeProcess ;
                rdfs:label "Rabat Process"@en, "Processus de Rabat"@fr ; skos:altLabel "Euro-African Dialogue"@en .
            <https://w3id.org/mdkg/id/commitment/c01> a mdkg:Commitment ; rdfs:label "Développement des compétences"@fr .
            """;
    private static final Node GRAPH = NodeFactory.createURI("urn:mdkg:graph:data/test.ttl");

    private Store store;
    private SearchIndex index;

    @BeforeEach
    void load() {
        store = Store.inMemory();
        DatasetGraph dsg = store.dataset();
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(TTL)).lang(Lang.TURTLE).parse(parsed);
        Txn.executeWrite(dsg, () -> parsed.find().forEachRemaining(t -> dsg.add(new Quad(GRAPH, t))));
        index = new SearchIndex(store, 50);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<String> iris(String q) {
        ResultPage page = index.search(q, PageRequest.first());
        return page.rows().stream().map(r -> r.get("resource").getURI()).toList();
    }

    @Test
    void an_exact_label_of_the_right_kind_comes_before_texts_that_start_with_it() {
        List<String> found = iris("niger");
        assertEquals("https://w3id.org/mdkg/id/country/NER", found.get(0), found.toString());
        assertEquals(3, found.size(), "the country, the project named after it, the project about Nigeria: " + found);
        assertEquals("https://w3id.org/mdkg/id/programme/nigeria-niger", found.get(1), found.toString());
    }

    @Test
    void accents_case_alternative_labels_and_french_are_searched() {
        assertEquals(List.of("https://w3id.org/mdkg/id/commitment/c01"), iris("developpement"));
        assertEquals(List.of("https://w3id.org/mdkg/id/process/rabat"), iris("EURO-AFRICAN"));
        assertEquals(List.of("https://w3id.org/mdkg/id/process/rabat"), iris("processus de rabat"));
    }

    @Test
    void rows_have_the_columns_of_the_search_query() {
        ResultPage page = index.search("rabat", PageRequest.first());
        assertEquals(List.of("resource", "label", "kind", "match"), page.vars());
        Map<String, Node> row = page.rows().get(0);
        assertEquals("Rabat Process", row.get("label").getLiteralLexicalForm());
        assertEquals(
                "https://w3id.org/mdkg/ontology#RegionalConsultativeProcess",
                row.get("kind").getURI());
    }

    @Test
    void a_missing_or_too_long_question_is_refused_naming_q() {
        assertEquals("q", assertThrows(MdkgException.class, () -> iris(" ")).parameter());
        assertEquals(
                "q",
                assertThrows(MdkgException.class, () -> iris("x".repeat(51))).parameter());
        assertEquals(List.of(), iris("!!!"), "a question without words finds nothing");
    }

    @Test
    void a_committed_write_is_searchable_at_once_and_a_removed_label_is_gone() {
        assertEquals(List.of(), iris("talent"));
        WriteService writes = new WriteService(store, Derivations.standard());
        writes.onCommit((change, changes) -> index.refresh(changes));
        Node p = NodeFactory.createURI("https://w3id.org/mdkg/id/programme/nigeria-jobs");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        writes.commit(new Author("test"), "test", "", dsg -> {
            dsg.delete(GRAPH, p, label, NodeFactory.createLiteralLang("Jobs for returnees in Nigeria", "en"));
            dsg.add(GRAPH, p, label, NodeFactory.createLiteralLang("Talent partnership with Nigeria", "en"));
        });
        assertEquals(List.of(p.getURI()), iris("talent"));
        assertEquals(List.of(), iris("returnees"));
    }

    @Test
    void a_write_before_the_first_search_is_found_by_it() {
        WriteService writes = new WriteService(store, Derivations.standard());
        writes.onCommit((change, changes) -> index.refresh(changes));
        Node p = NodeFactory.createURI("https://w3id.org/mdkg/id/programme/nigeria-jobs");
        Node label = NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label");
        writes.commit(
                new Author("test"),
                "test",
                "",
                dsg -> dsg.add(
                        GRAPH, p, label, NodeFactory.createLiteralLang("Talent partnership with Nigeria", "en")));
        assertEquals(List.of(p.getURI()), iris("talent"));
        assertEquals(
                List.of("https://w3id.org/mdkg/id/process/rabat"),
                iris("rabat"),
                "the first search indexes everything, not only what the write changed");
        writes.commit(
                new Author("test"),
                "test",
                "",
                dsg -> dsg.add(GRAPH, p, label, NodeFactory.createLiteralLang("Skills mobility scheme", "en")));
        assertEquals(List.of(p.getURI()), iris("skills"), "a write after that search is re-indexed as usual");
    }

    @Test
    void refresh_without_subjects_rebuilds_everything() {
        iris("niger");
        Node c = NodeFactory.createURI("https://w3id.org/mdkg/id/country/MLI");
        Txn.executeWrite(
                store.dataset(),
                () -> store.dataset()
                        .add(
                                GRAPH,
                                c,
                                NodeFactory.createURI("http://www.w3.org/2000/01/rdf-schema#label"),
                                NodeFactory.createLiteralLang("Mali", "en")));
        index.refresh(Optional.empty());
        assertTrue(iris("mali").contains(c.getURI()));
        index.refresh(Optional.of(Set.of()));
        assertTrue(iris("mali").contains(c.getURI()));
    }
}
