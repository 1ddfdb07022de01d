package org.mdkg.write;

import java.util.List;

/**
 * One committed write as the change log keeps it.
 *
 * @param id          {@code urn:mdkg:change:<time>-<random>}; sorts by commit time
 * @param author      token name, Basic user or {@code cli:<user>}
 * @param committed   ISO-8601 UTC time of the commit
 * @param source      the files or the HTTP request the data came from
 * @param inputSha256 SHA-256 of the input bytes, or empty
 * @param sha256      SHA-256 of the sorted patch lines
 * @param added       quads added
 * @param removed     quads removed
 * @param graphs      named graphs touched
 * @param summary     lines a person reads (new commitments, status changes)
 * @param about       IRIs the summary lines are about
 */
public record ChangeRecord(
        String id,
        String author,
        String committed,
        String source,
        String inputSha256,
        String sha256,
        long added,
        long removed,
        List<String> graphs,
        List<String> summary,
        List<String> about) {
    public ChangeRecord {
        graphs = List.copyOf(graphs);
        summary = List.copyOf(summary);
        about = List.copyOf(about);
    }
}
