package org.mdkg.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.lib.Pair;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.web.HttpNames;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.config.Limits;
import org.mdkg.http.Problems;
import org.mdkg.sandbox.CappedAnswer;
import org.mdkg.sandbox.ClientQuery;
import org.mdkg.sandbox.QueryText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fuseki's SPARQL query operation at {@code /sparql}, with mdkg's limits: a query larger than
 * {@link Limits#queryMaxBytes} is 413 and one with more than {@link Limits#queryMaxElements} elements is 400 (both
 * before parsing could take long); the whole result is computed before the first byte is sent, so a query that
 * reaches the time limit is always a 503 problem and never a truncated 200; a result longer than
 * {@link Limits#resultMaxRows} rows (or triples) is cut there and says so ({@code X-Result-Truncated},
 * {@code X-Result-Cap}, and a {@code link} in the head of JSON and XML results, see {@link ResultWriters}); and
 * the log gets one bounded line per query ({@link QueryText#forLog}) instead of the whole text.
 */
final class SparqlQueries extends SPARQL_QueryDataset {
    private static final Logger LOG = LoggerFactory.getLogger(SparqlQueries.class);

    private final Limits limits;

    SparqlQueries(Limits limits) {
        this.limits = limits;
    }

    @Override
    protected void executeWithParameter(HttpAction action) {
        String text = action.getRequestParameter(HttpNames.paramQuery);
        if (text != null && text.length() > limits.queryMaxBytes()) {
            reply(action, tooLarge());
            return;
        }
        execute(text, action);
    }

    @Override
    protected void executeBody(HttpAction action) {
        byte[] body;
        try (InputStream in = action.getRequestInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 1, limits.queryMaxBytes() + 1));
        } catch (IOException e) {
            reply(action, new MdkgException(ErrorKind.BAD_INPUT, "cannot read the query: " + e.getMessage()));
            return;
        }
        if (body.length > limits.queryMaxBytes()) {
            reply(action, tooLarge());
            return;
        }
        execute(new String(body, StandardCharsets.UTF_8), action);
    }

    @Override
    protected void execute(String text, HttpAction action) {
        long t0 = System.nanoTime();
        LOG.info("[{}] {}", action.id, QueryText.forLog(text));
        Query query;
        try {
            query = ClientQuery.parse(text, limits);
        } catch (MdkgException e) {
            reply(action, e);
            return;
        }
        action.beginRead();
        try {
            Pair<DatasetGraph, Query> chosen = decideDataset(action, query, "");
            Query q = chosen.getRight() == null ? query : chosen.getRight();
            CappedAnswer answer;
            try (QueryExec exec = createQueryExec(action, q, chosen.getLeft())) {
                answer = CappedAnswer.compute(exec, q, limits.resultMaxRows());
            }
            if (answer.truncated()) {
                action.setResponseHeader("X-Result-Truncated", "true");
                action.setResponseHeader("X-Result-Cap", Integer.toString(limits.resultMaxRows()));
                action.getContext().set(ResultWriters.TRUNCATED, true);
            }
            sendResults(action, answer.result(), query.getPrologue());
            LOG.info(
                    "[{}] {} {}{} in {} ms",
                    action.id,
                    200,
                    answer.size(),
                    answer.truncated() ? " (cut at the cap)" : "",
                    (System.nanoTime() - t0) / 1_000_000);
        } catch (QueryCancelledException e) {
            reply(action, Problems.classify(e, "/sparql"));
        } catch (MdkgException e) {
            reply(action, e);
        } finally {
            action.endRead();
        }
    }

    private MdkgException tooLarge() {
        return ClientQuery.tooLarge(limits);
    }

    /** Answers with a problem body; the status is kept for Fuseki's own bookkeeping. */
    private static void reply(HttpAction action, MdkgException e) {
        action.setResponseStatus(Problems.status(e.kind()));
        LOG.info("[{}] {} {}", action.id, Problems.status(e.kind()), QueryText.bounded(e));
        try {
            Problems.send(action.getResponse(), e, "/sparql");
        } catch (IOException gone) {
            LOG.debug("[{}] the client left before the problem was sent", action.id);
        }
    }
}
