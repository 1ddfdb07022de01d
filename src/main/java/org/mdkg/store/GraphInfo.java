package org.mdkg.store;

/** A named graph as the metadata graph describes it: its IRI, its size and the file it came from. */
public record GraphInfo(String iri, long triples, String source, String sha256, String loaded) {}
