package org.mdkg.store;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.expr.E_NotExists;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementPathBlock;
import org.apache.jena.update.UpdateRequest;
import org.mdkg.base.ErrorKind;
import org.mdkg.base.MdkgException;
import org.mdkg.vocab.CHANGE;
import org.mdkg.vocab.GraphNames;

/**
 * One write through a remote store, computed in this process: the store's quads copied into memory when the write
 * begins, the changes applied to that copy and recorded, and at commit one SPARQL Update request that deletes and
 * inserts exactly those quads — on condition that the store still holds the version the copy was taken at, so that a
 * write another front-end committed meanwhile is never overwritten (the update then changes nothing, and the write
 * is refused). The copy costs a read of the whole store per write: fine for the bundled data, not for 10^7 triples.
 */
final class WriteBuffer {
    private final DatasetGraph copy;
    private final Set<Quad> added = new LinkedHashSet<>();
    private final Set<Quad> removed = new LinkedHashSet<>();
    private final Node versionBefore;

    /** @param copy the store now, in memory (this write changes it) */
    WriteBuffer(DatasetGraph copy) {
        this.copy = copy;
        versionBefore = version(copy);
    }

    private static Node version(DatasetGraph copy) {
        var kept = copy.find(GraphNames.META, DatasetVersion.STORE, CHANGE.dataVersion, Node.ANY);
        return kept.hasNext() ? kept.next().getObject() : null;
    }

    /** The store as this write sees it. */
    DatasetGraph view() {
        return copy;
    }

    void add(Quad q) {
        if (!copy.contains(q)) {
            copy.add(q);
            if (!removed.remove(q)) {
                added.add(q);
            }
        }
    }

    void delete(Quad q) {
        if (copy.contains(q)) {
            copy.delete(q);
            if (!added.remove(q)) {
                removed.add(q);
            }
        }
    }

    boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty();
    }

    /** The quads this write adds to the store, each not there before. */
    Set<Quad> added() {
        return added;
    }

    /** The quads this write removes from the store, each there before. */
    Set<Quad> removed() {
        return removed;
    }

    /** How many quads the write changes. */
    int size() {
        return added.size() + removed.size();
    }

    /** The version the write will leave, read from the copy (null if it sets none). */
    Node versionAfter() {
        return version(copy);
    }

    /** The one request that makes the change: {@code DELETE {…} INSERT {…} WHERE {the version is unchanged}}. */
    UpdateRequest update() {
        return new UpdateRequest(modify(removed, added));
    }

    /** {@code DELETE {removed} INSERT {added} WHERE {the version is unchanged}}, for some of this write's quads. */
    UpdateModify modify(Collection<Quad> removed, Collection<Quad> added) {
        UpdateModify modify = new UpdateModify();
        for (Quad q : removed) {
            if (q.getSubject().isBlank() || q.getObject().isBlank()) {
                throw new MdkgException(
                        ErrorKind.BAD_INPUT,
                        "this write removes a statement about a blank node, which cannot be named to a remote store; "
                                + "give the node an IRI");
            }
            modify.getDeleteAcc().addQuad(q);
        }
        added.forEach(modify.getInsertAcc()::addQuad);
        modify.setHasDeleteClause(!removed.isEmpty());
        modify.setHasInsertClause(!added.isEmpty());
        modify.setElement(unchanged());
        return modify;
    }

    /** The condition of the write: the store still holds the version the copy was taken at. */
    ElementGroup unchanged() {
        return unchanged(versionBefore);
    }

    /** The condition that the store still holds {@code versionBefore} (null: that it holds no version). */
    static ElementGroup unchanged(Node versionBefore) {
        ElementPathBlock version = new ElementPathBlock();
        version.addTriple(Triple.create(
                DatasetVersion.STORE, CHANGE.dataVersion, versionBefore == null ? Var.alloc("any") : versionBefore));
        ElementGroup where = new ElementGroup();
        ElementNamedGraph inMeta = new ElementNamedGraph(GraphNames.META, version);
        if (versionBefore == null) {
            where.addElement(new ElementFilter(new E_NotExists(inMeta)));
        } else {
            where.addElement(inMeta);
        }
        return where;
    }
}
