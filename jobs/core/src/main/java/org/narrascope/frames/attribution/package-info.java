/**
 * Who says a frame mention, and with what distance: {@link
 * org.narrascope.frames.attribution.MentionAttributor} gives each mention an {@link
 * org.narrascope.frames.attribution.Attribution} (speaker as written, {@link
 * org.narrascope.frames.attribution.MentionStance endorsed, reported or distanced}) by cue rules
 * per language from {@code attribution-cues.yaml}.
 */
package org.narrascope.frames.attribution;
