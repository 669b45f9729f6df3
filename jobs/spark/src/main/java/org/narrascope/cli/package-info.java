/** The command line: one picocli command per pipeline stage. */
package org.narrascope.cli;
