package org.mdkg.analysis;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.mdkg.vocab.MDKG;
import org.mdkg.vocab.ORG;

/**
 * The commitments that concern a country in the sense of {@code unimplemented-commitments}' {@code country}
 * filter: made by or addressed to an agent of that country (its state), or made by a dialogue one of whose
 * members is an agent of that country.
 */
final class CountryReach {

    private CountryReach() {}

    static Set<Node> commitments(QuadScan scan, List<Node> countries) {
        Set<Node> agents = GapFacts.having(scan, MDKG.country, countries);
        Set<Node> found = scan.subjects(MDKG.madeBy, agents);
        found.addAll(scan.subjects(MDKG.addressedTo, agents));
        Set<Node> memberships = scan.subjects(ORG.member, agents);
        Set<Node> dialogues = new HashSet<>();
        scan.forEach(ORG.organization, null, (m, d) -> {
            if (memberships.contains(m)) {
                dialogues.add(d);
            }
        });
        found.addAll(scan.subjects(MDKG.madeBy, dialogues));
        return found;
    }
}
