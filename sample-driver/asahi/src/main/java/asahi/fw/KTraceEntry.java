package asahi.fw;

/** One kernel-trace record in the KTrace ring (channel.rs KTraceChannel): GPU time, event code, argument. */
public record KTraceEntry(long timestamp, int code, long arg) {
    public static final int CMD_START = 1;
    public static final int CMD_END = 2;
    public static final int POWER_ON = 3;
    public static final int POWER_OFF = 4;
}
