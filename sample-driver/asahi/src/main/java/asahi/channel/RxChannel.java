package asahi.channel;

import dev.drivercheck.annotations.NoSleep;
import java.util.concurrent.ConcurrentLinkedQueue;

/** A firmware-to-host ring (channel.rs RxChannel): the firmware posts, the host polls. */
public class RxChannel<M> {
    private final String name;
    private final ConcurrentLinkedQueue<M> ring = new ConcurrentLinkedQueue<>();

    public RxChannel(String name) {
        this.name = name;
    }

    @NoSleep
    public M poll() {
        return ring.poll();
    }

    /** Firmware side. */
    @NoSleep
    public void fwPost(M msg) {
        ring.add(msg);
    }

    public String name() {
        return name;
    }
}
