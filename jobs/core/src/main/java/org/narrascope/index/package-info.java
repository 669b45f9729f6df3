/** One Lucene index shard per partition: its writer, reader and layout. */
package org.narrascope.index;
