package org.mdkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A question turned into a Lucene query, never parsed as Lucene syntax: its words (folded as the index folds them)
 * must each appear in a name or a text of the resource, as a word or as the start of one ("niger" also finds
 * "Nigeria"); whole words in names, the words as a phrase and the whole question as a label weigh more.
 */
final class SearchQuery {
    private static final Analyzer FOLDING = new Folding();
    private static final int SHORTEST_PREFIX = 3;

    private final String whole;
    private final List<String> words;

    private SearchQuery(String whole, List<String> words) {
        this.whole = whole;
        this.words = words;
    }

    static SearchQuery of(String question) {
        List<String> words = new ArrayList<>();
        try (TokenStream ts = FOLDING.tokenStream(IndexedResource.NAMES, question)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                words.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SearchQuery(Folding.whole(question), words);
    }

    boolean isEmpty() {
        return words.isEmpty();
    }

    /** The term that matches a resource one of whose names is the whole question. */
    Term exactTerm() {
        return new Term(IndexedResource.EXACT, whole);
    }

    /** Whether {@code text} contains one of the question's words (for the {@code match} column). */
    boolean isMatchedBy(String text) {
        String folded = Folding.whole(text);
        return words.stream().anyMatch(folded::contains);
    }

    Query lucene() {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String w : words) {
            BooleanQuery.Builder word = new BooleanQuery.Builder()
                    .add(new BoostQuery(new TermQuery(new Term(IndexedResource.NAMES, w)), 4), Occur.SHOULD)
                    .add(new TermQuery(new Term(IndexedResource.TEXTS, w)), Occur.SHOULD);
            if (w.length() >= SHORTEST_PREFIX) {
                word.add(new PrefixQuery(new Term(IndexedResource.NAMES, w)), Occur.SHOULD)
                        .add(new BoostQuery(new PrefixQuery(new Term(IndexedResource.TEXTS, w)), 0.3f), Occur.SHOULD);
            }
            all.add(word.build(), Occur.MUST);
        }
        if (words.size() > 1) {
            all.add(
                    new BoostQuery(new PhraseQuery(IndexedResource.NAMES, words.toArray(String[]::new)), 5),
                    Occur.SHOULD);
        }
        all.add(new BoostQuery(new TermQuery(exactTerm()), 20), Occur.SHOULD);
        return all.build();
    }
}
