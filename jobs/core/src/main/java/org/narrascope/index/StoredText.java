package org.narrascope.index;

/** The verbatim title and text of a document, as ingested: offsets of matches point into these. */
public record StoredText(String title, String text) {}
