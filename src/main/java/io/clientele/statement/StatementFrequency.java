package io.clientele.statement;

/** How often a client gets a statement by e-mail: for every calendar month, every calendar quarter, or never. */
public enum StatementFrequency {
    NONE,
    MONTHLY,
    QUARTERLY
}
