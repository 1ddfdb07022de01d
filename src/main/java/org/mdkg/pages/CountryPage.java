package org.mdkg.pages;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.mdkg.base.ClasspathResource;
import org.mdkg.vocab.MDKG;

/**
 * A country, with everything about it on one page: codes and regions, the memberships of its state, its land
 * neighbours and the routes through it (a map of country positions over the tables), the programmes it is a partner
 * of and their partnership scores, and the commitments made by or addressed to its actors.
 */
final class CountryPage implements KindPage {
    /** Country positions (latitude, longitude) by ISO 3166 alpha-3 code, from mledoze/countries (ODbL). */
    private static final Map<String, List<Double>> POINTS = points();

    private final Data data;
    private final CommitmentList commitments;

    CountryPage(Data data, CommitmentList commitments) {
        this.data = data;
        this.commitments = commitments;
    }

    @Override
    public boolean handles(Set<Node> types) {
        return types.contains(MDKG.Country) || types.contains(MDKG.Territory);
    }

    @Override
    public List<Section> sections(Node c, Labels labels) {
        String id = c.getURI();
        List<Section> sections = new ArrayList<>();
        sections.add(Section.of("codes", "Codes and regions", null, codes(id, labels)));
        sections.add(Section.of(
                "memberships",
                "Memberships of its state",
                "In which dialogues, in which role, when.",
                memberships(c, labels)));
        List<Map<String, Node>> neighbours = data.named("country-neighbours", Rows.param("country", id));
        List<Map<String, Node>> routes = data.own("country-routes", Map.of("country", c));
        sections.add(Section.of(
                        "neighbours",
                        "Neighbours and routes",
                        "Countries sharing a land border, and the "
                                + "migration routes through the country (on the map, each country is a point at its "
                                + "centre over the Natural Earth outlines).",
                        neighbourTable(neighbours, labels),
                        routeTable(routes, labels))
                .withChart(map(c, neighbours, routes, labels)));
        List<Map<String, Node>> programmes = data.own("country-programmes", Map.of("country", c));
        sections.add(Section.of(
                "programmes",
                "Programmes and partnership scores",
                "Programmes with the country as a partner; for each criterion, the indicators the graph holds facts "
                        + "for (see each programme's page for the facts).",
                Partnerships.scores(data, programmes, labels)));
        sections.add(commitments.section(
                "country",
                c,
                "Commitments",
                "Made by or addressed to the country's actors, with their status today.",
                labels));
        return sections;
    }

    private Table codes(String id, Labels labels) {
        Table.Builder t = Table.of("Codes", "", "");
        for (Map<String, Node> r : data.named("country", Rows.param("country", id))) {
            for (String v : List.of("iso2", "iso3", "isoNumeric", "state")) {
                if (r.containsKey(v)) {
                    t.row(
                            Cell.text(
                                    v.equals("state")
                                            ? "State (as actor)"
                                            : v.toUpperCase().replace("NUMERIC", " numeric")),
                            Rows.cell(labels, r, v));
                }
            }
        }
        for (Map<String, Node> r : data.named("country-regions", Rows.param("country", id))) {
            t.row(Cell.text("Region"), Rows.cell(labels, r, "region"));
        }
        return t.build();
    }

    private Table memberships(Node c, Labels labels) {
        Table.Builder t = Table.of("Memberships", "Dialogue", "Member", "Role", "From", "To");
        for (Map<String, Node> r : data.own("country-memberships", Map.of("country", c))) {
            t.row(
                    Rows.cell(labels, r, "process"),
                    Rows.cell(labels, r, "member"),
                    Rows.cell(labels, r, "role"),
                    Rows.cell(labels, r, "startDate"),
                    Rows.cell(labels, r, "endDate"));
        }
        return t.build();
    }

    private static Table neighbourTable(List<Map<String, Node>> rows, Labels labels) {
        Table.Builder t = Table.of("Land neighbours", "Neighbour");
        rows.forEach(r -> t.row(Rows.cell(labels, r, "neighbour")));
        return t.build();
    }

    private static Table routeTable(List<Map<String, Node>> rows, Labels labels) {
        Map<Node, Map<String, Node>> byRoute = new LinkedHashMap<>();
        Map<Node, Set<String>> roles = new LinkedHashMap<>();
        for (Map<String, Node> r : rows) {
            byRoute.putIfAbsent(r.get("route"), r);
            if (r.containsKey("role")) {
                roles.computeIfAbsent(r.get("route"), k -> new LinkedHashSet<>())
                        .add(labels.of(r.get("role")));
            }
        }
        Table.Builder t = Table.of("Routes through the country", "Route", "Stop", "Role");
        byRoute.forEach((route, r) -> t.row(
                labels.cell(route),
                Rows.cell(labels, r, "order"),
                Cell.text(String.join(", ", roles.getOrDefault(route, Set.of())))));
        return t.build();
    }

    private static Chart map(
            Node c, List<Map<String, Node>> neighbours, List<Map<String, Node>> routes, Labels labels) {
        Map<String, Map<String, Object>> points = new LinkedHashMap<>();
        point(points, c, "country", labels);
        List<List<String>> lines = new ArrayList<>();
        for (Map<String, Node> r : neighbours) {
            if (point(points, r.get("neighbour"), "neighbour", labels)) {
                lines.add(List.of(Rows.slug(c), Rows.slug(r.get("neighbour")), "border"));
            }
        }
        Map<Node, List<String>> paths = new LinkedHashMap<>();
        for (Map<String, Node> r : routes) {
            if (point(points, r.get("stopCountry"), "route", labels)) {
                List<String> path = paths.computeIfAbsent(r.get("route"), k -> new ArrayList<>());
                String code = Rows.slug(r.get("stopCountry"));
                if (!path.contains(code)) {
                    path.add(code);
                }
            }
        }
        paths.values().forEach(path -> {
            for (int i = 1; i < path.size(); i++) {
                lines.add(List.of(path.get(i - 1), path.get(i), "route"));
            }
        });
        return new Chart(
                "map",
                Charts.json(Map.of("points", List.copyOf(points.values()), "lines", lines)),
                "Map of " + labels.of(c) + ", its neighbours and the countries on its routes");
    }

    private static boolean point(Map<String, Map<String, Object>> points, Node country, String role, Labels labels) {
        String code = Rows.slug(country);
        List<Double> at = POINTS.get(code);
        if (at == null) {
            return false;
        }
        points.putIfAbsent(
                code,
                Map.of(
                        "code",
                        code,
                        "name",
                        labels.of(country),
                        "lat",
                        at.get(0),
                        "lng",
                        at.get(1),
                        "role",
                        role,
                        "href",
                        Links.href(country)));
        return true;
    }

    private static Map<String, List<Double>> points() {
        try {
            return new ObjectMapper()
                    .readValue(
                            ClasspathResource.bytes(CountryPage.class, "country-points.json"),
                            new TypeReference<>() {});
        } catch (IOException e) {
            throw new UncheckedIOException("country-points.json is malformed", e);
        }
    }
}
