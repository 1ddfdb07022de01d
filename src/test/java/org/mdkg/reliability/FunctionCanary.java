package org.mdkg.reliability;

/** A class a query must not be able to load: loading it (through a {@code java:} function IRI) leaves a mark. */
public final class FunctionCanary {
    static {
        System.setProperty("mdkg.canary.function", "loaded");
    }

    private FunctionCanary() {}
}
