package org.mdkg.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.mdkg.query.InvalidParameterException;
import org.mdkg.query.PageRequest;
import org.mdkg.query.ResultPage;
import org.mdkg.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of the store's resources, in memory. It is (re)built from the store whenever the store's
 * version is not the one it last indexed (so the first search after a start or a load builds it), and
 * {@link #refresh} re-indexes just the subjects a write touched (the server calls it after each committed write). Answers with the rows of the named query
 * {@value #QUERY_ID} ({@code resource}, {@code label}, {@code kind}, {@code match}), ranked: exact label (or code)
 * matches first, then by kind ({@link Kinds}), then by Lucene's score.
 */
public final class SearchIndex {
    /** The named query whose endpoint ({@code /api/search}) the index answers, with that query's columns. */
    public static final String QUERY_ID = "search";

    private static final Logger LOG = LoggerFactory.getLogger(SearchIndex.class);
    private static final List<String> VARS = List.of("resource", "label", "kind", "match");
    private static final int MAX_HITS = 10_000;

    private final Store store;
    private final int maxChars;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private String indexedVersion;
    /** Whether {@link #refresh} wrote entries no searcher has opened yet. */
    private boolean unopened;

    /** An empty index over {@code store}; questions longer than {@code maxChars} are refused. */
    public SearchIndex(Store store, int maxChars) {
        this.store = store;
        this.maxChars = maxChars;
        try {
            writer = new IndexWriter(new ByteBuffersDirectory(), new IndexWriterConfig(new Folding()));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index", e);
        }
    }

    /**
     * Builds the index now if the store changed since it was last built, or opens the entries {@link #refresh} wrote
     * to searching (a no-op otherwise).
     */
    public synchronized void ensureCurrent() {
        String version = store.version();
        if (!version.equals(indexedVersion)) {
            rebuild(version);
        } else if (unopened) {
            try {
                searchers.maybeRefreshBlocking();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot open the search index", e);
            }
            unopened = false;
        }
    }

    /**
     * Re-indexes the subjects of the {@code changes} a write made to what the index reads (names, texts, types). When
     * the write did not list its changes (a load), or the index was never built, it is left to be built by the next
     * search: a build takes seconds, and the server calls this inside the write lock.
     */
    public synchronized void refresh(Optional<? extends Collection<Quad>> changes) {
        if (changes.isEmpty() || indexedVersion == null) {
            indexedVersion = null; // not the store's version: the next search rebuilds
            return;
        }
        Set<Node> subjects = new LinkedHashSet<>();
        changes.get().stream()
                .filter(q -> IndexedResource.reads(q.getPredicate()))
                .forEach(q -> subjects.add(q.getSubject()));
        if (subjects.isEmpty()) {
            indexedVersion = store.version();
            return;
        }
        DatasetGraph dsg = store.dataset();
        Txn.executeRead(dsg, () -> {
            try {
                for (Node s : subjects) {
                    if (s.isURI()) {
                        writer.deleteDocuments(new Term(IndexedResource.IRI, s.getURI()));
                        IndexedResource.read(dsg, s).ifPresent(this::add);
                    }
                }
                unopened = true; // opened by the next search: a write need not wait for a new reader
            } catch (IOException e) {
                throw new UncheckedIOException("cannot update the search index", e);
            }
        });
        indexedVersion = store.version();
    }

    private void rebuild(String version) {
        long t0 = System.nanoTime();
        DatasetGraph dsg = store.dataset();
        int[] count = {0};
        Txn.executeRead(dsg, () -> {
            try {
                writer.deleteAll();
                for (IndexedResource r : IndexedResource.all(dsg)) {
                    add(r);
                    count[0]++;
                }
                writer.commit();
                searchers.maybeRefreshBlocking();
                unopened = false;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot build the search index", e);
            }
        });
        indexedVersion = version;
        LOG.info("Search index: {} resources in {} ms", count[0], (System.nanoTime() - t0) / 1_000_000);
    }

    private void add(IndexedResource r) {
        try {
            writer.addDocument(r.document());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index " + r.iri(), e);
        }
    }

    /**
     * The resources matching {@code q}, ranked, as one page of rows with the columns of the {@value #QUERY_ID}
     * query. A missing, blank or too long {@code q} is refused naming {@code q}.
     */
    public ResultPage search(String q, PageRequest page) {
        String question = check(q);
        ensureCurrent();
        SearchQuery query = SearchQuery.of(question);
        if (query.isEmpty()) {
            return new ResultPage(VARS, List.of(), 0, page);
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                List<Hit> hits = hits(searcher, query);
                List<Map<String, Node>> rows = new ArrayList<>();
                int end = Math.min(hits.size(), page.offset() + page.limit());
                for (int i = page.offset(); i < end; i++) {
                    rows.add(row(hits.get(i), query));
                }
                return new ResultPage(VARS, rows, hits.size(), page);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot search the index", e);
        }
    }

    private String check(String q) {
        if (q == null || q.isBlank()) {
            throw new InvalidParameterException("q", "parameter 'q' is required");
        }
        if (q.length() > maxChars) {
            throw new InvalidParameterException(
                    "q", "parameter 'q' is " + q.length() + " characters long; at most " + maxChars + " are searched");
        }
        return q.strip();
    }

    /** One matching resource with what ranks it. */
    private record Hit(Document doc, boolean isExact, int rank, float score) {}

    private static List<Hit> hits(IndexSearcher searcher, SearchQuery query) throws IOException {
        Set<Integer> exact = new HashSet<>();
        for (ScoreDoc d : searcher.search(new TermQuery(query.exactTerm()), MAX_HITS).scoreDocs) {
            exact.add(d.doc);
        }
        TopDocs top = searcher.search(query.lucene(), MAX_HITS);
        List<Hit> hits = new ArrayList<>();
        var stored = searcher.storedFields();
        for (ScoreDoc d : top.scoreDocs) {
            Document doc = stored.document(d.doc);
            hits.add(new Hit(
                    doc,
                    exact.contains(d.doc),
                    doc.getField(IndexedResource.RANK).numericValue().intValue(),
                    d.score));
        }
        hits.sort(Comparator.comparing((Hit h) -> !h.isExact())
                .thenComparing(h -> -h.rank())
                .thenComparing(h -> -h.score())
                .thenComparing(h -> h.doc().get(IndexedResource.LABEL))
                .thenComparing(h -> h.doc().get(IndexedResource.IRI)));
        return hits;
    }

    private static Map<String, Node> row(Hit hit, SearchQuery query) {
        Document doc = hit.doc();
        Map<String, Node> row = new LinkedHashMap<>();
        row.put("resource", NodeFactory.createURI(doc.get(IndexedResource.IRI)));
        row.put("label", IndexedResource.literal(doc.get(IndexedResource.LABEL)));
        String kind = doc.get(IndexedResource.KIND);
        if (kind != null) {
            row.put("kind", NodeFactory.createURI(kind));
        }
        String[] literals = doc.getValues(IndexedResource.LITERAL);
        String match = literals.length == 0 ? doc.get(IndexedResource.LABEL) : literals[0];
        for (String l : literals) {
            if (query.isMatchedBy(IndexedResource.lexical(l))) {
                match = l;
                break;
            }
        }
        row.put("match", IndexedResource.literal(match));
        return row;
    }
}
