package org.mdkg.sandbox;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A client's query run to its end (or to one past the row cap) before anything is sent, so a query that reaches the
 * time limit is an error and never a truncated answer: the rows, triples or JSON items kept, how many, and whether
 * there were more. {@code /sparql} and the MCP {@code sparql} tool both answer through it.
 *
 * @param result    what the query gave, at most {@code cap} rows or distinct triples
 * @param size      how many rows or triples {@code result} holds
 * @param truncated whether the query gave more than the cap
 */
public record CappedAnswer(QueryExecResult result, long size, boolean truncated) {

    /** Runs {@code exec} (of {@code q}) and keeps at most {@code cap} rows, distinct triples or quads, or items. */
    public static CappedAnswer compute(QueryExec exec, Query q, int cap) {
        if (q.isSelectType()) {
            var rows = exec.select();
            List<Binding> kept = new ArrayList<>();
            while (rows.hasNext() && kept.size() <= cap) {
                kept.add(rows.next());
            }
            boolean cut = kept.size() > cap;
            List<Binding> sent = cut ? kept.subList(0, cap) : kept;
            return new CappedAnswer(
                    new QueryExecResult(RowSetStream.create(rows.getResultVars(), sent.iterator())), sent.size(), cut);
        }
        if (q.isAskType()) {
            return new CappedAnswer(new QueryExecResult(exec.ask()), 1, false);
        }
        if (q.isConstructType()) {
            DatasetGraph quads = DatasetGraphFactory.create();
            Filled f = fill(exec.constructQuads(), quads::contains, quads::add, cap);
            return new CappedAnswer(new QueryExecResult(quads), f.held(), f.cut());
        }
        if (q.isDescribeType()) {
            Graph graph = GraphFactory.createDefaultGraph();
            Filled f = fill(exec.describeTriples(), graph::contains, graph::add, cap);
            return new CappedAnswer(new QueryExecResult(graph), f.held(), f.cut());
        }
        List<JsonObject> items = new ArrayList<>();
        Iterator<JsonObject> json = exec.execJsonItems();
        while (json.hasNext() && items.size() <= cap) {
            items.add(json.next());
        }
        boolean cut = items.size() > cap;
        List<JsonObject> sent = cut ? items.subList(0, cap) : items;
        return new CappedAnswer(new QueryExecResult(sent.iterator()), sent.size(), cut);
    }

    /** How many distinct items were kept, and whether there were more. */
    private record Filled(long held, boolean cut) {}

    /** Adds distinct items until {@code cap} of them are held. */
    private static <T> Filled fill(Iterator<T> items, Predicate<T> holds, Consumer<T> add, long cap) {
        long held = 0;
        while (items.hasNext()) {
            T item = items.next();
            if (holds.test(item)) {
                continue;
            }
            if (held == cap) {
                return new Filled(held, true);
            }
            add.accept(item);
            held++;
        }
        return new Filled(held, false);
    }
}
