package org.mdkg.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link OrderBy} puts rows in the order the query engine's own comparator gives, unbound and mixed values included. */
class OrderByTest {

    @ParameterizedTest
    @ValueSource(strings = {"DESC(COALESCE(?n, -1)) DESC(?m) ?s", "?s DESC(?n)", "?m", "DESC(STRLEN(?s)) ?n"})
    void sorts_like_the_query_engine(String orderBy) {
        Query query = QueryFactory.create("SELECT * { ?x ?y ?z } ORDER BY " + orderBy);
        List<Binding> rows = rows(new Random(orderBy.hashCode()), 400);
        List<Binding> expected = new ArrayList<>(rows);
        expected.sort(new BindingComparator(query.getOrderBy()));
        List<Binding> sorted = OrderBy.sort(rows, query.getOrderBy());
        assertEquals(expected, sorted);
        assertNotEquals(rows, sorted, "the input was already in order, so the test proves nothing");
    }

    private static List<Binding> rows(Random random, int count) {
        List<Binding> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BindingBuilder b = Binding.builder();
            if (random.nextInt(4) > 0) {
                b.add(
                        Var.alloc("n"),
                        NodeFactory.createLiteralDT(Integer.toString(random.nextInt(30) - 5), XSDDatatype.XSDinteger));
            }
            if (random.nextInt(4) > 0) {
                b.add(
                        Var.alloc("m"),
                        random.nextBoolean()
                                ? NodeFactory.createLiteralDT(
                                        Integer.toString(random.nextInt(10)), XSDDatatype.XSDinteger)
                                : NodeFactory.createLiteralString("m" + random.nextInt(10)));
            }
            if (random.nextInt(5) > 0) {
                b.add(Var.alloc("s"), NodeFactory.createLiteralString("S" + random.nextInt(50)));
            }
            b.add(Var.alloc("id"), NodeFactory.createURI("https://example.org/r" + i));
            rows.add(b.build());
        }
        return rows;
    }
}
