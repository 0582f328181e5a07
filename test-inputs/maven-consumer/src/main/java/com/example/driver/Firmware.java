package com.example.driver;

import dev.drivercheck.annotations.MightSleep;

/** The device's firmware interface. */
public final class Firmware {
    /** Waits for the firmware to answer: blocks the caller. */
    @MightSleep
    public void waitForAck() {}
}
