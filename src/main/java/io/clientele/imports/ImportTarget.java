package io.clientele.imports;

/**
 * What a column of an import file goes to: a built-in field ({@link ImportField}) or a client custom field (issue 22)
 * an administrator defined, known by its id — the mapping screen offers both in one list per column.
 */
public sealed interface ImportTarget permits ImportField, ImportTarget.Custom {

    /** A client custom field; its label comes from the field (it may be renamed, the id stays). */
    record Custom(long fieldId) implements ImportTarget {}
}
