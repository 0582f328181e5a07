package dev.drivercheck.flow;

import org.checkerframework.errorprone.dataflow.analysis.AbstractValue;

/** The analysis tracks stores only; expressions carry no abstract value. */
public final class NoValue implements AbstractValue<NoValue> {
  private NoValue() {}

  @Override
  public NoValue leastUpperBound(NoValue other) {
    return this;
  }
}
