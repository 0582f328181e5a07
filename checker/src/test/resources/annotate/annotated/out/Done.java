package demo;

import dev.drivercheck.annotations.MightSleep;

/** Everything that may sleep already says so: nothing changes. */
public class Done {
  @MightSleep
  static void sleep() {}

  @MightSleep
  void work() {
    sleep();
  }

  @dev.drivercheck.annotations.MightSleep
  void qualified() {
    sleep();
  }

  void idle() {}
}
