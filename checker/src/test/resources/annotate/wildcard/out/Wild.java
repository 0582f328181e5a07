package demo;

import dev.drivercheck.annotations.*;

public class Wild {
  @MightSleep
  static void sleep() {}

  @NoSleep
  int fast() {
    return 1;
  }

  @MightSleep
  void slow() {
    sleep();
  }
}
