package org.mdkg.query;

import java.util.List;
import org.apache.jena.datatypes.RDFDatatype;
import org.apache.jena.datatypes.TypeMapper;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * A declared parameter of a named query. The SPARQL variable {@link #variable} receives the value(s): for a
 * {@code params:} entry it is the parameter's own name; for a grlc/BASIL variable such as {@code ?_process_iri} it
 * is that variable ({@code _process_iri}) while the parameter is called {@code process}.
 *
 * @param prefix   for iri/enum parameters: the namespace a bare slug is resolved against
 * @param values   the allowed values: for enum parameters the slugs or IRIs, for others those of a grlc
 *                 {@code enumerate} (given in the header or filled from the data at start-up)
 * @param isList   whether several values may be given (they become one VALUES block)
 * @param variable the SPARQL variable bound, without {@code ?}
 * @param lang     for lang-string parameters: the language tag ({@code en} when null)
 * @param datatype the datatype IRI of the bound literal when it is not the type's own ({@code ?_d_xsd_dateTime}),
 *                 else null
 */
public record QueryParam(
        String name,
        ParamType type,
        boolean isRequired,
        String defaultValue,
        boolean isList,
        String prefix,
        List<String> values,
        String description,
        String example,
        String variable,
        String lang,
        String datatype) {

    /** A parameter whose SPARQL variable is its name, of the type's own datatype (a {@code params:} entry). */
    public QueryParam(
            String name,
            ParamType type,
            boolean isRequired,
            String defaultValue,
            boolean isList,
            String prefix,
            List<String> values,
            String description,
            String example) {
        this(name, type, isRequired, defaultValue, isList, prefix, values, description, example, name, null, null);
    }

    /** A copy with a default value, so no longer required (grlc's {@code defaults}: the server fills it in). */
    public QueryParam withDefault(String value) {
        return new QueryParam(
                name, type, false, value, isList, prefix, values, description, example, variable, lang, datatype);
    }

    /** A copy with other allowed values. */
    public QueryParam withValues(List<String> allowed) {
        return new QueryParam(
                name,
                type,
                isRequired,
                defaultValue,
                isList,
                prefix,
                List.copyOf(allowed),
                description,
                example,
                variable,
                lang,
                datatype);
    }

    /**
     * The value as the RDF term bound to {@link #variable}: checked against the type, then given {@link #datatype}
     * if there is one (checked against it when Jena knows the datatype). Throws {@link IllegalArgumentException}
     * with a reason if the value does not fit.
     */
    public Node toNode(String value) {
        Node node = type.toNode(value, prefix, lang);
        if (datatype == null) {
            return node;
        }
        String lexical = node.isLiteral() ? node.getLiteralLexicalForm() : value;
        RDFDatatype dt = TypeMapper.getInstance().getSafeTypeByName(datatype);
        if (dt instanceof XSDDatatype && !dt.isValid(lexical)) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + datatype);
        }
        return NodeFactory.createLiteralDT(lexical, dt);
    }
}
