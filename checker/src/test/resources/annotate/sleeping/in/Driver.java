package demo;

public class Driver {
  private int state;

  public Driver() {
    Helper.sleep();
  }

  public void probe() {
    Helper.sleep();
    state = Helper.pure(state);
  }

  void bind() {
    probe();
  }

  int read() {
    return state;
  }
}
