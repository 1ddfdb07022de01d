/**
 * Search that ranks: a Lucene full-text index, in memory, over the labels, alternative labels, titles, descriptions
 * and texts of every resource in both languages (case and accents folded), built from the store when first needed
 * and kept current on writes (the server hands it the subjects each committed write touched). Exact label matches come first, then
 * the kinds an analyst looks for (countries, dialogues, frameworks before projects and sources), then the text
 * score. Answers {@code /api/search} and the pages' search box.
 */
package org.mdkg.search;
