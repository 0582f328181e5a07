package asahi.fw;

/** A device-control (or fwctl) request to the firmware. */
public record DevCtlMsg(Op op, long arg) {
    public enum Op { INITIALIZE, FLUSH_CACHE, INVALIDATE_CONTEXT, GROW_ACK, DUMP_CHANNEL, FW_CACHE_FLUSH_RANGE }
}
