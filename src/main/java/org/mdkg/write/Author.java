package org.mdkg.write;

/** Who makes a write: the name of a bearer token, a Basic-auth user, or {@code cli:<os-user>}. */
public record Author(String name) {
    public Author {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an author needs a name");
        }
    }

    /** The operating-system user running a command-line write. */
    public static Author ofCommandLine() {
        return new Author("cli:" + System.getProperty("user.name", "unknown"));
    }
}
