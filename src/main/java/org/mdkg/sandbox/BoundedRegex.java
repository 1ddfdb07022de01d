package org.mdkg.sandbox;

import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.E_Regex;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.util.Context;

/**
 * SPARQL {@code REGEX} as Jena evaluates it ({@code java.util.regex}, the same flags), reading its text through a
 * {@link RegexBudget}: the query's time limit interrupts a match, and a match that needs more than the budget's
 * steps is refused.
 */
final class BoundedRegex extends E_Regex {
    private final long maxSteps;
    /** The pattern compiled once when it and its flags are constants; else null. */
    private final Pattern constant;

    BoundedRegex(Expr expr, Expr pattern, Expr flags, long maxSteps) {
        super(expr, pattern, flags);
        this.maxSteps = maxSteps;
        this.constant = isString(pattern) && (flags == null || isString(flags))
                ? RegexEngine.makePattern(
                        "REGEX",
                        pattern.getConstant().getString(),
                        flags == null ? null : flags.getConstant().getString())
                : null;
    }

    static boolean isString(Expr e) {
        return e.isConstant() && e.getConstant().isString();
    }

    /** Without a query (the optimizer folding a constant expression calls this): the step budget only. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REGEX", args.get(0));
        NodeValue pattern = args.get(1);
        NodeValue flags = args.size() > 2 ? args.get(2) : null;
        if (!pattern.isString() || (flags != null && !flags.isString())) {
            throw new ExprEvalException("REGEX: the pattern and flags must be strings");
        }
        Pattern compiled = constant != null
                ? constant
                : RegexEngine.makePattern("REGEX", pattern.getString(), flags == null ? null : flags.getString());
        RegexBudget input = new RegexBudget(text.getLiteralLexicalForm(), cancelSignal(env), maxSteps, "REGEX");
        return NodeValue.booleanReturn(compiled.matcher(input).find());
    }

    /** The query's cancel signal; none when the optimizer folds a constant expression. */
    static AtomicBoolean cancelSignal(FunctionEnv env) {
        return env == null || env.getContext() == null ? null : Context.getCancelSignal(env.getContext());
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedRegex(newArgs.get(0), newArgs.get(1), newArgs.size() > 2 ? newArgs.get(2) : null, maxSteps);
    }
}
