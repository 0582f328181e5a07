package com.example.driver;

/** A device whose queue is protected by a spinlock. */
public final class Device {
    private final SpinLock lock = new SpinLock();
    private final Firmware firmware = new Firmware();
    private int pending;

    /** Queues one command and waits for the firmware to take it. */
    public void submit() {
        lock.lock();
        try {
            pending++;
            firmware.waitForAck();
        } finally {
            lock.unlock();
        }
    }
}
