package org.mdkg;

import java.nio.file.Path;

/** Paths of the test fixtures kept as files under {@code src/test/resources/fixtures}. */
public final class Fixtures {
    private Fixtures() {}

    public static Path path(String area, String name) {
        return Path.of("src", "test", "resources", "fixtures", area, name);
    }
}
