package demo.nested;

import java.util.function.IntSupplier;

public class Outer {
  @dev.drivercheck.annotations.MightSleep
  static void sleep() {}

  static class Node {}

  class Inner {
    Inner(Node first) {
      sleep();
    }

    void take(Node node) {
      sleep();
    }

    void take(Outer.Node node, int n) {}

    class Deeper {
      void run(Inner owner) {
        owner.take(new Node());
      }
    }
  }

  static class Nested {
    void run() {
      Runnable r = new Runnable() {
        @Override
        public void run() {
          sleep();
        }
      };
      IntSupplier lazy = () -> {
        sleep();
        return 1;
      };
      class Local {
        void go() {
          sleep();
        }
      }
    }
  }
}
