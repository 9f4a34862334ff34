package io.clientele.imports;

import org.jspecify.annotations.Nullable;

/**
 * What an uploaded file holds: the clients, and for Clientele's own export (a workbook with two sheets or a ZIP with
 * two CSV files) the contacts, which name their client by its exported id.
 */
public record ImportFile(CsvTable clients, @Nullable CsvTable contacts) {}
