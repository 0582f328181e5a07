package dev.drivercheck.graph;

/** A lock-graph file that cannot be read: wrong version, malformed JSON, a dangling index. */
public final class LockGraphException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LockGraphException(String message) {
    super(message);
  }
}
