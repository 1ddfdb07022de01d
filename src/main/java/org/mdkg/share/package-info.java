/**
 * Shareable queries: the short, content-addressed links {@code /q/<id>} of query texts — the named queries and the
 * texts the pages show, known at start-up, and the texts users share with {@code POST /q}, kept in the store's
 * {@code urn:mdkg:graph:shared-queries} so every mdkg over the same store resolves them.
 */
package org.mdkg.share;
