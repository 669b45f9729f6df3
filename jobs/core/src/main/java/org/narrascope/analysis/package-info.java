/** Per-language Lucene analysis chains, chosen by ISO 639-1 code. */
package org.narrascope.analysis;
