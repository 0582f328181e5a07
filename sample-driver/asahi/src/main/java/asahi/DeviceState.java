package asahi;

/** Process-context device state, protected by {@link Driver}'s device mutex. */
final class DeviceState {
    long eventsProcessed;
    long workDone;
    int contextsCreated;
    int contextsDropped;
}
