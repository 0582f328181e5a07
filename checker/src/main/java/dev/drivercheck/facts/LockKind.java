package dev.drivercheck.facts;

/** Lock kinds, as {@code dev.drivercheck.annotations.LockKind} names them. */
public enum LockKind {
  MUTEX,
  RW_SEMAPHORE,
  WW_MUTEX,
  SRCU,
  SPIN,
  RAW_SPIN,
  RW_SPIN,
  RCU,
  IRQ_OFF,
  PREEMPT_OFF;

  /** Acquiring one of these may sleep (mutex_lock, down_read, srcu_read_lock waits). */
  public boolean sleeps() {
    return ordinal() <= SRCU.ordinal();
  }

  /** Holding one of these makes the holder atomic. */
  public boolean atomic() {
    return !sleeps();
  }
}
