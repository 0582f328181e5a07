package demo;

import dev.drivercheck.annotations.MightSleep;

/** Something that sleeps, declared so. */
public class Helper {
  @MightSleep
  public static void sleep() {}

  public static int pure(int x) {
    return x + 1;
  }
}
