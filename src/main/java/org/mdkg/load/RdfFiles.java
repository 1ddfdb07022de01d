package org.mdkg.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;

/** Finds the RDF files named on a command line, walking directories in a stable order. */
public final class RdfFiles {
    private static final List<Lang> ACCEPTED =
            List.of(Lang.TURTLE, Lang.TRIG, Lang.NTRIPLES, Lang.NQUADS, Lang.JSONLD, Lang.RDFXML);

    private RdfFiles() {}

    /** Every RDF file among {@code paths}: files as given, directories walked recursively and sorted. */
    public static List<Path> expand(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(RdfFiles::isRdf)
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read directory " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    /** The RDF syntax of a file, from its extension; null if it is not one mdkg reads. */
    public static Lang langOf(Path file) {
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return lang != null && ACCEPTED.contains(lang) ? lang : null;
    }

    public static boolean isRdf(Path file) {
        return langOf(file) != null;
    }
}
