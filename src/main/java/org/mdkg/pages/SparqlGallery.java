package org.mdkg.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mdkg.query.ExampleExpectation;
import org.mdkg.query.InvalidQueryFileException;
import org.mdkg.query.NamedQuery;
import org.mdkg.query.QueryLibrary;
import org.mdkg.query.QueryLink;
import org.mdkg.vocab.Prefixes;

/**
 * The gallery of {@code /sparql}: the queries tagged {@value #FLAGSHIP} first (the analyses of
 * {@code docs/analyses.md}), then every other query under its first tag, groups in alphabetical order.
 */
final class SparqlGallery {
    static final String FLAGSHIP = "flagship";
    /** The flagship analyses in the order {@code docs/analyses.md} presents them; others follow. */
    private static final List<String> ORDER = List.of(
            "unimplemented-commitments",
            "commitment-lineage",
            "status-as-of",
            "scorecard-process",
            "coverage-gcm",
            "coverage-jvap",
            "route-countries",
            "overlapping-initiatives",
            "partnership-assessment",
            "gsp-completeness",
            "stakeholders");

    private final List<SparqlView.Group> groups;

    SparqlGallery(QueryLibrary library) {
        List<SparqlView.Example> flagship = new ArrayList<>();
        Map<String, List<SparqlView.Example>> byTag = new TreeMap<>();
        for (NamedQuery q : library.all()) {
            SparqlView.Example e = example(q);
            if (q.tags().contains(FLAGSHIP)) {
                flagship.add(e);
            } else {
                String tag = q.tags().isEmpty() ? "other" : q.tags().get(0);
                byTag.computeIfAbsent(tag, k -> new ArrayList<>()).add(e);
            }
        }
        flagship.sort(java.util.Comparator.comparingInt(
                e -> ORDER.indexOf(e.id()) < 0 ? ORDER.size() : ORDER.indexOf(e.id())));
        List<SparqlView.Group> all = new ArrayList<>();
        if (!flagship.isEmpty()) {
            all.add(new SparqlView.Group("flagship", "Flagship analyses", flagship));
        }
        byTag.forEach((tag, examples) -> all.add(new SparqlView.Group("tag-" + tag, tag, examples)));
        groups = List.copyOf(all);
    }

    private static SparqlView.Example example(NamedQuery q) {
        Map<String, List<String>> params;
        try {
            params = ExampleExpectation.of(q).params();
        } catch (InvalidQueryFileException e) {
            params = Map.of();
        }
        String text = ExampleText.of(q, params);
        return new SparqlView.Example(
                q.id(), q.summary(), q.description(), q.tags(), text, "/api/queries/" + q.id(), QueryLink.href(text));
    }

    /** The examples' texts, whose {@code /q/} links the pages give. */
    List<String> texts() {
        return groups.stream()
                .flatMap(g -> g.examples().stream())
                .map(SparqlView.Example::text)
                .toList();
    }

    /** The short link of example {@code id}'s text; null when there is no such example. */
    String link(String id) {
        return groups.stream()
                .flatMap(g -> g.examples().stream())
                .filter(e -> e.id().equals(id))
                .map(SparqlView.Example::link)
                .findFirst()
                .orElse(null);
    }

    SparqlView view(Layout layout) {
        return new SparqlView(layout, groups, Prefixes.sparql());
    }
}
