package org.mdkg.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryCancelledException;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place where failures become HTTP answers: kind → status, and the RFC 9457 problem details body
 * ({@code type}, {@code title}, {@code status}, {@code detail}, {@code instance}, and {@code parameter},
 * {@code violations} or {@code problems} where the failure has them). Javalin routes, servlet filters and
 * servlets all answer through it; nothing else writes a problem body, and no stack trace reaches a client.
 */
public final class Problems {
    public static final String MEDIA_TYPE = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private Problems() {}

    /** The HTTP status of each kind. */
    public static int status(ErrorKind kind) {
        return switch (kind) {
            case BAD_INPUT, BAD_PARAMETER -> 400;
            case UNAUTHENTICATED -> 401;
            case FORBIDDEN -> 403;
            case NOT_FOUND -> 404;
            case METHOD_NOT_ALLOWED -> 405;
            case NOT_ACCEPTABLE -> 406;
            case TOO_LARGE -> 413;
            case UNSUPPORTED_MEDIA_TYPE -> 415;
            case VIOLATION -> 422;
            case TIMEOUT, OVERLOADED, STORE_DAMAGED -> 503;
            case TOO_MANY_REQUESTS -> 429;
            case INSUFFICIENT_STORAGE -> 507;
            case FAILURE -> 500;
        };
    }

    /**
     * {@code failure} as one of mdkg's own: a time-out stays a time-out; anything unexpected is logged once with
     * its trace (with {@code where} it happened) and becomes a {@link ErrorKind#FAILURE} that says only that.
     */
    public static MdkgException classify(Throwable failure, String where) {
        if (failure instanceof MdkgException e) {
            return e;
        }
        if (failure instanceof QueryCancelledException) {
            // a query stopped for a reason of its own (a regular expression past its budget) carries the reason
            return failure.getCause() instanceof MdkgException reason
                    ? reason
                    : new MdkgException(ErrorKind.TIMEOUT, "The query ran past its time limit and was cancelled.");
        }
        if (isDiskFull(failure)) {
            LOG.error("The disk is full on {}: {}", where, failure.toString());
            return new MdkgException(
                    ErrorKind.INSUFFICIENT_STORAGE,
                    "The disk holding the store is full: this write was refused whole and nothing of it was kept; "
                            + "reads go on. Free some space and send it again.");
        }
        LOG.error("Unexpected failure on {}", where, failure);
        return new MdkgException(ErrorKind.FAILURE, "The server failed; the failure is logged.");
    }

    /**
     * Whether {@code failure} comes from a full disk: an I/O error saying so, or the fault of a write to a
     * memory-mapped store file that the file system could not give a block (TDB2 maps its indexes; on a full disk
     * the JVM reports the {@code SIGBUS} as an {@link InternalError}).
     */
    public static boolean isDiskFull(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (t instanceof IOException
                    && (message.contains("No space left on device") || message.contains("Disk quota exceeded"))) {
                return true;
            }
            if (t instanceof InternalError && message.contains("unsafe memory access")) {
                return true;
            }
        }
        return false;
    }

    /** The problem details of {@code e} as a JSON object; {@code instance} is the request path. */
    public static Map<String, Object> body(MdkgException e, String instance) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", e.kind().title());
        body.put("status", status(e.kind()));
        body.put("detail", e.getMessage());
        if (instance != null) {
            body.put("instance", instance);
        }
        if (e.parameter() != null) {
            body.put("parameter", e.parameter());
        }
        if (!e.findings().isEmpty()) {
            body.put(
                    e.kind() == ErrorKind.VIOLATION ? "violations" : "problems",
                    e.findings().stream().map(MdkgException.Finding::fields).toList());
        }
        return body;
    }

    /** The body as bytes. */
    public static byte[] bytes(MdkgException e, String instance) {
        try {
            return JSON.writeValueAsBytes(body(e, instance));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write a problem body", ex);
        }
    }

    /** Answers a servlet request with the problem (status, content type, body); headers set before stay. */
    public static void send(HttpServletResponse resp, MdkgException e, String instance) throws IOException {
        byte[] body = bytes(e, instance);
        resp.setStatus(status(e.kind()));
        resp.setContentType(MEDIA_TYPE);
        resp.setContentLength(body.length);
        resp.getOutputStream().write(body);
    }
}
