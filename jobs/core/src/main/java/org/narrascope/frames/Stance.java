package org.narrascope.frames;

/** Who uses a frame: the official narrative, or its skeptic reading (the baseline's). */
public enum Stance {
  OFFICIAL,
  SKEPTIC
}
