package org.mdkg.cli;

import java.util.concurrent.Callable;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;
import org.mdkg.base.MdkgException;
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
        store.use(opened -> {
            output.stream(os -> Txn.executeRead(opened.dataset(), () -> RDFDataMgr.write(os, opened.dataset(), lang)));
            return null;
        });
        return ExitCode.OK;
    }
}
