package asahi.fw;

/** A message in the firmware's event ring (EventChannel). */
public record FwEvent(Type type, int slot, long value) {
    public enum Type { FLAG, FAULT, TIMEOUT, GROW_TVB, CHANNEL_ERROR }
}
