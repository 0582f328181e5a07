package dev.drivercheck.facts;

/** The steps of the ww_mutex protocol, as {@code @WwOp} names them. */
public enum WwStep {
  CTX_INIT,
  LOCK,
  LOCK_INTERRUPTIBLE,
  LOCK_SLOW,
  TRY_LOCK,
  UNLOCK,
  CTX_DONE,
  CTX_FINI;

  /** A lock call that returns a status: 0, -EDEADLK, -EALREADY (and -EINTR if interruptible). */
  public boolean statusLock() {
    return this == LOCK || this == LOCK_INTERRUPTIBLE;
  }

  static WwStep of(String name) {
    return name == null ? null : valueOf(name);
  }
}
