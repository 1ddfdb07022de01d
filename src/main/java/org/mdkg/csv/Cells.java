package org.mdkg.csv;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.mdkg.vocab.MDKG;

/** Reads the cells of one row into RDF terms, adding a problem (row and column) for each bad cell. */
final class Cells {
    static final String SDG = "http://metadata.un.org/sdg/";
    private static final Pattern SLUG_PATH =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*(/[A-Za-z0-9][A-Za-z0-9._~-]*)*");
    private static final Pattern SDG_CODE = Pattern.compile("sdg:[A-Za-z0-9.]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
    private static final Pattern YEAR = Pattern.compile("[0-9]{4}");

    private final String file;
    private final int row;
    private final List<CsvProblem> problems;

    Cells(String file, int row, List<CsvProblem> problems) {
        this.file = file;
        this.row = row;
        this.problems = problems;
    }

    void problem(String column, String message) {
        problems.add(new CsvProblem(file, row, column, message));
    }

    static List<String> split(String cell) {
        return Arrays.stream(cell.split(";"))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    static boolean isSlugPath(String v) {
        return SLUG_PATH.matcher(v).matches();
    }

    /** The RDF term of one value; null (with a problem recorded) when it is malformed. */
    Node value(Column c, String v) {
        return switch (c.type()) {
            case EN -> NodeFactory.createLiteralLang(v, "en");
            case STRING -> NodeFactory.createLiteralString(v);
            case DATE -> date(c.name(), v);
            case DATE_OR_YEAR ->
                YEAR.matcher(v).matches() ? NodeFactory.createLiteralDT(v, XSDDatatype.XSDgYear) : date(c.name(), v);
            case DECIMAL -> decimal(c.name(), v);
            case REF -> ref(c, v);
            case CODE_REF -> ref(c, v.toLowerCase(Locale.ROOT));
            default -> null;
        };
    }

    Node ref(Column c, String v) {
        if (c.prefix().isEmpty() && SDG_CODE.matcher(v).matches()) {
            return NodeFactory.createURI(SDG + v.substring(4));
        }
        if (!isSlugPath(v) || (!c.prefix().isEmpty() && v.contains("/") && !"document/".equals(c.prefix()))) {
            problem(
                    c.name(),
                    "'" + v + "' is not a slug"
                            + (c.prefix().isEmpty()
                                    ? " path such as process/rabat or state/MAR"
                                    : " such as the last part of <" + MDKG.ID + c.prefix() + "...>"));
            return null;
        }
        return NodeFactory.createURI(MDKG.ID + c.prefix() + v);
    }

    Node programmeClass(String v) {
        if (!CsvKind.PROGRAMME_CLASSES.contains(v)) {
            problem(
                    "type",
                    "'" + v + "' is not one of "
                            + String.join(
                                    ", ",
                                    CsvKind.PROGRAMME_CLASSES.stream().sorted().toList()));
            return null;
        }
        return MDKG.term(v);
    }

    private Node date(String column, String v) {
        try {
            LocalDate.parse(v);
            return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdate);
        } catch (DateTimeParseException e) {
            problem(column, "'" + v + "' is not a date written YYYY-MM-DD");
            return null;
        }
    }

    private Node decimal(String column, String v) {
        if (!DECIMAL.matcher(v).matches()) {
            problem(column, "'" + v + "' is not a number such as 1500000 or 1500000.50 (no thousands separators)");
            return null;
        }
        return NodeFactory.createLiteralDT(v, XSDDatatype.XSDdecimal);
    }
}
