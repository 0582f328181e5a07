package asahi.channel;

import asahi.fw.KTraceEntry;
import dev.drivercheck.annotations.NoSleep;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The firmware's kernel-trace buffer (channel.rs KTraceChannel): command start/end and power
 * transitions with GPU timestamps, drained by the driver under rx_channels; the newest records
 * are kept and counted by event code.
 */
public final class KTraceChannel {
    public static final int KEEP = 256;

    private final RxChannel<KTraceEntry> ch;
    private final ArrayDeque<KTraceEntry> recent = new ArrayDeque<>();
    private final long[] byCode = new long[8];

    public KTraceChannel(RxChannel<KTraceEntry> ch) {
        this.ch = ch;
    }

    /** Drains the ring; returns how many records were read. Caller holds rx_channels. */
    @NoSleep
    public int poll() {
        int n = 0;
        KTraceEntry e;
        while ((e = ch.poll()) != null) {
            n++;
            if (e.code() >= 0 && e.code() < byCode.length) {
                byCode[e.code()]++;
            }
            if (recent.size() == KEEP) {
                recent.pollFirst();
            }
            recent.addLast(e);
        }
        return n;
    }

    /** Records of event {@code code} read so far. */
    public long count(int code) {
        return code >= 0 && code < byCode.length ? byCode[code] : 0;
    }

    public List<KTraceEntry> recent() {
        return new ArrayList<>(recent);
    }
}
