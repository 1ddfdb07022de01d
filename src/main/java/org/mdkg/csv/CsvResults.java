package org.mdkg.csv;

import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;

/**
 * Jena's SPARQL CSV and TSV result writers, wrapped so that a literal a spreadsheet would run as a formula is
 * written with a leading {@code '} ({@link CsvText#neutral}, OWASP CSV injection) — in {@code /sparql} results and
 * in {@code mdkg query --format csv|tsv} alike. Other formats keep every value as it is.
 */
public final class CsvResults {
    private CsvResults() {}

    /** Wraps the CSV and TSV writers once; calling it again changes nothing. */
    public static void install() {
        ResultWriterDecorator.install(
                List.of(ResultSetLang.RS_CSV, ResultSetLang.RS_TSV),
                "neutral formulas",
                (lang, writer) -> new ResultWriterDecorator.Delegate(writer) {
                    @Override
                    public void write(OutputStream out, RowSet rowSet, Context context) {
                        writer.write(out, neutral(rowSet), context);
                    }

                    @Override
                    public void write(Writer out, RowSet rowSet, Context context) {
                        writer.write(out, neutral(rowSet), context);
                    }
                });
    }

    /** The rows with every literal that would run as a formula given a leading {@code '}. */
    private static RowSet neutral(RowSet rows) {
        return RowSetStream.create(rows.getResultVars(), Iter.map(rows, CsvResults::neutral));
    }

    private static Binding neutral(Binding row) {
        BindingBuilder b = BindingBuilder.create();
        row.forEach((var, node) -> b.add(var, neutral(node)));
        return b.build();
    }

    private static Node neutral(Node node) {
        if (!node.isLiteral() || !CsvText.isFormula(node.getLiteralLexicalForm())) {
            return node;
        }
        String text = CsvText.neutral(node.getLiteralLexicalForm());
        String language = node.getLiteralLanguage();
        return language.isEmpty()
                ? NodeFactory.createLiteralString(text)
                : NodeFactory.createLiteralLang(text, language);
    }
}
