/** Documents, their readers and the source registry: the first stage of the pipeline. */
package org.narrascope.corpus;
