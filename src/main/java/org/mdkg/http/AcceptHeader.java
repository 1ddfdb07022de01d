package org.mdkg.http;

import java.util.List;
import java.util.Locale;

/** Reads an HTTP {@code Accept} header (RFC 9110 §12.5.1): the quality a client gives each media type. */
public final class AcceptHeader {
    private final String header;

    private AcceptHeader(String header) {
        this.header = header == null ? "" : header;
    }

    public static AcceptHeader of(String header) {
        return new AcceptHeader(header);
    }

    public boolean isEmpty() {
        return header.isBlank();
    }

    /** The q value the header gives exactly {@code mediaType} (no wildcards), 0 if it names it not at all. */
    public double exact(String mediaType) {
        for (String range : header.split(",")) {
            String[] parts = range.trim().split(";");
            if (parts[0].trim().equalsIgnoreCase(mediaType)) {
                return quality(parts);
            }
        }
        return 0;
    }

    /** The highest q value given exactly to one of {@code mediaTypes}. */
    public double bestExact(List<String> mediaTypes) {
        return mediaTypes.stream().mapToDouble(this::exact).max().orElse(0);
    }

    /** The media type of the first range, lower case, without parameters ("" for an empty header). */
    public String first() {
        return header.split(",")[0].split(";")[0].trim().toLowerCase(Locale.ROOT);
    }

    /** Each range of the header in order, as its lower-case media type and its q value. */
    public List<Range> ranges() {
        if (header.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(header.split(","))
                .map(r -> {
                    String[] parts = r.trim().split(";");
                    return new Range(parts[0].trim().toLowerCase(Locale.ROOT), quality(parts));
                })
                .toList();
    }

    /** One media range and its quality. */
    public record Range(String mediaType, double quality) {}

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
