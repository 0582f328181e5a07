package demo;

import dev.drivercheck.annotations.MightSleep;
import java.util.List;

public class Overloads {
  @MightSleep
  static void sleep() {}

  @MightSleep
  void write(int value) {
    sleep();
  }

  void write(String value) {}

  @MightSleep
  void write(List<String> values, int... more) {
    sleep();
  }

  void write(int[] values) {}

  @MightSleep
  <T extends CharSequence> void put(T item) {
    sleep();
  }

  <T> void put(T item, int times) {}
}
