package org.mdkg.search;

import java.util.Map;
import org.apache.jena.graph.Node;
import org.mdkg.vocab.MDKG;

/**
 * How much an analyst is likely to want each kind of resource when its name is searched: a country or a dialogue
 * before the projects, documents and sources that mention it. Kinds not named rank 1; resources of no mdkg class 0.
 */
final class Kinds {
    private static final Map<Node, Integer> RANK = Map.ofEntries(
            Map.entry(MDKG.Country, 10),
            Map.entry(MDKG.Territory, 10),
            Map.entry(MDKG.Dialogue, 9),
            Map.entry(MDKG.RegionalConsultativeProcess, 9),
            Map.entry(MDKG.InterRegionalForum, 9),
            Map.entry(MDKG.BilateralDialogue, 9),
            Map.entry(MDKG.Framework, 9),
            Map.entry(MDKG.State, 8),
            Map.entry(MDKG.GCMObjective, 7),
            Map.entry(MDKG.JVAPDomain, 7),
            Map.entry(MDKG.GuidingPrinciple, 7),
            Map.entry(MDKG.PriorityInitiative, 7),
            Map.entry(MDKG.FrameworkElement, 7),
            Map.entry(MDKG.Region, 6),
            Map.entry(MDKG.Programme, 5),
            Map.entry(MDKG.Partnership, 5),
            Map.entry(MDKG.TalentPartnership, 5),
            Map.entry(MDKG.GlobalSkillPartnership, 5),
            Map.entry(MDKG.LabourMobilityScheme, 5),
            Map.entry(MDKG.Fund, 5),
            Map.entry(MDKG.Project, 4),
            Map.entry(MDKG.Route, 5),
            Map.entry(MDKG.Commitment, 4),
            Map.entry(MDKG.Meeting, 3),
            Map.entry(MDKG.OutcomeDocument, 3),
            Map.entry(MDKG.DocumentPart, 2),
            Map.entry(MDKG.Source, 1),
            Map.entry(MDKG.Assessment, 0),
            Map.entry(MDKG.Alignment, 0));

    private Kinds() {}

    /** The rank of a class: higher is shown first. */
    static int rank(Node type) {
        if (type == null) {
            return 0;
        }
        Integer r = RANK.get(type);
        return r != null ? r : type.isURI() && type.getURI().startsWith(MDKG.NS) ? 1 : 0;
    }
}
