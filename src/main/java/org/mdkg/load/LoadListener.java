package org.mdkg.load;

/** Told how a load progresses, for a terminal to show; the default listener ignores everything. */
public interface LoadListener {
    LoadListener SILENT = new LoadListener() {};

    /** A file was parsed into memory. */
    default void parsed(LoadReport.FileLoad file) {}

    /** All files parsed; the write transaction starts. */
    default void committing(long triples) {}
}
