package org.mdkg;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The house rules, checked over the import lines of {@code src/main/java}: packages import only packages on a lower
 * floor (arrows point down, so there are no cycles); the TDB2 engine's classes stay inside {@code store}; Javalin
 * stays inside {@code api} and {@code server}; no wildcard imports.
 */
class ArchitectureTest {
    private static final Path MAIN = Path.of("src", "main", "java", "org", "mdkg");

    /** The floor of each package; a package may import packages of lower floors only. */
    static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("base", 0),
            Map.entry("vocab", 1),
            Map.entry("config", 1),
            Map.entry("http", 2),
            Map.entry("store", 2),
            Map.entry("sandbox", 2),
            Map.entry("derive", 3),
            Map.entry("query", 3),
            Map.entry("csv", 3),
            Map.entry("load", 4),
            Map.entry("analysis", 4),
            Map.entry("docs", 4),
            Map.entry("write", 5),
            Map.entry("backup", 5),
            Map.entry("search", 4),
            Map.entry("api", 6),
            Map.entry("pages", 6),
            Map.entry("mcp", 7),
            Map.entry("share", 7),
            Map.entry("server", 8),
            Map.entry("cli", 9));

    private static final Pattern OWN =
            Pattern.compile("^import (?:static )?org\\.mdkg\\.([a-z]+)\\.", Pattern.MULTILINE);
    private static final Pattern TDB2 =
            Pattern.compile("^import (?:static )?org\\.apache\\.jena\\.(tdb2|dboe|tdb1)\\.", Pattern.MULTILINE);
    private static final Pattern JAVALIN = Pattern.compile("^import (?:static )?io\\.javalin\\.", Pattern.MULTILINE);
    private static final Pattern WILDCARD = Pattern.compile("^import (?:static )?[\\w.]+\\.\\*;", Pattern.MULTILINE);

    @Test
    void every_package_has_a_floor() {
        List<String> unknown =
                packages().stream().filter(p -> !FLOORS.containsKey(p)).toList();
        assertEquals(List.of(), unknown, "give each new package a floor in ArchitectureTest.FLOORS");
    }

    @Test
    void no_package_imports_a_package_on_its_own_or_a_higher_floor() {
        List<String> upward = new ArrayList<>();
        for (Path file : sources()) {
            String pkg = packageOf(file);
            Matcher m = OWN.matcher(read(file));
            while (m.find()) {
                String target = m.group(1);
                if (!target.equals(pkg) && FLOORS.getOrDefault(target, 99) >= FLOORS.getOrDefault(pkg, -1)) {
                    upward.add(MAIN.relativize(file) + " imports " + target);
                }
            }
        }
        assertEquals(List.of(), upward);
    }

    @Test
    void the_tdb2_engine_is_used_only_inside_store() {
        assertEquals(List.of(), filesOutside("store", TDB2));
    }

    @Test
    void javalin_is_used_only_by_the_api_and_the_server() {
        List<String> found = filesOutside("api", JAVALIN).stream()
                .filter(f -> !f.startsWith("server/"))
                .toList();
        assertEquals(List.of(), found);
    }

    @Test
    void there_are_no_wildcard_imports() {
        assertEquals(
                List.of(),
                sources().stream()
                        .filter(f -> WILDCARD.matcher(read(f)).find())
                        .map(f -> MAIN.relativize(f).toString())
                        .toList());
    }

    private static List<String> filesOutside(String pkg, Pattern imports) {
        return sources().stream()
                .filter(f -> !packageOf(f).equals(pkg))
                .filter(f -> imports.matcher(read(f)).find())
                .map(f -> MAIN.relativize(f).toString().replace('\\', '/'))
                .toList();
    }

    private static List<String> packages() {
        try (Stream<Path> dirs = Files.list(MAIN)) {
            return dirs.filter(Files::isDirectory)
                    .map(d -> d.getFileName().toString())
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> sources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String packageOf(Path file) {
        return MAIN.relativize(file).getName(0).toString();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
