package org.narrascope;

/**
 * The one unchecked exception of the domain: bad input, bad configuration, a broken index. Its
 * message always says where (file, line or record) and what was expected, because it is read by a
 * researcher at a console, not by code.
 */
public class NarrascopeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NarrascopeException(String message) {
    super(message);
  }

  public NarrascopeException(String message, Throwable cause) {
    super(message, cause);
  }
}
