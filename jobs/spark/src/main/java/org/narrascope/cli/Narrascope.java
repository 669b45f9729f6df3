package org.narrascope.cli;

/** Entry point of the command line. */
public final class Narrascope {
  private Narrascope() {}

  public static void main(String[] args) {
    System.out.println("narrascope");
  }
}
