package org.mdkg.sandbox;

import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.TransformCopy;
import org.apache.jena.sparql.algebra.Transformer;
import org.apache.jena.sparql.algebra.optimize.Optimize;
import org.apache.jena.sparql.algebra.optimize.RewriteFactory;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunctionN;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.apache.jena.sparql.util.Context;

/**
 * Installs the sandbox on a query context (the store's, so that every query and update on it runs inside): after
 * Jena's standard optimizer, {@code REGEX} and {@code REPLACE} become their bounded forms ({@link BoundedRegex},
 * {@link BoundedReplace}); and the function and property-function registries answer only for functions Jena
 * registered itself or ships in its own libraries, so a {@code java:} IRI can no longer load (and initialise) an
 * arbitrary class from the classpath.
 */
public final class Sandbox {
    private Sandbox() {}

    /** Bounded regular expressions ({@code maxSteps} reads per value) and closed function registries on {@code cxt}. */
    public static void install(Context cxt, long maxSteps) {
        RewriteFactory standard = Optimize.stdOptimizationFactory;
        RewriteFactory bounded = context -> {
            var optimizer = standard.create(context);
            // before the optimizer too: it folds constant expressions, evaluating them while it plans
            return op -> bounded(optimizer.rewrite(bounded(op, maxSteps)), maxSteps);
        };
        cxt.set(ARQConstants.sysOptimizerFactory, bounded);
        FunctionRegistry.set(cxt, new ClosedFunctionRegistry(FunctionRegistry.get(), maxSteps));
        PropertyFunctionRegistry.set(cxt, new ClosedPropertyFunctionRegistry(PropertyFunctionRegistry.get()));
    }

    /** {@code op} with every REGEX and REPLACE in its expressions bounded. */
    static Op bounded(Op op, long maxSteps) {
        ExprTransformCopy regexes = new ExprTransformCopy() {
            @Override
            public Expr transform(ExprFunctionN func, ExprList args) {
                if (func instanceof E_Regex && !(func instanceof BoundedRegex)) {
                    return new BoundedRegex(args.get(0), args.get(1), args.size() > 2 ? args.get(2) : null, maxSteps);
                }
                if (func instanceof E_StrReplace && !(func instanceof BoundedReplace)) {
                    return new BoundedReplace(
                            args.get(0), args.get(1), args.get(2), args.size() > 3 ? args.get(3) : null, maxSteps);
                }
                return super.transform(func, args);
            }
        };
        return Transformer.transform(new TransformCopy(), regexes, op);
    }
}
