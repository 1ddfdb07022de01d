package org.mdkg.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.mdkg.query.ExampleExpectation;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;

/** The gallery shows each worked example as its author wrote it, and that text runs as the library runs it. */
class ExampleTextTest {
    private final QueryLibrary library = QueryLibrary.load(Path.of("queries"));

    @Test
    void every_example_keeps_the_file_text_and_parses_to_the_bound_query() {
        List<String> rewritten = new ArrayList<>();
        for (NamedQuery q : library.all()) {
            var params = ExampleExpectation.of(q).params();
            String text = ExampleText.of(q, params);
            assertTrue(text.startsWith("#+ summary:"), q.id() + " keeps its header comments");
            for (String line : q.text().split("\n")) {
                assertTrue(text.contains(line), q.id() + " keeps the line: " + line);
            }
            if (!q.typedParams(params).isEmpty()) {
                assertEquals(q.bind(params), QueryFactory.create(text), q.id());
                rewritten.add(q.id());
            }
        }
        assertTrue(rewritten.contains("unimplemented-commitments"), rewritten.toString());
    }

    @Test
    void the_first_brace_skips_comments_strings_and_iris() {
        String text = "#+ example: {params: {}}\nPREFIX a: <http://x/{y}>\nSELECT * # {\nWHERE { ?s ?p \"{\" }";
        assertEquals(text.indexOf("WHERE {") + 6, ExampleText.firstBrace(text));
    }
}
