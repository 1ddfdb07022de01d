package org.mdkg.load;

import java.util.List;

/** What a load committed: one entry per file, and the time it took overall. */
public record LoadReport(List<FileLoad> files, long millis) {

    /** One file's contribution: the graph it went into, its triples, its SHA-256, how long parsing took. */
    public record FileLoad(String file, String graph, long triples, String sha256, long parseMillis) {}

    public long triples() {
        return files.stream().mapToLong(FileLoad::triples).sum();
    }
}
