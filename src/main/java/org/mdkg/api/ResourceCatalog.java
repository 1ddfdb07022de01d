package org.mdkg.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.mdkg.base.ClasspathResource;

/**
 * The resource endpoints for web apps, as data ({@code resources.yaml} beside this class): which named queries back
 * which URL.
 */
final class ResourceCatalog {
    private static final Lists CATALOGUE = read();

    static final List<ListRoute> LISTS = CATALOGUE.lists();
    static final List<DetailRoute> DETAILS = CATALOGUE.details();

    private ResourceCatalog() {}

    /** The file's two lists. */
    private record Lists(List<ListRoute> lists, List<DetailRoute> details) {}

    private static Lists read() {
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try {
            return yaml.readValue(ClasspathResource.bytes(ResourceCatalog.class, "resources.yaml"), Lists.class);
        } catch (IOException e) {
            throw new UncheckedIOException("resources.yaml is malformed", e);
        }
    }
}
