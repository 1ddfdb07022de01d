package org.mdkg.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.mdkg.api.ColumnType.Kind;

/** Rows shaped in their columns' types, with labels in the asked language. */
class ItemShaperTest {
    private static final String ID = "https://w3id.org/mdkg/id/";
    private static final Node G = NodeFactory.createURI("urn:mdkg:graph:test");
    private static final Node RABAT = NodeFactory.createURI(ID + "process/rabat");
    private static final Node KHARTOUM = NodeFactory.createURI(ID + "process/khartoum");

    private static DatasetGraph data() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.add(new Quad(G, RABAT, RDFS.label.asNode(), NodeFactory.createLiteralLang("Rabat Process", "en")));
        dsg.add(new Quad(G, RABAT, RDFS.label.asNode(), NodeFactory.createLiteralLang("Processus de Rabat", "fr")));
        dsg.add(new Quad(G, KHARTOUM, RDFS.label.asNode(), NodeFactory.createLiteralString("Khartoum Process")));
        return dsg;
    }

    private static Map<String, Object> shape(String lang, Map<String, ColumnType> columns, Map<String, Node> row) {
        return new ItemShaper(new LabelNames(data(), lang)).row(columns, row);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_list_of_iris_becomes_references_labelled_in_the_language_then_english_then_untagged() {
        Map<String, ColumnType> columns =
                Map.of("madeBy", ColumnType.of(Kind.REFERENCE).asList(" "));
        Map<String, Node> row =
                Map.of("madeBy", NodeFactory.createLiteralString(RABAT.getURI() + " " + KHARTOUM.getURI()));
        assertEquals(
                List.of(
                        Map.of("id", "rabat", "iri", RABAT.getURI(), "label", "Processus de Rabat"),
                        Map.of("id", "khartoum", "iri", KHARTOUM.getURI(), "label", "Khartoum Process")),
                shape("fr", columns, row).get("madeBy"));
        assertEquals(
                "Rabat Process",
                ((List<Map<String, Object>>) shape("de", columns, row).get("madeBy"))
                        .get(0)
                        .get("label"));
    }

    @Test
    void an_unbound_list_is_an_empty_array_and_a_text_list_splits_on_its_separator() {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("facts", ColumnType.of(Kind.STRING).asList(" | "));
        columns.put("via", ColumnType.of(Kind.REFERENCE).asList(" "));
        Map<String, Object> out = shape("en", columns, Map.of("facts", NodeFactory.createLiteralString("a; b | c")));
        assertEquals(List.of("a; b", "c"), out.get("facts"));
        assertEquals(List.of(), out.get("via"));
    }

    @Test
    void integers_are_numbers_decimals_exact_text_dates_text_and_a_reference_without_label_takes_the_row_label() {
        Map<String, ColumnType> columns = new LinkedHashMap<>();
        columns.put("count", ColumnType.of(Kind.INTEGER));
        columns.put("share", ColumnType.of(Kind.DECIMAL));
        columns.put("dueDate", ColumnType.of(Kind.DATE));
        columns.put("status", ColumnType.of(Kind.REFERENCE));
        Map<String, Node> row = Map.of(
                "count", NodeFactory.createLiteralDT("12", XSDDatatype.XSDinteger),
                "share", NodeFactory.createLiteralDT("0.1250000000000000001", XSDDatatype.XSDdecimal),
                "dueDate", NodeFactory.createLiteralDT("2020-12-31", XSDDatatype.XSDdate),
                "status", NodeFactory.createURI(ID + "status/limited"),
                "statusLabel", NodeFactory.createLiteralLang("Limited", "en"));
        Map<String, Object> out = shape("en", columns, row);
        assertEquals(BigInteger.valueOf(12), out.get("count"));
        assertEquals("0.1250000000000000001", out.get("share"));
        assertEquals("2020-12-31", out.get("dueDate"));
        assertEquals(Map.of("id", "limited", "iri", ID + "status/limited", "label", "Limited"), out.get("status"));
    }
}
