package org.mdkg.csv;

import org.apache.jena.graph.Node;

/**
 * One column of a CSV table: its header name, the property it fills, how a cell becomes an RDF term.
 *
 * @param prefix   for {@link Type#REF}: the part of the instance IRI before the slug ({@code process/});
 *                 empty when the cell holds the whole path ({@code state/MAR}, {@code sdg:10.7})
 * @param multi    several values in one cell, separated by {@code ;}
 */
public record Column(String name, Node predicate, Type type, String prefix, boolean required, boolean multi) {

    /** How a cell is read. */
    public enum Type {
        /** The row's own slug; names the subject, fills no property. */
        KEY,
        /** Text in English: an {@code @en} literal. */
        EN,
        /** A plain string. */
        STRING,
        /** {@code YYYY-MM-DD}. */
        DATE,
        /** {@code YYYY-MM-DD}, or {@code YYYY} when only the year is known. */
        DATE_OR_YEAR,
        /** A decimal number such as {@code 1500000.00}. */
        DECIMAL,
        /** A slug resolved to an instance IRI that must exist. */
        REF,
        /** A commitment code such as {@code C07}, resolved case-insensitively. */
        CODE_REF,
        /** The local name of an mdkg class. */
        CLASS,
        /** The URL of the public source the row's facts come from. */
        SOURCE_URL,
        /** The title of that source, used when the source is new. */
        SOURCE_TITLE
    }

    static Column key(String name) {
        return new Column(name, null, Type.KEY, "", true, false);
    }

    static Column of(String name, Node predicate, Type type, boolean required) {
        return new Column(name, predicate, type, "", required, false);
    }

    static Column ref(String name, Node predicate, String prefix, boolean required, boolean multi) {
        return new Column(name, predicate, Type.REF, prefix, required, multi);
    }
}
