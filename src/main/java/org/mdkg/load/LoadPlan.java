package org.mdkg.load;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.mdkg.vocab.GraphNames;

/**
 * What loading some parsed files writes: each file's triples replace its target graph (graphs a TriG or N-Quads file
 * names itself keep their names), and each load is described in the metadata graph.
 *
 * @param parsed the files, parsed and checked
 * @param files  what each file contributes, in the same order
 */
public record LoadPlan(List<ParsedFile> parsed, List<LoadReport.FileLoad> files) {
    public LoadPlan {
        parsed = List.copyOf(parsed);
        files = List.copyOf(files);
    }

    /** Triples and quads of all the files. */
    public long triples() {
        return files.stream().mapToLong(LoadReport.FileLoad::triples).sum();
    }

    /** The graphs the files replace, in order. */
    public Set<Node> targets() {
        Set<Node> targets = new LinkedHashSet<>();
        files.forEach(f -> targets.add(NodeFactory.createURI(f.graph())));
        return targets;
    }

    /** Writes the files into their graphs; call inside a write transaction. */
    public void apply(DatasetGraph dsg) {
        for (Node name : targets()) {
            dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
        }
        stream(StreamRDFLib.dataset(dsg));
    }

    /** Sends every quad the files write to {@code sink} (a bulk loader's input), each in its target graph. */
    public void stream(StreamRDF sink) {
        for (int i = 0; i < parsed.size(); i++) {
            copy(
                    parsed.get(i).content(),
                    sink,
                    NodeFactory.createURI(files.get(i).graph()));
        }
    }

    /** Records each load in the metadata graph (replacing the graph's earlier record); call after {@link #apply}. */
    public void describe(DatasetGraph dsg) {
        for (Node name : targets()) {
            dsg.deleteAny(GraphNames.META, name, Node.ANY, Node.ANY);
        }
        files.forEach(f -> describe(dsg, f));
    }

    /** The file's default graph goes into {@code target}; graphs it names itself keep their names. */
    private static void copy(DatasetGraph from, StreamRDF to, Node target) {
        from.getDefaultGraph()
                .find()
                .forEachRemaining(t -> to.quad(Quad.create(target, t.getSubject(), t.getPredicate(), t.getObject())));
        from.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
            if (!q.isDefaultGraph()) {
                to.quad(q);
            }
        });
    }

    private static void describe(DatasetGraph dsg, LoadReport.FileLoad file) {
        Node g = NodeFactory.createURI(file.graph());
        Node meta = GraphNames.META;
        dsg.add(new Quad(meta, g, RDF.type.asNode(), VOID.Dataset.asNode()));
        dsg.add(new Quad(meta, g, DCTerms.source.asNode(), NodeFactory.createLiteralString(file.file())));
        dsg.add(new Quad(
                meta, g, DCTerms.identifier.asNode(), NodeFactory.createLiteralString("sha256:" + file.sha256())));
        dsg.add(new Quad(
                meta,
                g,
                VOID.triples.asNode(),
                NodeFactory.createLiteralDT(Long.toString(file.triples()), XSDDatatype.XSDinteger)));
        dsg.add(new Quad(
                meta,
                g,
                DCTerms.modified.asNode(),
                NodeFactory.createLiteralDT(OffsetDateTime.now(ZoneOffset.UTC).toString(), XSDDatatype.XSDdateTime)));
    }
}
