package kernel.device;

import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/** The kernel log of device messages (a bounded ring; printk never sleeps). */
public final class DeviceLog {
    private static final int MAX = 4096;
    private static final ConcurrentLinkedDeque<String> LINES = new ConcurrentLinkedDeque<>();
    private static volatile boolean echo;

    private DeviceLog() {}

    static void append(String line) {
        LINES.addLast(line);
        while (LINES.size() > MAX) {
            LINES.pollFirst();
        }
        if (echo) {
            System.out.println("[dmesg] " + line);
        }
    }

    /** Prints each new line to stdout as well. */
    public static void setEcho(boolean on) {
        echo = on;
    }

    public static List<String> lines() {
        return List.copyOf(LINES);
    }

    public static void clear() {
        LINES.clear();
    }
}
