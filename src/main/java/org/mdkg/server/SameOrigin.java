package org.mdkg.server;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;

/**
 * The cross-site request forgery check of every write: a browser on another site may send a form or a
 * {@code text/plain} body without a CORS preflight, and it attaches Basic credentials it has cached. So a write
 * that a browser says comes from elsewhere ({@code Sec-Fetch-Site} other than {@code same-origin} or {@code none},
 * or an {@code Origin} that is not this server's) is refused, and a body of such a "simple" media type must prove
 * it is not cross-site with one of those headers. Clients that send {@code application/sparql-update},
 * {@code text/turtle} or {@code application/n-triples} bodies with a bearer token (curl, scripts) need no proof: a
 * browser cannot send those across sites without a preflight, which the write routes never answer.
 */
final class SameOrigin {
    /** Media types a cross-site page can post without a preflight (the Fetch standard's CORS-safelisted ones). */
    private static final Set<String> SIMPLE =
            Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    private SameOrigin() {}

    /** Refuses {@code req} (403) when it comes, or may come, from another site. */
    static void check(HttpServletRequest req) {
        String site = req.getHeader("Sec-Fetch-Site");
        String origin = req.getHeader("Origin");
        if (site != null && !"same-origin".equals(site) && !"none".equals(site)) {
            throw refused("the browser says this request comes from another site (Sec-Fetch-Site: " + site + ")");
        }
        if (origin != null && !isOwn(origin, req.getHeader("Host"))) {
            throw refused("the request comes from the page of another origin (" + origin + ")");
        }
        if (isSimple(req.getContentType()) && site == null && origin == null) {
            throw refused("a form or text/plain write must show it comes from this server's own pages "
                    + "(Origin or Sec-Fetch-Site); other clients send application/sparql-update, text/turtle or "
                    + "application/n-triples with Authorization: Bearer");
        }
    }

    /** Whether {@code origin} (scheme://host[:port]) names the host and port the request was sent to. */
    private static boolean isOwn(String origin, String host) {
        int scheme = origin.indexOf("://");
        if (scheme < 0 || host == null) {
            return false;
        }
        String authority = origin.substring(scheme + 3).toLowerCase(Locale.ROOT);
        return authority.equals(host.trim().toLowerCase(Locale.ROOT));
    }

    private static boolean isSimple(String contentType) {
        String type =
                contentType == null ? "" : contentType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        return SIMPLE.contains(type);
    }

    private static MdkgException refused(String why) {
        return new MdkgException(ErrorKind.FORBIDDEN, why + "; nothing was changed");
    }
}
