/**
 * The vocabulary every Vigie module speaks. One article flows through the pipeline as a chain of
 * immutable records: {@link org.vigie.core.Source} → {@link org.vigie.core.FetchedPage} →
 * {@link org.vigie.core.Article} → {@link org.vigie.core.AnnotatedArticle}. The JSON form of
 * these records is the one schema documented in {@code docs/schema.md}.
 */
package org.vigie.core;
