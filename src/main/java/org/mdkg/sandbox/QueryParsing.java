package org.mdkg.sandbox;

import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.lang.arq.ParserARQ;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/**
 * Parses a client's query as Fuseki does (SPARQL with ARQ's extensions), refusing one with more elements than
 * allowed before Jena's variable-scope check runs: that check takes time quadratic in the number of BINDs, projected
 * expressions and sub-queries (1 MB of BINDs kept a thread 190 s), and nothing can interrupt it.
 */
public final class QueryParsing {
    /** The base Fuseki parses queries against, so relative IRIs resolve as they did. */
    static final String BASE = "http://server/unset-base/";

    private QueryParsing() {}

    /** The query {@code text}; 400 ({@link ErrorKind#BAD_INPUT}) when it has more than {@code maxElements}. */
    public static Query parse(String text, int maxElements) {
        Query query = new Query();
        query.setSyntax(Syntax.syntaxARQ);
        query.setBase(IRIx.create(BASE));
        new ParserARQ() {
            @Override
            protected void validateParsedQuery(Query parsed) {
                long n = elements(parsed);
                if (n > maxElements) {
                    throw new MdkgException(
                            ErrorKind.BAD_INPUT,
                            "the query has " + n + " elements (patterns, BINDs, FILTERs, projected expressions, "
                                    + "sub-queries); at most " + maxElements
                                    + " are accepted (MDKG_QUERY_MAX_ELEMENTS): split it, or use VALUES");
                }
                super.validateParsedQuery(parsed);
            }
        }.parse(query, text);
        return query;
    }

    /** Members of every group and union (sub-queries included), plus projected and grouping expressions. */
    static long elements(Query query) {
        long n = query.getProject().size()
                + (query.hasGroupBy() ? query.getGroupBy().size() : 0);
        Element pattern = query.getQueryPattern();
        if (pattern == null) {
            return n;
        }
        long[] count = {n};
        ElementWalker.walk(pattern, new ElementVisitorBase() {
            @Override
            public void visit(ElementGroup el) {
                count[0] += el.size();
            }

            @Override
            public void visit(ElementUnion el) {
                count[0] += el.getElements().size();
            }

            @Override
            public void visit(ElementSubQuery el) {
                count[0] += 1 + elements(el.getQuery());
            }
        });
        return count[0];
    }
}
