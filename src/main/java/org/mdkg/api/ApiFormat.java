package org.mdkg.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mdkg.base.MdkgException;
import org.mdkg.http.AcceptHeader;

/**
 * The representations the resource endpoints offer, chosen by {@code ?format=} first, then by the
 * {@code Accept} header (highest q wins, earlier wins ties), else JSON.
 */
enum ApiFormat {
    JSON("application/json", "json"),
    JSON_LD("application/ld+json", "jsonld"),
    CSV("text/csv", "csv"),
    TURTLE("text/turtle", "ttl");

    private final String mediaType;
    private final String keyword;

    ApiFormat(String mediaType, String keyword) {
        this.mediaType = mediaType;
        this.keyword = keyword;
    }

    String mediaType() {
        return mediaType;
    }

    String keyword() {
        return keyword;
    }

    /** The format the client asked for; a bad {@code format} value is a 400 naming it. */
    static ApiFormat negotiate(Context ctx) {
        String asked = ctx.queryParam("format");
        if (asked != null && !asked.isBlank()) {
            return byKeyword(asked.trim().toLowerCase(Locale.ROOT));
        }
        return byAccept(ctx.header("Accept"));
    }

    private static ApiFormat byKeyword(String asked) {
        for (ApiFormat f : values()) {
            if (f.keyword.equals(asked) || f.mediaType.equals(asked)) {
                return f;
            }
        }
        return switch (asked) {
            case "json-ld" -> JSON_LD;
            case "turtle" -> TURTLE;
            default ->
                throw MdkgException.badParameter(
                        "format", "format must be one of json, jsonld, csv, ttl; got '" + asked + "'");
        };
    }

    static ApiFormat byAccept(String accept) {
        ApiFormat best = JSON;
        double bestQ = -1;
        for (AcceptHeader.Range range : AcceptHeader.of(accept).ranges()) {
            for (ApiFormat f : candidates(range.mediaType())) {
                if (range.quality() > bestQ) {
                    best = f;
                    bestQ = range.quality();
                }
            }
        }
        return bestQ <= 0 ? JSON : best;
    }

    private static List<ApiFormat> candidates(String type) {
        List<ApiFormat> found = new ArrayList<>();
        for (ApiFormat f : values()) {
            if (f.mediaType.equals(type)) {
                found.add(f);
            }
        }
        if (type.equals("*/*") || type.equals("application/*")) {
            found.add(JSON);
        }
        return found;
    }
}
