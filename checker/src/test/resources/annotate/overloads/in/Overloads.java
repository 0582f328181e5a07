package demo;

import dev.drivercheck.annotations.MightSleep;
import java.util.List;

public class Overloads {
  @MightSleep
  static void sleep() {}

  void write(int value) {
    sleep();
  }

  void write(String value) {}

  void write(List<String> values, int... more) {
    sleep();
  }

  void write(int[] values) {}

  <T extends CharSequence> void put(T item) {
    sleep();
  }

  <T> void put(T item, int times) {}
}
