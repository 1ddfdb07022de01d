package org.mdkg.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.Plan;
import org.apache.jena.sparql.engine.PlanBase;
import org.apache.jena.sparql.engine.QueryEngineFactory;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.Timeouts;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.engine.main.QueryEngineMain;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementVisitorBase;
import org.apache.jena.sparql.syntax.ElementWalker;
import org.apache.jena.sparql.util.Context;

/**
 * Runs a whole query on the remote store in one request: registered with Jena's {@link QueryEngineRegistry}, it
 * accepts only a {@link RemoteDataset}, so that {@code QueryExec.dataset(store.dataset())…} and Fuseki's
 * {@code /sparql} keep working unchanged above the store. The query is sent in standard SPARQL that any engine
 * answers alike: mdkg's default graph is the union of the named graphs, so a query without a dataset of its own gets
 * {@code FROM} and {@code FROM NAMED} for every named graph of the store; an ASK, CONSTRUCT or DESCRIBE is sent as
 * {@code SELECT *} of its pattern, and Jena builds the answer from the rows as it does for the embedded store. The
 * context's time limit is the request's time limit, and a {@code SERVICE} is refused here, as on the embedded
 * store, before anything is sent.
 */
final class RemoteQueryEngine implements QueryEngineFactory {
    private static final RemoteQueryEngine ENGINE = new RemoteQueryEngine();

    private RemoteQueryEngine() {}

    /** Registers the engine once; the embedded store's queries are not affected (they are not accepted). */
    static synchronized void register() {
        if (!QueryEngineRegistry.containsFactory(ENGINE)) {
            QueryEngineRegistry.addFactory(ENGINE);
        }
    }

    @Override
    public boolean accept(Query query, DatasetGraph dataset, Context context) {
        return dataset instanceof RemoteDataset;
    }

    @Override
    public Plan create(Query query, DatasetGraph dataset, Binding inputBinding, Context context) {
        RemoteDataset remote = (RemoteDataset) dataset;
        if (remote.isWriting()) {
            // inside a write the query must see the write's own changes: Jena's engine over the write's copy
            return QueryEngineMain.getFactory().create(query, dataset, inputBinding, context);
        }
        if (hasService(query)) {
            Service.checkServiceAllowed(context); // refused as Jena refuses it on the embedded store
        }
        Query sent = forStore(query, remote.graphs());
        return new RemotePlan(sent, remote.endpoint(), timeoutMillis(context));
    }

    @Override
    public boolean accept(Op op, DatasetGraph dataset, Context context) {
        return false; // algebra is evaluated by Jena's own engine, which reads through find()
    }

    @Override
    public Plan create(Op op, DatasetGraph dataset, Binding inputBinding, Context context) {
        throw new UnsupportedOperationException("the remote store runs queries, not algebra");
    }

    /** {@code query} as the remote store is sent it: the union default graph made explicit, rows asked for. */
    static Query forStore(Query query, List<Node> graphs) {
        Query q = query.cloneQuery();
        if (!q.hasDatasetDescription()) {
            for (Node g : graphs) {
                q.addGraphURI(g.getURI());
                q.addNamedGraphURI(g.getURI());
            }
        }
        if (!q.isSelectType()) {
            boolean ask = q.isAskType();
            if (q.getQueryPattern() == null) {
                q.setQueryPattern(new ElementGroup());
            }
            q.setQuerySelectType();
            q.setQueryResultStar(true);
            if (ask) {
                q.setLimit(1);
            }
        }
        return q;
    }

    private static boolean hasService(Query query) {
        if (query.getQueryPattern() == null) {
            return false;
        }
        boolean[] found = {false};
        ElementWalker.walk(query.getQueryPattern(), new ElementVisitorBase() {
            @Override
            public void visit(ElementService el) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private static long timeoutMillis(Context context) {
        Timeouts.Timeout t = Timeouts.extractQueryTimeout(context);
        if (t.hasOverallTimeout()) {
            return t.overallTimeoutMillis();
        }
        return t.hasInitialTimeout() ? t.initialTimeoutMillis() : -1;
    }

    /** The rows of one request to the store, read as they arrive; closing the iterator closes the connection. */
    private static final class RemotePlan extends PlanBase {
        private final Query sent;
        private final SparqlEndpoint endpoint;
        private final long timeoutMillis;

        RemotePlan(Query sent, SparqlEndpoint endpoint, long timeoutMillis) {
            super(Algebra.compile(sent), null);
            this.sent = sent;
            this.endpoint = endpoint;
            this.timeoutMillis = timeoutMillis;
        }

        @Override
        protected QueryIterator iteratorOnce() {
            return new RemoteRows(endpoint.open(sent, timeoutMillis), sent.isDistinct() || sent.isReduced());
        }
    }

    private static final class RemoteRows extends QueryIterPlainWrapper {
        private final SparqlEndpoint.Rows rows;

        /**
         * The store's rows; those of a {@code SELECT DISTINCT} made distinct again here, since Virtuoso 7.2 answers
         * some with duplicate rows (a column unbound in some rows, e.g. {@code documents}).
         */
        RemoteRows(SparqlEndpoint.Rows rows, boolean distinct) {
            super(distinct ? distinct(rows.rows()) : rows.rows());
            this.rows = rows;
        }

        private static Iterator<Binding> distinct(Iterator<Binding> rows) {
            Set<Binding> seen = new HashSet<>();
            return Iter.filter(rows, seen::add);
        }

        @Override
        protected void closeIterator() {
            rows.close();
        }

        @Override
        protected void requestCancel() {
            rows.exec().abort();
        }
    }
}
