// Part of CrossFileChain: the sleeping leaf.
package inputs.context.crossfilechain;

import dev.drivercheck.annotations.MightSleep;

final class Firmware {
    static void doorbell(int job) {
        waitAck(job);
    }

    @MightSleep
    static void waitAck(int job) {}
}
