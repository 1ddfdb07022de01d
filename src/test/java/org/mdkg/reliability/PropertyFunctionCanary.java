package org.mdkg.reliability;

/** A class a query must not be able to load: loading it (through a {@code java:} property IRI) leaves a mark. */
public final class PropertyFunctionCanary {
    static {
        System.setProperty("mdkg.canary.pfunction", "loaded");
    }

    private PropertyFunctionCanary() {}
}
