package org.mdkg.data;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Facts from the research fact sheets ({@code shared/reference/domain-facts*.md}), each checked through
 * SPARQL against the bundled data. The facts live in {@code src/test/resources/facts/*.facts}: a line
 * {@code ## ID — statement [sheet reference]} followed by a SPARQL ASK that must answer true.
 */
class FactSheetTest {
    static final String PREFIXES = """
            PREFIX mdkg: <https://w3id.org/mdkg/ontology#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dct:  <http://purl.org/dc/terms/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd:  <http://www.w3.org/2001/XMLSchema#>
            PREFIX sdg:  <http://metadata.un.org/sdg/>
            PREFIX id:   <https://w3id.org/mdkg/id/>
            """;

    record Fact(String title, String ask) {
        @Override
        public String toString() {
            return title;
        }
    }

    static Stream<Fact> facts() throws IOException {
        List<Fact> facts = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("src", "test", "resources", "facts"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".facts")).sorted().toList()) {
                facts.addAll(parse(Files.readString(f)));
            }
        }
        return facts.stream();
    }

    static List<Fact> parse(String text) {
        List<Fact> facts = new ArrayList<>();
        String title = null;
        StringBuilder query = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("## ")) {
                if (title != null) {
                    facts.add(new Fact(title, query.toString()));
                }
                title = line.substring(3).strip();
                query.setLength(0);
            } else if (title != null) {
                query.append(line).append('\n');
            }
        }
        if (title != null) {
            facts.add(new Fact(title, query.toString()));
        }
        return facts;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("facts")
    void fact_holds_in_the_bundled_data(Fact fact) {
        var store = BundledData.store();
        boolean holds = Txn.calculateRead(
                store.dataset(),
                () -> QueryExec.dataset(store.dataset())
                        .query(PREFIXES + fact.ask())
                        .ask());
        assertTrue(holds, fact.title() + "\n" + fact.ask());
    }

    @Test
    void at_least_sixty_facts_are_checked() throws IOException {
        assertTrue(facts().count() >= 60, "facts: " + facts().count());
    }
}
