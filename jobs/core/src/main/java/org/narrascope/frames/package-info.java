/** Frame lexicons, the phrase matcher, quotation detection and concordance lines. */
package org.narrascope.frames;
