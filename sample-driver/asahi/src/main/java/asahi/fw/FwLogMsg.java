package asahi.fw;

/** One firmware log line in the FwLog ring (channel.rs FwLogChannel). */
public record FwLogMsg(int level, String text) {
    public static final int ERROR = 3;
    public static final int INFO = 6;
}
