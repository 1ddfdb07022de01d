package org.mdkg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.apache.commons.io.output.WriterOutputStream;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The {@code --out FILE} option of the commands that write a document: to the file, or to standard output. */
final class Output {
    @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE (default: standard output).")
    Path out;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    /** Writes {@code text} as UTF-8. */
    void write(String text) {
        stream(os -> {
            try {
                os.write(text.getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Hands {@code writer} the output stream, then flushes (and closes a file). */
    void stream(Consumer<OutputStream> writer) {
        if (out != null) {
            try (OutputStream os = Files.newOutputStream(out)) {
                writer.accept(os);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + out, e);
            }
            return;
        }
        PrintWriter pw = spec.commandLine().getOut();
        try {
            // not closed: that would close standard output
            OutputStream os = WriterOutputStream.builder()
                    .setWriter(pw)
                    .setCharset(StandardCharsets.UTF_8)
                    .get();
            writer.accept(os);
            os.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        pw.flush();
    }
}
