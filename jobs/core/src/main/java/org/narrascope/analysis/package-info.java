/**
 * Per-language Lucene analysis chains: each language has a default chain and named alternatives
 * ({@link org.narrascope.analysis.AnalysisChain}, e.g. {@code ru:snowball}, {@code ru:light}), a
 * run's choice per language is an {@link org.narrascope.analysis.AnalysisChains}; the defaults were
 * chosen by measurement on the gold set ({@code frames.evaluation.AnalysisComparison}).
 */
package org.narrascope.analysis;
