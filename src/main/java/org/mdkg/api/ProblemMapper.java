package org.mdkg.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.http.Problems;

/** Hands every failure of a route to {@link Problems}, so routes answer problem details, never a stack trace. */
final class ProblemMapper {
    private ProblemMapper() {}

    static void install(RoutesConfig routes) {
        routes.exception(
                HttpResponseException.class,
                (e, ctx) -> send(ctx, new MdkgException(kindOf(e.getStatus()), e.getMessage())));
        routes.exception(Exception.class, (e, ctx) -> send(ctx, Problems.classify(e, ctx.method() + " " + ctx.path())));
        routes.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty()) {
                send(ctx, MdkgException.notFound("No resource at " + ctx.path()));
            }
        });
    }

    static void send(Context ctx, MdkgException e) {
        ctx.status(Problems.status(e.kind())).contentType(Problems.MEDIA_TYPE).result(Problems.bytes(e, ctx.path()));
    }

    /** The kind of an error Javalin raised itself (a bad path, a body too large for its limits). */
    private static ErrorKind kindOf(int status) {
        return switch (status) {
            case 404 -> ErrorKind.NOT_FOUND;
            case 405 -> ErrorKind.METHOD_NOT_ALLOWED;
            case 406 -> ErrorKind.NOT_ACCEPTABLE;
            case 413 -> ErrorKind.TOO_LARGE;
            case 415 -> ErrorKind.UNSUPPORTED_MEDIA_TYPE;
            default -> status >= 500 ? ErrorKind.FAILURE : ErrorKind.BAD_INPUT;
        };
    }
}
