package kernel.soc.apple;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import kernel.KernelTest;
import kernel.debug.AtomicContextTracker;
import kernel.delay.Delay;
import kernel.error.KernelException;
import kernel.types.Arc;
import org.junit.jupiter.api.Test;

/** Mailbox IRQ -&gt; early hook (hard IRQ) -&gt; RTKit worker -&gt; recvMessage (process context). */
class RtKitTest extends KernelTest {
    private static final AtomicInteger LINES = new AtomicInteger(7400);

    /** A client recording where each message was seen. */
    static final class Client implements RtKitOperations {
        final List<String> seen = new CopyOnWriteArrayList<>();
        volatile boolean crashed;
        volatile boolean closed;

        @Override
        public void recvMessage(int endpoint, long msg) {
            seen.add("worker ep" + endpoint + " " + msg + " irq=" + AtomicContextTracker.inHardirq());
            Delay.msleep(1); // process context: sleeping is fine
        }

        @Override
        public boolean recvMessageEarly(int endpoint, long msg) {
            if (msg == 99) {
                seen.add("early ep" + endpoint + " irq=" + AtomicContextTracker.inHardirq());
                return true;
            }
            return false;
        }

        @Override
        public void crashed() {
            crashed = true;
        }
    }

    /** A coprocessor that acks the boot handshake and echoes nothing else. */
    static final class Coproc implements MailboxRemote {
        final List<MailboxMessage> got = new CopyOnWriteArrayList<>();
        Mailbox mbox;

        @Override
        public void received(MailboxMessage msg) {
            got.add(msg);
            if (msg.endpoint() == RtKit.EP_SYSTEM && msg.payload() == RtKit.SYS_HELLO) {
                mbox.remoteSend(new MailboxMessage(RtKit.EP_SYSTEM, RtKit.SYS_BOOT_ACK));
            }
        }
    }

    private static void await(java.util.function.BooleanSupplier cond) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (!cond.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Delay.msleep(1);
        }
    }

    @Test
    void bootHandshakeThenMessagesGoToTheWorkerOrTheEarlyHook() {
        Client client = new Client();
        RtKit<Client> rtkit = RtKit.create(Arc.create(client), LINES.incrementAndGet(), "gfx");
        Coproc fw = new Coproc();
        fw.mbox = rtkit.mailbox();
        rtkit.mailbox().connectRemote(fw);
        try {
            rtkit.boot();
            rtkit.startEndpoint(0x20);
            rtkit.sendMessage(0x20, 42);
            assertEquals(List.of(new MailboxMessage(RtKit.EP_SYSTEM, RtKit.SYS_HELLO),
                    new MailboxMessage(RtKit.EP_SYSTEM, RtKit.SYS_START_EP | (0x20L << 8)),
                    new MailboxMessage(0x20, 42)), fw.got);
            rtkit.mailbox().remoteSend(new MailboxMessage(0x20, 7));
            rtkit.mailbox().remoteSend(new MailboxMessage(0x20, 99));
            rtkit.mailbox().remoteSend(new MailboxMessage(0x20, 8));
            await(() -> client.seen.size() == 3);
            assertEquals(List.of("worker ep32 7 irq=false", "early ep32 irq=true", "worker ep32 8 irq=false"),
                    List.of(client.seen.get(0), client.seen.get(1), client.seen.get(2)).stream()
                            .sorted((a, b) -> Integer.compare(order(a), order(b))).toList());
            assertFalse(rtkit.isCrashed());
        } finally {
            rtkit.close();
        }
        assertNoReports();
    }

    private static int order(String s) {
        return s.contains(" 7 ") ? 0 : s.startsWith("early") ? 1 : 2;
    }

    @Test
    void aCrashReportReachesTheClientAndLaterSendsFail() {
        Client client = new Client();
        RtKit<Client> rtkit = RtKit.create(Arc.create(client), LINES.incrementAndGet(), "gfx");
        Coproc fw = new Coproc();
        fw.mbox = rtkit.mailbox();
        rtkit.mailbox().connectRemote(fw);
        try {
            rtkit.boot();
            rtkit.mailbox().remoteSend(new MailboxMessage(RtKit.EP_SYSTEM, RtKit.SYS_CRASHED));
            await(() -> client.crashed);
            assertTrue(rtkit.isCrashed());
            assertThrows(KernelException.class, () -> rtkit.sendMessage(0x20, 1));
        } finally {
            rtkit.close();
        }
    }

    @Test
    void bootTimesOutWithoutAnAck() {
        RtKit<Client> rtkit = RtKit.create(Arc.create(new Client()), LINES.incrementAndGet(), "mute");
        rtkit.mailbox().connectRemote(msg -> {});
        try {
            assertThrows(KernelException.class, rtkit::boot);
        } finally {
            rtkit.close();
        }
    }
}
