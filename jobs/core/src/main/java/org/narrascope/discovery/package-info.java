/** Discovery of new framing phrases and their clustering into families. */
package org.narrascope.discovery;
