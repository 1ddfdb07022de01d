package org.mdkg.share;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.query.QueryLink;
import org.mdkg.store.Store;
import org.mdkg.vocab.GraphNames;

/**
 * The texts behind {@code /q/<id>}: those known at start-up (the named queries, the texts the pages link), held in
 * memory, and those shared since, kept in {@link GraphNames#SHARED_QUERIES} as {@code <urn:mdkg:query:<id>>
 * rdf:value "text"; dcterms:created "…"}. Keeping one writes the store in a transaction of its own, outside the
 * write service: it changes no data, so the data version (and with it every ETag and the response cache) stays.
 */
public final class SharedQueries {
    private static final String SUBJECT = "urn:mdkg:query:";

    private final DatasetGraph dataset;
    private final Map<String, String> known = new ConcurrentHashMap<>();

    /** Over {@code store}, with {@code texts} resolvable without being kept. */
    public SharedQueries(Store store, Collection<String> texts) {
        this.dataset = store.dataset();
        texts.forEach(t -> known.put(QueryLink.id(t), QueryLink.normalise(t)));
    }

    /** The text of {@code id}, known or kept; empty when neither. */
    public Optional<String> text(String id) {
        if (!QueryLink.isId(id)) {
            return Optional.empty();
        }
        String text = known.get(id);
        return text != null ? Optional.of(text) : Txn.calculateRead(dataset, () -> kept(subject(id)));
    }

    /** Keeps {@code text} (once: the same text is the same link) and returns its id. */
    public String share(String text) {
        String normal = QueryLink.normalise(text);
        String id = QueryLink.id(normal);
        if (normal.equals(known.get(id))) {
            return id;
        }
        Node subject = subject(id);
        Txn.executeWrite(dataset, () -> {
            Optional<String> kept = kept(subject);
            if (kept.isPresent() && !kept.get().equals(normal)) {
                throw new MdkgException(ErrorKind.FAILURE, "another query text has the link " + id);
            }
            if (kept.isEmpty()) {
                dataset.add(
                        GraphNames.SHARED_QUERIES,
                        subject,
                        RDF.value.asNode(),
                        NodeFactory.createLiteralString(normal));
                dataset.add(
                        GraphNames.SHARED_QUERIES,
                        subject,
                        DCTerms.created.asNode(),
                        NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
            }
        });
        return id;
    }

    private Optional<String> kept(Node subject) {
        var found = dataset.find(GraphNames.SHARED_QUERIES, subject, RDF.value.asNode(), Node.ANY);
        return found.hasNext() ? Optional.of(found.next().getObject().getLiteralLexicalForm()) : Optional.empty();
    }

    private static Node subject(String id) {
        return NodeFactory.createURI(SUBJECT + id);
    }
}
