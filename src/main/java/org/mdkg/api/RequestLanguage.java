package org.mdkg.api;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.regex.Pattern;
import org.mdkg.base.MdkgException;
import org.mdkg.http.AcceptHeader;

/**
 * The language labels are given in: {@code ?lang=} first, then the {@code Accept-Language} range with the highest
 * weight (earlier wins ties, {@code *} ignored), else English. Only the primary subtag counts ({@code fr-BE} reads
 * French labels).
 */
final class RequestLanguage {
    static final String PARAM = "lang";
    static final String DEFAULT = "en";
    private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");

    private RequestLanguage() {}

    static String of(Context ctx) {
        String asked = ctx.queryParam(PARAM);
        if (asked != null && !asked.isBlank()) {
            if (!TAG.matcher(asked.trim()).matches()) {
                throw MdkgException.badParameter(
                        PARAM, "lang must be a language tag such as en or fr; got '" + asked + "'");
            }
            return primary(asked.trim());
        }
        return fromHeader(ctx.header("Accept-Language"));
    }

    static String fromHeader(String header) {
        String best = DEFAULT;
        double bestQ = 0;
        for (AcceptHeader.Range r : AcceptHeader.of(header).ranges()) {
            if (r.quality() > bestQ && TAG.matcher(r.mediaType()).matches()) {
                best = primary(r.mediaType());
                bestQ = r.quality();
            }
        }
        return best;
    }

    private static String primary(String tag) {
        return tag.toLowerCase(Locale.ROOT).replaceFirst("-.*", "");
    }
}
