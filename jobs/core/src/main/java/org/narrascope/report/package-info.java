/** Output tables (schema defined once), CSV writing and the run manifest. */
package org.narrascope.report;
