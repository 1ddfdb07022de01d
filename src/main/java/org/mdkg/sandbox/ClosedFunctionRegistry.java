package org.mdkg.sandbox;

import java.util.Iterator;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.Function;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionFactory;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.sparql.util.MappedLoader;

/**
 * The functions a client's query may call: those Jena registered, and those its own function library provides
 * under its namespaces ({@code afn:} and the like, loaded on first use as Jena does). A {@code java:} IRI, which
 * Jena would resolve by loading (and so initialising) any class on the classpath, names no function here; and
 * XPath's {@code fn:matches} and {@code fn:replace} are bounded like {@code REGEX} and {@code REPLACE}.
 */
final class ClosedFunctionRegistry extends FunctionRegistry {
    static final String FN = "http://www.w3.org/2005/xpath-functions#";

    private final FunctionRegistry standard;
    private final long maxSteps;

    ClosedFunctionRegistry(FunctionRegistry standard, long maxSteps) {
        this.standard = standard;
        this.maxSteps = maxSteps;
    }

    @Override
    public FunctionFactory getFunctionFactory(String uri) {
        if ((FN + "matches").equals(uri) || (FN + "replace").equals(uri)) {
            return iri -> new BoundedXPathFunction(iri.endsWith("replace"), maxSteps);
        }
        return isAllowed(uri) ? standard.getFunctionFactory(uri) : null;
    }

    @Override
    public boolean isRegistered(String uri) {
        return standard.isRegistered(uri);
    }

    @Override
    public Iterator<String> keys() {
        return standard.keys();
    }

    /** Registered, or in Jena's own function library (never a {@code java:} IRI of some other class). */
    private boolean isAllowed(String uri) {
        if (standard.isRegistered(uri)) {
            return true;
        }
        if (uri.startsWith(ARQConstants.javaClassURIScheme)) {
            return false;
        }
        String mapped = MappedLoader.mapDynamicURI(uri);
        return mapped != null && mapped.startsWith(ARQConstants.ARQFunctionLibrary);
    }

    /** {@code fn:matches} and {@code fn:replace} through {@link BoundedRegex} and {@link BoundedReplace}. */
    private static final class BoundedXPathFunction implements Function {
        private final boolean replace;
        private final long maxSteps;
        private Expr bounded;

        BoundedXPathFunction(boolean replace, long maxSteps) {
            this.replace = replace;
            this.maxSteps = maxSteps;
        }

        @Override
        public void build(String uri, ExprList args, Context context) {
            int min = replace ? 3 : 2;
            if (args.size() < min || args.size() > min + 1) {
                throw new ExprEvalException(uri + ": wrong number of arguments: " + args.size());
            }
            Expr flags = args.size() > min ? args.get(min) : null;
            bounded = replace
                    ? new BoundedReplace(args.get(0), args.get(1), args.get(2), flags, maxSteps)
                    : new BoundedRegex(args.get(0), args.get(1), flags, maxSteps);
        }

        @Override
        public NodeValue exec(Binding binding, ExprList args, String uri, FunctionEnv env) {
            return bounded.eval(binding, env);
        }
    }
}
