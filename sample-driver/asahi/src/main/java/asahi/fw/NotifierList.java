package asahi.fw;

import java.util.concurrent.atomic.AtomicInteger;

/** A queue's notifier list head in GPU memory (fw/event.rs NotifierList): the notifiers linked in. */
public final class NotifierList {
    public static final long SIZE = 0x10;

    private final AtomicInteger linked = new AtomicInteger();

    /** Links a notifier in (host, at queue creation). */
    public void link() {
        linked.incrementAndGet();
    }

    public int linked() {
        return linked.get();
    }
}
