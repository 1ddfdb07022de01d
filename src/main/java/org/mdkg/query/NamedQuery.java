package org.mdkg.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;

/**
 * A SPARQL query read from {@code queries/<id>.rq} with its header. {@link #bind} turns text parameter
 * values into typed RDF terms and puts them in a {@code VALUES} block at the start of the WHERE clause,
 * so user input is never spliced into query text.
 *
 * @param pageSize    rows per page when the request names none (grlc's {@code pagination}), or null for the API's
 * @param acceptsPost whether {@code POST} runs it too (grlc's {@code method: POST})
 * @param enumerated  parameters whose allowed values are filled from the data (grlc's {@code enumerate})
 */
public record NamedQuery(
        String id,
        String summary,
        String description,
        List<String> tags,
        List<QueryParam> params,
        Map<String, Object> example,
        Query query,
        String text,
        Integer pageSize,
        boolean acceptsPost,
        List<String> enumerated) {

    /** A query of mdkg's own header keys only: the API's page size, GET only, nothing filled from the data. */
    public NamedQuery(
            String id,
            String summary,
            String description,
            List<String> tags,
            List<QueryParam> params,
            Map<String, Object> example,
            Query query,
            String text) {
        this(id, summary, description, tags, params, example, query, text, null, false, List.of());
    }

    /** A copy with other parameters (their allowed values filled, say). */
    public NamedQuery withParams(List<QueryParam> changed) {
        return new NamedQuery(
                id,
                summary,
                description,
                tags,
                List.copyOf(changed),
                example,
                query,
                text,
                pageSize,
                acceptsPost,
                enumerated);
    }

    /** A copy of the query with each given parameter bound; checks required, type, enum and list rules. */
    public Query bind(Map<String, List<String>> raw) {
        Query bound = query.cloneQuery();
        List<ElementData> blocks = new ArrayList<>();
        typedParams(raw).forEach((name, nodes) -> blocks.add(valuesBlock(variable(name), nodes)));
        if (!blocks.isEmpty()) {
            bound.setQueryPattern(prepend(blocks, bound.getQueryPattern()));
        }
        return bound;
    }

    /**
     * The parameter values as typed RDF terms, in header order, defaults applied, parameters without a value
     * left out; refuses unknown parameters and values that break the header's rules, naming the parameter.
     */
    public Map<String, List<Node>> typedParams(Map<String, List<String>> raw) {
        for (String name : raw.keySet()) {
            if (params.stream().noneMatch(p -> p.name().equals(name))) {
                throw new InvalidParameterException(name, "unknown parameter '" + name + "' for query " + id);
            }
        }
        Map<String, List<Node>> typed = new LinkedHashMap<>();
        for (QueryParam p : params) {
            List<Node> nodes = nodes(p, raw.getOrDefault(p.name(), List.of()));
            if (!nodes.isEmpty()) {
                typed.put(p.name(), nodes);
            }
        }
        return typed;
    }

    private String variable(String name) {
        return params.stream()
                .filter(p -> p.name().equals(name))
                .map(QueryParam::variable)
                .findFirst()
                .orElse(name);
    }

    private static List<Node> nodes(QueryParam p, List<String> given) {
        List<String> values = given.stream().filter(v -> !v.isBlank()).toList();
        if (values.isEmpty() && p.defaultValue() != null) {
            values = List.of(p.defaultValue());
        }
        if (values.isEmpty() && p.isRequired()) {
            throw new InvalidParameterException(p.name(), "parameter '" + p.name() + "' is required");
        }
        if (values.size() > 1 && !p.isList()) {
            throw new InvalidParameterException(
                    p.name(), "parameter '" + p.name() + "' takes one value, got " + values.size());
        }
        List<Node> nodes = new ArrayList<>();
        for (String v : values) {
            if (p.type() == ParamType.ENUM
                    && !p.values().isEmpty()
                    && !p.values().contains(v)) {
                throw outside(p, v);
            }
            Node node = node(p, v);
            if (p.type() != ParamType.ENUM
                    && !p.values().isEmpty()
                    && p.values().stream().noneMatch(allowed -> sameTerm(p, allowed, node))) {
                throw outside(p, v);
            }
            nodes.add(node);
        }
        return nodes;
    }

    private static Node node(QueryParam p, String value) {
        try {
            return p.toNode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException(p.name(), "parameter '" + p.name() + "': " + e.getMessage());
        }
    }

    private static boolean sameTerm(QueryParam p, String allowed, Node given) {
        try {
            return p.toNode(allowed).equals(given);
        } catch (IllegalArgumentException e) {
            return allowed.equals(given.isLiteral() ? given.getLiteralLexicalForm() : given.toString());
        }
    }

    private static InvalidParameterException outside(QueryParam p, String value) {
        return new InvalidParameterException(
                p.name(), "parameter '" + p.name() + "' must be one of " + p.values() + ", got '" + value + "'");
    }

    private static ElementData valuesBlock(String name, List<Node> nodes) {
        Var var = Var.alloc(name);
        ElementData data = new ElementData();
        data.add(var);
        for (Node n : nodes) {
            Binding row = BindingFactory.binding(var, n);
            data.add(row);
        }
        return data;
    }

    private static Element prepend(List<ElementData> blocks, Element pattern) {
        ElementGroup group = new ElementGroup();
        blocks.forEach(group::addElement);
        if (pattern instanceof ElementGroup existing) {
            existing.getElements().forEach(group::addElement);
        } else {
            group.addElement(pattern);
        }
        return group;
    }

    /** The header fields as a plain map, for catalogues. */
    public Map<String, Object> describe() {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("id", id);
        d.put("summary", summary);
        d.put("description", description);
        d.put("tags", tags);
        d.put("params", params);
        return d;
    }
}
