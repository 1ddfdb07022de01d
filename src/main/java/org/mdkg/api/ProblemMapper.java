package org.mdkg.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.apache.jena.query.QueryCancelledException;
import org.mdkg.query.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The one place where exceptions become HTTP answers: problem details, never a stack trace. */
final class ProblemMapper {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    private ProblemMapper() {
    }

    static void install(RoutesConfig routes) {
        routes.exception(ApiException.class, (e, ctx) -> send(ctx, e.status(), e.title(), e.getMessage(), e.parameter()));
        routes.exception(InvalidParameterException.class, (e, ctx) ->
                send(ctx, 400, "Bad parameter", e.getMessage(), e.parameter()));
        routes.exception(QueryCancelledException.class, (e, ctx) ->
                send(ctx, 503, "Query timed out", "The query ran past its time limit and was cancelled.", null));
        routes.exception(HttpResponseException.class, (e, ctx) -> send(ctx, e.getStatus(), e.getMessage(), null, null));
        routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
            send(ctx, 500, "Internal error", "The server failed; the failure is logged.", null);
        });
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                send(ctx, 404, "Not found", "No resource at " + ctx.path(), null);
            }
        });
    }

    static void send(Context ctx, int status, String title, String detail, String parameter) {
        ctx.status(status).contentType(Problem.MEDIA_TYPE)
                .json(new Problem("about:blank", title, status, detail, ctx.path(), parameter));
        ctx.contentType(Problem.MEDIA_TYPE);
    }
}
