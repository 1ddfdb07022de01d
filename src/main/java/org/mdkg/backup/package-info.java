/**
 * Backups and restores: a gzipped N-Quads snapshot of every named graph taken in one read transaction (so it
 * is consistent while the server keeps serving and writing), and an all-or-nothing restore into a store.
 */
package org.mdkg.backup;
