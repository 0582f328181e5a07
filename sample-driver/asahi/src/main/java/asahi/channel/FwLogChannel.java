package asahi.channel;

import asahi.fw.FwLogMsg;
import dev.drivercheck.annotations.NoSleep;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;

/**
 * The firmware log (channel.rs FwLogChannel): the firmware writes lines into its ring; the driver
 * drains them in the RTKit worker, under rx_channels, and keeps the most recent ones (the real
 * driver prints them with the device's log).
 */
public final class FwLogChannel {
    public static final int KEEP = 64;

    private final RxChannel<FwLogMsg> ch;
    private final ArrayDeque<String> recent = new ArrayDeque<>();
    private long lines;
    private long errors;

    public FwLogChannel(RxChannel<FwLogMsg> ch) {
        this.ch = ch;
    }

    /** Drains the ring; returns how many lines were read. Caller holds rx_channels. */
    @NoSleep
    public int poll() {
        int n = 0;
        FwLogMsg m;
        while ((m = ch.poll()) != null) {
            n++;
            lines++;
            if (m.level() <= FwLogMsg.ERROR) {
                errors++;
            }
            if (recent.size() == KEEP) {
                recent.pollFirst();
            }
            recent.addLast("FWLOG<" + m.level() + ">: " + m.text());
        }
        return n;
    }

    public long lines() {
        return lines;
    }

    public long errors() {
        return errors;
    }

    public List<String> recent() {
        return new ArrayList<>(recent);
    }
}
