package org.mdkg.query;

import java.util.List;

/**
 * A declared parameter of a named query. The SPARQL variable of the same name receives the value(s).
 *
 * @param prefix  for iri/enum parameters: the namespace a bare slug is resolved against
 * @param values  for enum parameters: the allowed slugs or IRIs
 * @param isList  whether several values may be given (they become one VALUES block)
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
        String example) {}
