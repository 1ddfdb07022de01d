package org.mdkg.sandbox;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.expr.E_StrReplace;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.expr.RegexEngine;
import org.apache.jena.sparql.expr.nodevalue.NodeValueOps;
import org.apache.jena.sparql.function.FunctionEnv;

/**
 * SPARQL {@code REPLACE} as Jena evaluates it (its handling of empty matches included), reading its text through
 * a {@link RegexBudget}, so that the time limit interrupts it and the step budget bounds it.
 */
final class BoundedReplace extends E_StrReplace {
    private final long maxSteps;
    /** The pattern compiled once when it and its flags are constants; else null. */
    private final Pattern constant;

    BoundedReplace(Expr text, Expr pattern, Expr replacement, Expr flags, long maxSteps) {
        super(text, pattern, replacement, flags);
        this.maxSteps = maxSteps;
        this.constant = BoundedRegex.isString(pattern) && (flags == null || BoundedRegex.isString(flags))
                ? RegexEngine.makePattern(
                        "REPLACE",
                        pattern.getConstant().getString(),
                        flags == null ? null : flags.getConstant().getString())
                : null;
    }

    /** Without a query (the optimizer folding a constant expression calls this): the step budget only. */
    @Override
    public NodeValue eval(List<NodeValue> args) {
        return eval(args, null);
    }

    @Override
    public NodeValue eval(List<NodeValue> args, FunctionEnv env) {
        Node text = NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(0));
        String pattern =
                NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(1)).getLiteralLexicalForm();
        String replacement =
                NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(2)).getLiteralLexicalForm();
        String flags = args.size() > 3
                ? NodeValueOps.checkAndGetStringLiteral("REPLACE", args.get(3)).getLiteralLexicalForm()
                : null;
        Pattern compiled = constant != null ? constant : RegexEngine.makePattern("REPLACE", pattern, flags);
        Matcher matcher = compiled.matcher(
                new RegexBudget(text.getLiteralLexicalForm(), BoundedRegex.cancelSignal(env), maxSteps, "REPLACE"));
        String replaced = replaceAll(matcher, replacement);
        if (replaced == null || replaced.equals(text.getLiteralLexicalForm())) {
            return args.get(0);
        }
        return NodeValue.makeNode(NodeFactory.createLiteral(
                replaced, text.getLiteralLanguage(), text.getLiteralBaseDirection(), text.getLiteralDatatype()));
    }

    /** As Jena's: one zero-length match only at the start; null when nothing matched. */
    private static String replaceAll(Matcher matcher, String replacement) {
        try {
            StringBuilder sb = null;
            while (matcher.find()) {
                if (sb == null) {
                    sb = new StringBuilder();
                } else if (matcher.start() == matcher.end()) {
                    continue;
                }
                matcher.appendReplacement(sb, replacement);
            }
            if (sb == null) {
                return null;
            }
            matcher.appendTail(sb);
            return sb.toString();
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            throw new ExprEvalException("REPLACE: " + e.getMessage());
        }
    }

    @Override
    public Expr copy(ExprList newArgs) {
        return new BoundedReplace(
                newArgs.get(0), newArgs.get(1), newArgs.get(2), newArgs.size() > 3 ? newArgs.get(3) : null, maxSteps);
    }
}
