package org.mdkg.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.SortCondition;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionEnvBase;

/**
 * Sorts rows by a query's {@code ORDER BY} exactly as the query engine does ({@link BindingComparator}: unbound
 * and erroneous keys first, then SPARQL's value order, ties broken by comparing the rows term by term), but
 * evaluates each key once per row instead of once per comparison.
 */
public final class OrderBy {
    private OrderBy() {}

    /** {@code rows} in the order {@code conditions} gives them. */
    public static List<Binding> sort(List<Binding> rows, List<SortCondition> conditions) {
        if (conditions == null || conditions.isEmpty()) {
            return rows;
        }
        FunctionEnvBase env = new FunctionEnvBase();
        List<Keyed> keyed = new ArrayList<>(rows.size());
        for (Binding row : rows) {
            NodeValue[] keys = new NodeValue[conditions.size()];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = key(conditions.get(i), row, env);
            }
            keyed.add(new Keyed(row, keys));
        }
        keyed.sort(comparator(conditions));
        return keyed.stream().map(Keyed::row).toList();
    }

    private static NodeValue key(SortCondition condition, Binding row, FunctionEnvBase env) {
        try {
            return condition.getExpression().eval(row, env);
        } catch (ExprEvalException e) {
            return null;
        }
    }

    private static Comparator<Keyed> comparator(List<SortCondition> conditions) {
        return (a, b) -> {
            for (int i = 0; i < conditions.size(); i++) {
                int x = BindingComparator.compareNodesRaw(a.keys()[i], b.keys()[i]);
                if (x != 0) {
                    return conditions.get(i).getDirection() == Query.ORDER_DESCENDING ? -x : x;
                }
            }
            return BindingComparator.compareBindingsSyntactic(a.row(), b.row());
        };
    }

    private record Keyed(Binding row, NodeValue[] keys) {}
}
