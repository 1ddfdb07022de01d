package org.mdkg.query;

/**
 * Which slice of a result to return: at most {@code limit} rows after skipping {@code offset}.
 *
 * @param limit  rows per page, 1 to {@link #MAX_LIMIT}
 * @param offset rows skipped, 0 or more
 */
public record PageRequest(int limit, int offset) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidParameterException("limit", "limit must be between 1 and " + MAX_LIMIT + ", got " + limit);
        }
        if (offset < 0) {
            throw new InvalidParameterException("offset", "offset must be 0 or more, got " + offset);
        }
    }

    /** The first page with the default size. */
    public static PageRequest first() {
        return new PageRequest(DEFAULT_LIMIT, 0);
    }

    /** Everything up to the largest page, for nested lists inside one resource. */
    public static PageRequest all() {
        return new PageRequest(MAX_LIMIT, 0);
    }

    /**
     * Reads {@code limit} and {@code offset} from text (either may be null for its default).
     * A value that is not a whole number is refused naming the parameter.
     */
    public static PageRequest parse(String limit, String offset) {
        return new PageRequest(number("limit", limit, DEFAULT_LIMIT), number("offset", offset, 0));
    }

    private static int number(String name, String text, int fallback) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(name, name + " must be a whole number, got '" + text + "'");
        }
    }
}
