package dev.drivercheck.graph;

import dev.drivercheck.graph.LockGraphModel.IrqUse;

/** Colors and words shared by the DOT and HTML renderings, so both read the same. */
final class Palette {
  static final String CYCLE = "#d62728";
  static final String EDGE = "#555555";

  private Palette() {}

  static String fill(IrqUse use) {
    return switch (use) {
      case NONE -> "#ffffff";
      case IRQS_ON -> "#e3f1dc";
      case SOFTIRQ -> "#fff2b3";
      case HARDIRQ -> "#fdd9b0";
      case INCONSISTENT -> "#f7b9b9";
    };
  }

  static String describe(IrqUse use) {
    return switch (use) {
      case NONE -> "no IRQ usage seen";
      case IRQS_ON -> "acquired with interrupts enabled";
      case SOFTIRQ -> "acquired in softirq context";
      case HARDIRQ -> "acquired in hardirq context";
      case INCONSISTENT -> "IRQ context and interrupts enabled (inconsistent)";
    };
  }
}
