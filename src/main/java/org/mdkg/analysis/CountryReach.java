package org.mdkg.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.mdkg.vocab.MDKG;

/**
 * The commitments that concern a country in the sense of {@code unimplemented-commitments}' {@code country}
 * filter: made by or addressed to an agent of that country (its state), or made by a dialogue one of whose
 * members is an agent of that country.
 */
final class CountryReach {
    private static final String ORG = "http://www.w3.org/ns/org#";

    private CountryReach() {
    }

    static Set<Node> commitments(QuadScan scan, List<Node> countries) {
        Set<Node> agents = GapFacts.having(scan, MDKG.term("country"), countries);
        Set<Node> found = scan.subjects(MDKG.term("madeBy"), agents);
        found.addAll(scan.subjects(MDKG.term("addressedTo"), agents));
        Set<Node> memberships = scan.subjects(NodeFactory.createURI(ORG + "member"), agents);
        Set<Node> dialogues = new HashSet<>();
        scan.forEach(NodeFactory.createURI(ORG + "organization"), null, (m, d) -> {
            if (memberships.contains(m)) {
                dialogues.add(d);
            }
        });
        found.addAll(scan.subjects(MDKG.term("madeBy"), dialogues));
        return found;
    }
}
