package org.mdkg.api;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
            default -> throw ApiException.badParameter("format", "format must be one of json, jsonld, csv, ttl; got '"
                    + asked + "'");
        };
    }

    static ApiFormat byAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return JSON;
        }
        ApiFormat best = JSON;
        double bestQ = -1;
        for (String range : accept.split(",")) {
            String[] parts = range.trim().split(";");
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            double q = quality(parts);
            for (ApiFormat f : candidates(type)) {
                if (q > bestQ) {
                    best = f;
                    bestQ = q;
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

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i].trim();
            if (p.startsWith("q=")) {
                try {
                    return Double.parseDouble(p.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
