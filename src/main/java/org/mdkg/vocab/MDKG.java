package org.mdkg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The mdkg ontology namespace ({@code ontology/mdkg.ttl}, and {@code ontology/derived.ttl} for the terms mdkg derives)
 * and every term of it that the code refers to, plus the instance space and the concept schemes.
 */
public final class MDKG {
    public static final String NS = "https://w3id.org/mdkg/ontology#";
    public static final String ID = "https://w3id.org/mdkg/id/";
    public static final String ONTOLOGY = "https://w3id.org/mdkg/ontology";
    /** Concepts of the status scheme, e.g. {@code STATUS + "complete"}. */
    public static final String STATUS = ID + "status/";
    /** Concepts of the assessment-kind scheme. */
    public static final String ASSESSMENT_KIND = ID + "assessment-kind/";
    /** Concepts of the lifecycle scheme. */
    public static final String LIFECYCLE = ID + "lifecycle/";

    // Curated classes
    public static final Node Commitment = term("Commitment");
    public static final Node Assessment = term("Assessment");
    public static final Node Source = term("Source");
    public static final Node Dialogue = term("Dialogue");
    public static final Node RegionalConsultativeProcess = term("RegionalConsultativeProcess");
    public static final Node InterRegionalForum = term("InterRegionalForum");
    public static final Node BilateralDialogue = term("BilateralDialogue");
    public static final Node Country = term("Country");
    public static final Node Territory = term("Territory");
    public static final Node Region = term("Region");
    public static final Node State = term("State");
    public static final Node Framework = term("Framework");
    public static final Node FrameworkElement = term("FrameworkElement");
    public static final Node GCMObjective = term("GCMObjective");
    public static final Node GuidingPrinciple = term("GuidingPrinciple");
    public static final Node JVAPDomain = term("JVAPDomain");
    public static final Node PriorityInitiative = term("PriorityInitiative");
    public static final Node Programme = term("Programme");
    public static final Node Partnership = term("Partnership");
    public static final Node TalentPartnership = term("TalentPartnership");
    public static final Node GlobalSkillPartnership = term("GlobalSkillPartnership");
    public static final Node LabourMobilityScheme = term("LabourMobilityScheme");
    public static final Node Project = term("Project");
    public static final Node Fund = term("Fund");
    public static final Node Route = term("Route");
    public static final Node Meeting = term("Meeting");
    public static final Node OutcomeDocument = term("OutcomeDocument");
    public static final Node DocumentPart = term("DocumentPart");
    public static final Node Alignment = term("Alignment");

    // Curated properties
    public static final Node accessed = term("accessed");
    public static final Node addressedTo = term("addressedTo");
    public static final Node alignedWith = term("alignedWith");
    public static final Node assesses = term("assesses");
    public static final Node assessmentDate = term("assessmentDate");
    public static final Node assessmentKind = term("assessmentKind");
    public static final Node budget = term("budget");
    public static final Node code = term("code");
    public static final Node country = term("country");
    public static final Node currency = term("currency");
    public static final Node dueDate = term("dueDate");
    public static final Node endDate = term("endDate");
    public static final Node evidence = term("evidence");
    public static final Node funder = term("funder");
    public static final Node implementer = term("implementer");
    public static final Node iso3 = term("iso3");
    public static final Node lifecycle = term("lifecycle");
    public static final Node madeBy = term("madeBy");
    public static final Node ofDialogue = term("ofDialogue");
    public static final Node partnerCountry = term("partnerCountry");
    public static final Node partOf = term("partOf");
    public static final Node startDate = term("startDate");
    public static final Node statedIn = term("statedIn");
    public static final Node status = term("status");
    public static final Node text = term("text");
    public static final Node underFramework = term("underFramework");

    // Derived classes and properties (ontology/derived.ttl), written into urn:mdkg:graph:derived
    public static final Node ScorecardEntry = term("ScorecardEntry");
    public static final Node CoverageCell = term("CoverageCell");
    public static final Node IndicatorFact = term("IndicatorFact");
    public static final Node IndicatorResult = term("IndicatorResult");
    public static final Node OverlapPair = term("OverlapPair");
    public static final Node AnyTheme = term("AnyTheme");
    public static final Node AnyCountry = term("AnyCountry");
    public static final Node currentStatus = term("currentStatus");
    public static final Node latestAssessment = term("latestAssessment");
    public static final Node adoptionDate = term("adoptionDate");
    public static final Node firstEvidenceDate = term("firstEvidenceDate");
    public static final Node monthsToFirstEvidence = term("monthsToFirstEvidence");
    public static final Node scorecardKind = term("scorecardKind");
    public static final Node scorecardOf = term("scorecardOf");
    public static final Node commitmentCount = term("commitmentCount");
    public static final Node notAssessedCount = term("notAssessedCount");
    public static final Node evidencedCount = term("evidencedCount");
    public static final Node shareImplemented = term("shareImplemented");
    public static final Node withEvidenceDateCount = term("withEvidenceDateCount");
    public static final Node medianMonthsToFirstEvidence = term("medianMonthsToFirstEvidence");
    public static final Node coverageElement = term("coverageElement");
    public static final Node coverageDialogue = term("coverageDialogue");
    public static final Node factAbout = term("factAbout");
    public static final Node indicator = term("indicator");
    public static final Node gspElement = term("gspElement");
    public static final Node factText = term("factText");
    public static final Node resultFor = term("resultFor");
    public static final Node resultIndicator = term("resultIndicator");
    public static final Node resultFact = term("resultFact");
    public static final Node holds = term("holds");
    public static final Node sharedCountryKey = term("sharedCountryKey");
    public static final Node sharedThemeKey = term("sharedThemeKey");
    public static final Node gapCandidate = term("gapCandidate");
    public static final Node supersededOrWithdrawn = term("supersededOrWithdrawn");
    public static final Node firstCompleteDate = term("firstCompleteDate");
    public static final Node evidenceCount = term("evidenceCount");
    public static final Node inDialogue = term("inDialogue");
    public static final Node servesElement = term("servesElement");
    public static final Node servesFramework = term("servesFramework");
    public static final Node outcomeDocument = term("outcomeDocument");

    private MDKG() {}

    /** The term {@code localName} of the namespace, for the few places that pick a term by name. */
    public static Node term(String localName) {
        return NodeFactory.createURI(NS + localName);
    }

    /** A concept of the status scheme. */
    public static Node status(String slug) {
        return NodeFactory.createURI(STATUS + slug);
    }
}
