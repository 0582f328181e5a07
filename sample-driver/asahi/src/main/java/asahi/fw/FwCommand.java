package asahi.fw;

/**
 * One command in a pipe ring (the firmware's view of a render/compute job): which event slot to
 * stamp with which value on completion, how long it runs on the simulated GPU, and an injected
 * problem, if any; the job's timestamps to write (or null), and the queue's notifier when this is
 * the job's last command (or null).
 */
public record FwCommand(Kind kind, int eventSlot, long value, long durationUs, Inject inject, int bufferSlot,
        Timestamps timestamps, Notifier notifier) {
    public enum Kind { RENDER, COMPUTE, BARRIER }

    /** A problem the simulated GPU hits while running the command. */
    public enum Inject { NONE, FAULT, TIMEOUT, GROW, CHANNEL_ERROR }
}
