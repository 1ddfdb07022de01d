package org.mdkg.pages;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;

/**
 * The partnership assessment ({@code partnership-assessment}) read per programme: for each of the three criteria
 * (dialogue-based, inclusive, ethical) the positive indicators that hold out of those assessed, the warnings that
 * hold, and which indicators are missing — the "why" behind a weak score.
 */
final class Partnerships {
    static final List<String> CRITERIA = List.of("dialogue-based", "inclusive", "ethical");

    /** Past this many programmes, all are read and the others skipped (one pass beats a long VALUES block). */
    private static final int FEW = 20;

    private Partnerships() {}

    /** One programme's reading: held and assessed positive indicators per criterion, warnings, missing indicators. */
    record Score(
            Node programme, Map<String, int[]> perCriterion, List<String> warnings, Map<String, List<String>> missing) {
        int held(String criterion) {
            return perCriterion.getOrDefault(criterion, new int[2])[0];
        }

        String text(String criterion) {
            int[] n = perCriterion.getOrDefault(criterion, new int[2]);
            return n[0] + " of " + n[1];
        }
    }

    /** The scores of the programmes of {@code rows} (column {@code programme}), in the order given. */
    static List<Score> read(Data data, List<Node> programmes) {
        if (programmes.isEmpty()) {
            return List.of();
        }
        Map<Node, Score> scores = new LinkedHashMap<>();
        programmes.forEach(
                p -> scores.put(p, new Score(p, new LinkedHashMap<>(), new ArrayList<>(), new LinkedHashMap<>())));
        List<String> iris = programmes.stream().map(Node::getURI).toList();
        Map<String, List<String>> params = iris.size() > FEW ? Map.of() : Map.of("programme", iris);
        for (Map<String, Node> r : data.named("partnership-assessment", params)) {
            Score s = scores.get(r.get("programme"));
            if (s == null) {
                continue;
            }
            String criterion = Rows.slug(r.get("criterion"));
            boolean holds = "true".equals(Rows.text(r, "holds"));
            String indicator = Rows.text(r, "indicator");
            if ("warning".equals(Rows.text(r, "polarity"))) {
                if (holds) {
                    s.warnings().add(indicator);
                }
            } else {
                int[] n = s.perCriterion().computeIfAbsent(criterion, k -> new int[2]);
                n[1]++;
                if (holds) {
                    n[0]++;
                } else {
                    s.missing()
                            .computeIfAbsent(criterion, k -> new ArrayList<>())
                            .add(indicator);
                }
            }
        }
        return List.copyOf(scores.values());
    }

    /** A table of the scores of the programmes in {@code rows}. */
    static Table scores(Data data, List<Map<String, Node>> rows, Labels labels) {
        List<Node> programmes =
                rows.stream().map(r -> r.get("programme")).distinct().toList();
        Table.Builder t =
                Table.of("Partnership scores", "Programme", "Dialogue-based", "Inclusive", "Ethical", "Warnings");
        for (Score s : read(data, programmes)) {
            t.row(
                    labels.cell(s.programme()),
                    Cell.text(s.text("dialogue-based")),
                    Cell.text(s.text("inclusive")),
                    Cell.text(s.text("ethical")),
                    Cell.text(String.join(", ", s.warnings())));
        }
        return t.build();
    }

    /** Every programme, weakest on {@code criterion} first, with the indicators it misses there. */
    static Table ranking(Data data, String criterion, Labels labels) {
        List<Node> programmes = data.named("partnership-assessment", Map.of()).stream()
                .map(r -> r.get("programme"))
                .distinct()
                .toList();
        List<Score> scores = new ArrayList<>(read(data, programmes));
        scores.sort(
                Comparator.comparingInt((Score s) -> s.held(criterion)).thenComparing(s -> labels.of(s.programme())));
        Table.Builder t = Table.of(
                "Programmes, weakest on " + criterion + " first",
                "Programme",
                "Dialogue-based",
                "Inclusive",
                "Ethical",
                "Missing on " + criterion,
                "Warnings");
        for (Score s : scores) {
            t.row(
                    labels.cell(s.programme()),
                    Cell.text(s.text("dialogue-based")),
                    Cell.text(s.text("inclusive")),
                    Cell.text(s.text("ethical")),
                    Cell.text(String.join(", ", s.missing().getOrDefault(criterion, List.of()))),
                    Cell.text(String.join(", ", s.warnings())));
        }
        return t.build();
    }
}
