package demo;

import dev.drivercheck.annotations.MightSleep;

public class Driver {
  private int state;

  @MightSleep
  public Driver() {
    Helper.sleep();
  }

  @MightSleep
  public void probe() {
    Helper.sleep();
    state = Helper.pure(state);
  }

  @MightSleep
  void bind() {
    probe();
  }

  int read() {
    return state;
  }
}
