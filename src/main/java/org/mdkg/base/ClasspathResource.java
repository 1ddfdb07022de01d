package org.mdkg.base;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a file shipped inside the jar (pages, rule queries); a missing one is a packaging error. */
public final class ClasspathResource {
    private ClasspathResource() {}

    /** The bytes of {@code name}, resolved as {@link Class#getResourceAsStream} does against {@code anchor}. */
    public static byte[] bytes(Class<?> anchor, String name) {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "resource " + name + " is missing from the jar (beside " + anchor.getName() + ")");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** The resource as UTF-8 text. */
    public static String text(Class<?> anchor, String name) {
        return new String(bytes(anchor, name), StandardCharsets.UTF_8);
    }
}
