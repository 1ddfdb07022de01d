package org.mdkg.cli;

import java.io.OutputStream;
import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.mdkg.base.MdkgException;
import org.mdkg.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Writes every named graph of the store as N-Quads or TriG. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Export all named graphs as N-Quads (default) or TriG, to a file or standard output.",
        footer = ExitCode.HELP)
final class ExportCommand implements Callable<Integer> {
    @Option(names = "--format", paramLabel = "nq|trig", description = "Output syntax: nq or trig (default nq).")
    String format = "nq";

    @Mixin
    Output output;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        Lang lang = switch (format) {
            case "nq" -> Lang.NQUADS;
            case "trig" -> Lang.TRIG;
            default -> throw MdkgException.badParameter("--format", "--format must be nq or trig, got " + format);
        };
        store.useAny(opened -> {
            output.stream(os -> write(opened, lang, os));
            return null;
        });
        return ExitCode.OK;
    }

    /**
     * N-Quads stream from one consistent snapshot of the store ({@link Store#snapshot}); TriG, which writes a graph's
     * triples together, is written from the snapshot gathered in memory, with the store's prefixes.
     */
    private static void write(Store store, Lang lang, OutputStream os) {
        if (lang == Lang.NQUADS) {
            StreamRDF out = StreamRDFWriter.getWriterStream(os, RDFFormat.NQUADS);
            out.start();
            store.snapshot(out::quad);
            out.finish();
            return;
        }
        DatasetGraph all = DatasetGraphFactory.create();
        store.snapshot(all::add);
        DatasetGraph source = store.dataset();
        Txn.executeRead(source, () -> all.prefixes().putAll(source.prefixes()));
        RDFDataMgr.write(os, all, lang);
    }
}
