package org.narrascope.corpus.text;

/**
 * One kind of change {@link TextNormalizer} made to a text. Each has a stable snake_case {@link
 * #code()} for counts in reports and logs; never rename a code, add a new constant instead.
 */
public enum Repair {
  /** UTF-8 bytes had been decoded as windows-1251 ("РєР°РЅР°Р»" for "канал"). */
  MOJIBAKE_UTF8_AS_CP1251("mojibake_utf8_as_cp1251"),
  /** UTF-8 bytes had been decoded as KOI8-R ("п╨╨╟п╫п╟п╩"). */
  MOJIBAKE_UTF8_AS_KOI8R("mojibake_utf8_as_koi8r"),
  /** UTF-8 bytes had been decoded as KOI8-U (KOI8-R with Ukrainian letters in eight slots). */
  MOJIBAKE_UTF8_AS_KOI8U("mojibake_utf8_as_koi8u"),
  /** UTF-8 bytes had been decoded as ISO-8859-1 or windows-1252 ("Ð°Ð½" for "ан"). */
  MOJIBAKE_UTF8_AS_LATIN1("mojibake_utf8_as_latin1"),
  /** windows-1251 bytes had been decoded as ISO-8859-1 or windows-1252 ("êàíàë" for "канал"). */
  MOJIBAKE_CP1251_AS_LATIN1("mojibake_cp1251_as_latin1"),
  /** HTML character references ({@code &amp;}, {@code &#1052;}, {@code &#x41C;}) decoded. */
  HTML_ENTITIES("html_entities"),
  /** C0/C1 control characters other than tab and line feed removed. */
  CONTROL_CHARACTERS("control_characters"),
  /** {@code \r\n} and lone {@code \r} turned into {@code \n}. */
  LINE_ENDINGS("line_endings"),
  /** Zero-width and other invisible format characters (ZWSP, ZWJ, BOM, soft hyphen...) removed. */
  ZERO_WIDTH("zero_width"),
  /** Unicode canonical composition (NFC) changed the text. */
  NFC("nfc");

  private final String code;

  Repair(String code) {
    this.code = code;
  }

  /** The stable snake_case name of this repair. */
  public String code() {
    return code;
  }
}
