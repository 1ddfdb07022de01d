package org.mdkg.api;

import java.util.List;
import java.util.Map;

/** The resource endpoints for web apps, as data: which named queries back which URL. */
final class ResourceCatalog {
    static final List<ListRoute> LISTS = List.of(
            new ListRoute("/api/processes", "processes", "processes", "List the migration dialogues"),
            new ListRoute("/api/frameworks", "frameworks", "frameworks", "List the frameworks (GCM, JVAP, SDGs …)"),
            new ListRoute("/api/actors", "actors", "actors", "List actors by type and country"),
            new ListRoute("/api/meetings", "meetings", "meetings", "List meetings by process, type and date"),
            new ListRoute("/api/documents", "documents", "documents", "List outcome documents by process and type"),
            new ListRoute(
                    "/api/commitments",
                    "commitments",
                    "commitments",
                    "List commitments by process, framework, objective, actor, country, status, date and text"),
            new ListRoute(
                    "/api/search",
                    "search",
                    "search",
                    "Search labels and texts (case- and accent-insensitive, en/fr)"));

    static final List<DetailRoute> DETAILS = List.of(
            new DetailRoute(
                    "/api/processes/{id}",
                    "id",
                    "process",
                    "process",
                    "processes",
                    "One dialogue with its members, chairs, steering committee, meetings and documents",
                    "the dialogue's slug",
                    "rabat",
                    List.of(
                            new Part(
                                    "members",
                                    "memberships",
                                    "process",
                                    Map.of("role", List.of("member", "observer", "partner-organisation"))),
                            new Part("chairs", "memberships", "process", Map.of("role", List.of("chair", "co-chair"))),
                            new Part(
                                    "steeringCommittee",
                                    "memberships",
                                    "process",
                                    Map.of("role", List.of("steering-committee-member", "secretariat"))),
                            Part.of("meetings", "meetings", "process"),
                            Part.of("documents", "documents", "process"))),
            new DetailRoute(
                    "/api/frameworks/{id}",
                    "id",
                    "framework",
                    "framework",
                    "frameworks",
                    "One framework with its objectives, targets, domains and principles",
                    "the framework's slug",
                    "gcm",
                    List.of(Part.of("elements", "framework-elements", "framework"))),
            new DetailRoute(
                    "/api/actors/{id}",
                    "id",
                    "actor",
                    "id",
                    "actors",
                    "One actor with its memberships and commitments",
                    "the actor's id: ISO 3166 alpha-3 code for a state (MAR), slug for an organisation (icmpd)",
                    "MAR",
                    List.of(
                            Part.of("memberships", "memberships", "member"),
                            Part.of("commitments", "commitments", "actor"))),
            new DetailRoute(
                    "/api/countries/{iso3}",
                    "iso3",
                    "country",
                    "country",
                    "countries",
                    "One country with its regions, memberships (of its state), neighbours and programmes",
                    "ISO 3166 alpha-3 code",
                    "MAR",
                    List.of(
                            Part.of("regions", "country-regions", "country"),
                            Part.of("memberships", "memberships", "country"),
                            Part.of("neighbours", "country-neighbours", "country"),
                            Part.of("programmes", "programmes", "country"))),
            new DetailRoute(
                    "/api/documents/<id>",
                    "id",
                    "document",
                    "document",
                    "documents",
                    "One document (or document part) with its parts, commitments and alignment",
                    "the document's slug, or doc/part for a part",
                    "cadiz-action-plan-2022",
                    List.of(
                            Part.of("parts", "document-parts", "document"),
                            Part.of("commitments", "commitments", "document"),
                            Part.of("alignment", "alignments", "subject"))),
            new DetailRoute(
                    "/api/commitments/{id}",
                    "id",
                    "commitment",
                    "commitment",
                    "commitments",
                    "One commitment with its text, maker, document, alignment, assessments (with their sources) and evidence",
                    "the commitment's code in lower case",
                    "c07",
                    List.of(
                            Part.of("alignment", "alignments", "subject"),
                            Part.of("assessments", "commitment-assessments", "commitment"),
                            Part.of("sources", "commitment-sources", "commitment"),
                            Part.of("evidence", "commitment-evidence", "commitment"))));

    private ResourceCatalog() {}
}
