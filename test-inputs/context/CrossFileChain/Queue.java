// Part of CrossFileChain: the middle hop.
package inputs.context.crossfilechain;

final class Queue {
    void push(int job) {
        Firmware.doorbell(job);
    }
}
