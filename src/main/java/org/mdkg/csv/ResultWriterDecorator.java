package org.mdkg.csv;

import java.io.OutputStream;
import java.io.Writer;
import java.util.List;
import java.util.function.BiFunction;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterFactory;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.util.Context;

/**
 * A change registered over Jena's own SPARQL result writers for some formats, once: installing the same decorator
 * (by name) again changes nothing. {@link Delegate} passes on everything a decoration does not change.
 */
public record ResultWriterDecorator(
        String name, RowSetWriterFactory original, BiFunction<Lang, RowSetWriter, RowSetWriter> decoration)
        implements RowSetWriterFactory {

    /** Registers {@code decoration} over the writers of {@code langs}, unless a decorator of that name already is. */
    public static void install(List<Lang> langs, String name, BiFunction<Lang, RowSetWriter, RowSetWriter> decoration) {
        for (Lang lang : langs) {
            RowSetWriterFactory current = RowSetWriterRegistry.getFactory(lang);
            if (!(current instanceof ResultWriterDecorator d && d.name().equals(name))) {
                RowSetWriterRegistry.register(lang, new ResultWriterDecorator(name, current, decoration));
            }
        }
    }

    @Override
    public RowSetWriter create(Lang lang) {
        return decoration.apply(lang, original.create(lang));
    }

    /** A result writer that passes everything to {@code writer}; a decoration overrides what it changes. */
    public static class Delegate implements RowSetWriter {
        protected final RowSetWriter writer;

        public Delegate(RowSetWriter writer) {
            this.writer = writer;
        }

        @Override
        public void write(OutputStream out, RowSet rowSet, Context context) {
            writer.write(out, rowSet, context);
        }

        @Override
        public void write(Writer out, RowSet rowSet, Context context) {
            writer.write(out, rowSet, context);
        }

        @Override
        public void write(OutputStream out, boolean result, Context context) {
            writer.write(out, result, context);
        }
    }
}
