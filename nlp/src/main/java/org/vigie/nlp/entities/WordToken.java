package org.vigie.nlp.entities;

/**
 * A unit of gazetteer matching: a run of letters and digits, or one punctuation mark.
 *
 * @param surface the characters as written; for a dotted acronym ("U.S.") its letters only ("US")
 * @param key {@link TextFolding#fold the folded} surface
 * @param word false for punctuation, which matching may never cross
 */
record WordToken(int start, int end, String surface, String key, boolean word) {}
