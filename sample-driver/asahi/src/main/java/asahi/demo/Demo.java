package asahi.demo;

import kernel.drm.DrmDevice;
import asahi.driver.AsahiData;
import asahi.driver.AsahiDriver;
import asahi.driver.Ioctls;
import asahi.file.File;
import asahi.fw.FwCommand;
import asahi.queue.SubmitArgs;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kernel.debug.DebugReports;
import kernel.debug.Report;
import kernel.device.PlatformDevice;
import kernel.dma.fence.DmaFence;
import kernel.drm.DrmFile;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.Lockdep;
import kernel.types.ARef;

/**
 * Runs the asahi model end to end: probe, N clients submitting render and compute jobs
 * concurrently (with injected faults, timeouts and TVB grows), a hot-unplug while they run, then
 * teardown. Prints throughput, completions, errors and the runtime lockdep summary; exits 1 on any
 * runtime lockdep/atomic-sleep report.
 *
 * <pre>asahi.demo.Demo --clients 8 --jobs 2000 --unplug-after 2s</pre>
 */
public final class Demo {
    /** What one run saw. */
    public record Result(long submitted, long completed, long fenceErrors, long enodevAfterUnplug, long otherErrors,
            double jobsPerSecond, long faults, long timeouts, long grows, List<Report> reports,
            List<String> dependencies, boolean crashed, long failedAfterCrash, long refusedAfterCrash,
            long fwLogLines, long syncobjWaits) {}

    private static final int MBOX_IRQ = 9300;

    private Demo() {}

    public static void main(String[] args) throws Exception {
        int clients = 8;
        int jobs = 2000;
        long unplugMs = -1;
        long crashMs = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients": clients = Integer.parseInt(args[++i]); break;
                case "--jobs": jobs = Integer.parseInt(args[++i]); break;
                case "--unplug-after": unplugMs = parseDuration(args[++i]); break;
                case "--crash-after": crashMs = parseDuration(args[++i]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Result r = run(clients, jobs, unplugMs, crashMs);
        System.out.printf("asahi demo: %d clients, %d jobs submitted, %d completed, %.0f jobs/s%n", clients,
                r.submitted(), r.completed(), r.jobsPerSecond());
        System.out.printf("fences with errors: %d (faults %d, timeouts %d), TVB grows %d%n", r.fenceErrors(),
                r.faults(), r.timeouts(), r.grows());
        System.out.printf("errors seen by clients after unplug: %d ENODEV, %d other%n", r.enodevAfterUnplug(),
                r.otherErrors());
        System.out.printf("firmware log: %d lines; in-syncobj waits: %d%n", r.fwLogLines(), r.syncobjWaits());
        if (r.crashed()) {
            System.out.printf("firmware crashed: %d jobs failed after the crash, %d submissions refused%n",
                    r.failedAfterCrash(), r.refusedAfterCrash());
        }
        System.out.printf("runtime lockdep: %d dependencies, %d reports%n", r.dependencies().size(),
                r.reports().size());
        for (Report rep : r.reports()) {
            System.out.println("  " + rep);
        }
        System.exit(r.reports().isEmpty() && r.otherErrors() == 0 ? 0 : 1);
    }

    static long parseDuration(String s) {
        if (s.endsWith("ms")) {
            return Long.parseLong(s.substring(0, s.length() - 2));
        }
        if (s.endsWith("s")) {
            return (long) (Double.parseDouble(s.substring(0, s.length() - 1)) * 1000);
        }
        return Long.parseLong(s);
    }

    /** One run; {@code unplugMs} &lt; 0: no unplug. */
    public static Result run(int clients, int jobs, long unplugMs) throws InterruptedException {
        return run(clients, jobs, unplugMs, -1);
    }

    /**
     * One run; {@code unplugMs} &lt; 0: no unplug; {@code crashMs} &gt;= 0: the simulated firmware
     * crashes after that long (jobs in flight then fail with ENODEV, later submissions are refused).
     */
    public static Result run(int clients, int jobs, long unplugMs, long crashMs) throws InterruptedException {
        PlatformDevice pdev = new PlatformDevice("agx").withResource("sgx", 64).withResource("asc", 4);
        AsahiDriver drv = new AsahiDriver(MBOX_IRQ);
        pdev.bind(drv);
        AtomicLong submitted = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        AtomicLong fenceErrors = new AtomicLong();
        AtomicLong enodev = new AtomicLong();
        AtomicLong other = new AtomicLong();
        AtomicLong crashFailed = new AtomicLong();
        AtomicLong syncWaits = new AtomicLong();
        Counters n = new Counters(submitted, completed, fenceErrors, enodev, other, crashFailed, syncWaits);
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        int perClient = Math.max(1, jobs / clients);
        for (int c = 0; c < clients; c++) {
            final int id = c;
            Thread t = new Thread(() -> client(drv, id, perClient, n), "client-" + c);
            threads.add(t);
            t.start();
        }
        Thread unplug = null;
        if (unplugMs >= 0) {
            unplug = new Thread(() -> {
                try {
                    Thread.sleep(unplugMs);
                } catch (InterruptedException e) {
                    return;
                }
                pdev.unbind();
            }, "unplug");
            unplug.start();
        }
        Thread crash = null;
        if (crashMs >= 0) {
            crash = new Thread(() -> {
                try {
                    Thread.sleep(crashMs);
                } catch (InterruptedException e) {
                    return;
                }
                try (ARef<DrmDevice<AsahiData>> dev = drv.drm()) {
                    dev.get().data().firmware().crash();
                }
            }, "crash");
            crash.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        if (crash != null) {
            crash.join();
        }
        double secs = (System.nanoTime() - t0) / 1e9;
        if (unplug != null) {
            unplug.join();
        } else {
            pdev.unbind();
        }
        AsahiData data;
        try (ARef<DrmDevice<AsahiData>> dev = drv.drm()) {
            data = dev.get().data();
        }
        long faults = data.gpu().faults();
        long timeouts = data.gpu().timeouts();
        long grows = data.gpu().grows();
        boolean crashed = data.gpu().isCrashed();
        long fwLogLines = data.gpu().fwLogLines();
        drv.release();
        List<Report> reports = DebugReports.all();
        return new Result(submitted.get(), completed.get(), fenceErrors.get(), enodev.get(), other.get(),
                completed.get() / Math.max(secs, 1e-3), faults, timeouts, grows, reports, Lockdep.dependencies(),
                crashed, crashFailed.get(), crashed ? enodev.get() : 0, fwLogLines, syncWaits.get());
    }

    /** What the clients count. */
    private record Counters(AtomicLong submitted, AtomicLong completed, AtomicLong fenceErrors, AtomicLong enodev,
            AtomicLong other, AtomicLong crashFailed, AtomicLong syncWaits) {}

    /**
     * One client: a VM, a bound buffer, a queue, then {@code jobs} submissions. Every eighth job
     * waits (through a syncobj) for the one before it, whose fence that syncobj received.
     */
    private static void client(AsahiDriver drv, int id, int jobs, Counters n) {
        DrmFile<AsahiData, File> f;
        try {
            f = drv.openFile();
        } catch (KernelException e) {
            count(e, n.enodev(), n.other());
            return;
        }
        ArrayDeque<ARef<DmaFence>> inflight = new ArrayDeque<>();
        try {
            long vm = f.ioctl(Ioctls.VM_CREATE, null);
            long bo = f.ioctl(Ioctls.GEM_CREATE, new Ioctls.GemCreate(0x10000, 0));
            f.ioctl(Ioctls.GEM_BIND, new Ioctls.GemBind(vm, bo, 0x10_0000_0000L + id * 0x100000L, 0x10000));
            long q = f.ioctl(Ioctls.QUEUE_CREATE, new Ioctls.QueueCreate(vm, id % 4));
            int sync = f.syncobjs().create();
            for (int j = 0; j < jobs; j++) {
                boolean render = j % 3 != 2;
                FwCommand.Inject inj = j % 97 == 13 ? FwCommand.Inject.FAULT
                        : j % 131 == 7 ? FwCommand.Inject.TIMEOUT
                        : j % 61 == 4 && render ? FwCommand.Inject.GROW
                        : j % 251 == 11 ? FwCommand.Inject.CHANNEL_ERROR : FwCommand.Inject.NONE;
                SubmitArgs a = new SubmitArgs(q, render, 20 + (j % 7) * 10, inj);
                if (j % 8 == 7) {
                    a.syncs(new int[] {sync}, new int[0]);
                    n.syncWaits().incrementAndGet();
                } else if (j % 8 == 6) {
                    a.syncs(new int[0], new int[] {sync});
                }
                f.ioctl(Ioctls.SUBMIT, a);
                n.submitted().incrementAndGet();
                inflight.add(a.outFence);
                while (inflight.size() > 8) {
                    reap(inflight.poll(), n);
                }
            }
            f.ioctl(Ioctls.GEM_CLOSE, bo);
        } catch (KernelException e) {
            count(e, n.enodev(), n.other());
        } catch (RuntimeException e) {
            n.other().incrementAndGet();
            System.err.println("client " + id + ": " + e);
        } finally {
            while (!inflight.isEmpty()) {
                reap(inflight.poll(), n);
            }
            f.close();
        }
    }

    private static void reap(ARef<DmaFence> fence, Counters n) {
        if (fence.get().waitTimeout(10_000) > 0) {
            n.completed().incrementAndGet();
            int err = fence.get().error();
            if (err != 0) {
                n.fenceErrors().incrementAndGet();
            }
            if (err == -Errno.ENODEV || err == -Errno.ECANCELED) {
                n.crashFailed().incrementAndGet(); // failed by the crash (or its aftermath)
            }
        }
        fence.close();
    }

    private static void count(KernelException e, AtomicLong enodev, AtomicLong other) {
        if (e.errno() == Errno.ENODEV) {
            enodev.incrementAndGet();
        } else {
            other.incrementAndGet();
            System.err.println(e);
        }
    }
}
