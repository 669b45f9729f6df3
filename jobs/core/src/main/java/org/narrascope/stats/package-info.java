/** Rates, the comparison with the baseline, exact tests and multiple-testing control. */
package org.narrascope.stats;
