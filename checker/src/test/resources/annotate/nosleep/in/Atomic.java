package demo;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;

/** A @NoSleep method that sleeps is a finding of check, not something to annotate. */
public class Atomic {
  @MightSleep
  static void sleep() {}

  @NoSleep
  void irqHandler() {
    sleep();
  }
}
