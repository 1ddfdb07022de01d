package org.mdkg.sandbox;

import java.util.Iterator;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.pfunction.PropertyFunctionFactory;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.MappedLoader;

/**
 * The property functions a client's query may use: those Jena registered and those of its own property-function
 * library, except {@code apf:strSplit}, whose splitting regular expression nothing bounds; a {@code java:} IRI
 * names none (Jena would load the class just to ask whether it is one).
 */
final class ClosedPropertyFunctionRegistry extends PropertyFunctionRegistry {
    private static final String STR_SPLIT = "strSplit";

    private final PropertyFunctionRegistry standard;

    ClosedPropertyFunctionRegistry(PropertyFunctionRegistry standard) {
        this.standard = standard;
    }

    @Override
    public boolean manages(String uri) {
        return isAllowed(uri) && standard.manages(uri);
    }

    @Override
    public PropertyFunctionFactory get(String uri) {
        return isAllowed(uri) ? standard.get(uri) : null;
    }

    @Override
    public boolean isRegistered(String uri) {
        return isAllowed(uri) && standard.isRegistered(uri);
    }

    @Override
    public Iterator<String> keys() {
        return standard.keys();
    }

    private boolean isAllowed(String uri) {
        if (uri.startsWith(ARQConstants.javaClassURIScheme) || uri.endsWith("#" + STR_SPLIT)) {
            return false;
        }
        if (standard.isRegistered(uri)) {
            return true;
        }
        String mapped = MappedLoader.mapDynamicURI(uri);
        return mapped != null && mapped.startsWith(ARQConstants.ARQPropertyFunctionLibrary);
    }
}
