package org.mdkg.query;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * The {@code #+ } lines of a query file read as one YAML document, as grlc reads them (every line that starts with
 * {@code #+}, wherever it stands), remembering where each key and list entry stands in the file so that a problem
 * can be reported as {@code file:line:col}. Duplicate keys are refused.
 */
final class QueryHeader {
    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION));

    private final Path file;
    private final Map<String, Object> values;
    private final Map<String, int[]> positions;

    private QueryHeader(Path file, Map<String, Object> values, Map<String, int[]> positions) {
        this.file = file;
        this.values = values;
        this.positions = positions;
    }

    /** Reads the header of {@code text}; refuses a file without one, or a header that is not YAML key/value lines. */
    @SuppressWarnings("unchecked")
    static QueryHeader read(Path file, String text) {
        List<int[]> lines = new ArrayList<>(); // yaml line index -> {file line, column offset}
        StringBuilder yaml = new StringBuilder();
        String[] all = text.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i];
            if (line.startsWith("#+")) {
                int cut = line.length() > 2 && line.charAt(2) == ' ' ? 3 : 2;
                yaml.append(line.substring(cut)).append('\n');
                lines.add(new int[] {i + 1, cut});
            }
        }
        if (lines.isEmpty()) {
            throw new InvalidQueryFileException(file + ":1:1: no '#+ summary:' header", null);
        }
        QueryHeader empty = new QueryHeader(file, Map.of(), Map.of());
        try {
            Object parsed = YAML.readValue(yaml.toString(), Object.class);
            if (!(parsed instanceof Map)) {
                throw new InvalidQueryFileException(
                        empty.at(lines, 1, 1) + ": header is not a set of 'key: value' lines", null);
            }
            return new QueryHeader(file, (Map<String, Object>) parsed, positions(yaml.toString(), lines, empty));
        } catch (JsonProcessingException e) {
            JsonLocation l = e.getLocation();
            String where =
                    l == null ? file + ":" + lines.get(0)[0] + ":1" : empty.at(lines, l.getLineNr(), l.getColumnNr());
            throw new InvalidQueryFileException(where + ": header is not valid YAML: " + reason(e), e);
        }
    }

    /** The YAML parser's reason without its own line numbers (those of the header, not of the file). */
    private static String reason(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m) {
            return (m.getContext() == null ? "" : m.getContext() + ": ") + m.getProblem();
        }
        return e.getOriginalMessage().strip().replaceAll("\\s*\\n\\s*", "; ");
    }

    /**
     * Where each top-level key ({@code defaults}) and each name inside its value ({@code defaults/genre}, as a key
     * or as a list entry) first stands, as {@code file:line:col}.
     */
    private static Map<String, int[]> positions(String yaml, List<int[]> lines, QueryHeader empty) {
        Map<String, int[]> at = new HashMap<>();
        try (JsonParser p = YAML.getFactory().createParser(yaml)) {
            int depth = 0;
            String top = null;
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                JsonLocation l = p.currentTokenLocation();
                int[] where = empty.position(lines, l.getLineNr(), l.getColumnNr());
                if (t.isStructStart()) {
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                } else if (t == JsonToken.FIELD_NAME && depth == 1) {
                    top = p.currentName();
                    at.putIfAbsent(top, where);
                } else if (top != null && (t == JsonToken.FIELD_NAME || t == JsonToken.VALUE_STRING)) {
                    at.putIfAbsent(top + "/" + p.getText(), where);
                }
            }
        } catch (IOException e) {
            throw new InvalidQueryFileException(empty.file + ": header is not valid YAML: " + e.getMessage(), e);
        }
        return at;
    }

    private int[] position(List<int[]> lines, int yamlLine, int yamlColumn) {
        if (yamlLine < 1 || yamlLine > lines.size()) {
            return new int[] {lines.get(lines.size() - 1)[0], 1};
        }
        int[] line = lines.get(yamlLine - 1);
        return new int[] {line[0], Math.max(1, yamlColumn) + line[1]};
    }

    private String at(List<int[]> lines, int yamlLine, int yamlColumn) {
        int[] p = position(lines, yamlLine, yamlColumn);
        return file + ":" + p[0] + ":" + p[1];
    }

    Map<String, Object> values() {
        return values;
    }

    Object get(String key) {
        return values.get(key);
    }

    /** {@code file:line:col} of {@code path} ({@code key} or {@code key/name}), else of its key, else of the file. */
    String at(String path) {
        int[] p = positions.get(path);
        if (p == null && path.contains("/")) {
            p = positions.get(path.substring(0, path.indexOf('/')));
        }
        return p == null ? file + ":1:1" : file + ":" + p[0] + ":" + p[1];
    }

    /** A problem at {@code path}, as an exception whose message starts with {@code file:line:col}. */
    InvalidQueryFileException problem(String path, String message) {
        return new InvalidQueryFileException(at(path) + ": " + message, null);
    }
}
