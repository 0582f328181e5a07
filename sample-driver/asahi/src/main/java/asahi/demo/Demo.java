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
            List<String> dependencies) {}

    private static final int MBOX_IRQ = 9300;

    private Demo() {}

    public static void main(String[] args) throws Exception {
        int clients = 8;
        int jobs = 2000;
        long unplugMs = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--clients": clients = Integer.parseInt(args[++i]); break;
                case "--jobs": jobs = Integer.parseInt(args[++i]); break;
                case "--unplug-after": unplugMs = parseDuration(args[++i]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Result r = run(clients, jobs, unplugMs);
        System.out.printf("asahi demo: %d clients, %d jobs submitted, %d completed, %.0f jobs/s%n", clients,
                r.submitted(), r.completed(), r.jobsPerSecond());
        System.out.printf("fences with errors: %d (faults %d, timeouts %d), TVB grows %d%n", r.fenceErrors(),
                r.faults(), r.timeouts(), r.grows());
        System.out.printf("errors seen by clients after unplug: %d ENODEV, %d other%n", r.enodevAfterUnplug(),
                r.otherErrors());
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
        PlatformDevice pdev = new PlatformDevice("agx").withResource("sgx", 64).withResource("asc", 4);
        AsahiDriver drv = new AsahiDriver(MBOX_IRQ);
        pdev.bind(drv);
        AtomicLong submitted = new AtomicLong();
        AtomicLong completed = new AtomicLong();
        AtomicLong fenceErrors = new AtomicLong();
        AtomicLong enodev = new AtomicLong();
        AtomicLong other = new AtomicLong();
        long t0 = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        int perClient = Math.max(1, jobs / clients);
        for (int c = 0; c < clients; c++) {
            final int id = c;
            Thread t = new Thread(() -> client(drv, id, perClient, submitted, completed, fenceErrors, enodev, other),
                    "client-" + c);
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
        for (Thread t : threads) {
            t.join();
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
        drv.release();
        List<Report> reports = DebugReports.all();
        return new Result(submitted.get(), completed.get(), fenceErrors.get(), enodev.get(), other.get(),
                completed.get() / Math.max(secs, 1e-3), faults, timeouts, grows, reports, Lockdep.dependencies());
    }

    private static void client(AsahiDriver drv, int id, int jobs, AtomicLong submitted, AtomicLong completed,
            AtomicLong fenceErrors, AtomicLong enodev, AtomicLong other) {
        DrmFile<AsahiData, File> f;
        try {
            f = drv.openFile();
        } catch (KernelException e) {
            count(e, enodev, other);
            return;
        }
        ArrayDeque<ARef<DmaFence>> inflight = new ArrayDeque<>();
        try {
            long vm = f.ioctl(Ioctls.VM_CREATE, null);
            long bo = f.ioctl(Ioctls.GEM_CREATE, new Ioctls.GemCreate(0x10000, 0));
            f.ioctl(Ioctls.GEM_BIND, new Ioctls.GemBind(vm, bo, 0x10_0000_0000L + id * 0x100000L, 0x10000));
            long q = f.ioctl(Ioctls.QUEUE_CREATE, new Ioctls.QueueCreate(vm, id % 4));
            for (int j = 0; j < jobs; j++) {
                boolean render = j % 3 != 2;
                FwCommand.Inject inj = j % 97 == 13 ? FwCommand.Inject.FAULT
                        : j % 131 == 7 ? FwCommand.Inject.TIMEOUT
                        : j % 61 == 4 && render ? FwCommand.Inject.GROW
                        : j % 251 == 11 ? FwCommand.Inject.CHANNEL_ERROR : FwCommand.Inject.NONE;
                SubmitArgs a = new SubmitArgs(q, render, 20 + (j % 7) * 10, inj);
                f.ioctl(Ioctls.SUBMIT, a);
                submitted.incrementAndGet();
                inflight.add(a.outFence);
                while (inflight.size() > 8) {
                    reap(inflight.poll(), completed, fenceErrors);
                }
            }
            f.ioctl(Ioctls.GEM_CLOSE, bo);
        } catch (KernelException e) {
            count(e, enodev, other);
        } catch (RuntimeException e) {
            other.incrementAndGet();
            System.err.println("client " + id + ": " + e);
        } finally {
            while (!inflight.isEmpty()) {
                reap(inflight.poll(), completed, fenceErrors);
            }
            f.close();
        }
    }

    private static void reap(ARef<DmaFence> fence, AtomicLong completed, AtomicLong errors) {
        if (fence.get().waitTimeout(10_000) > 0) {
            completed.incrementAndGet();
            if (fence.get().error() != 0) {
                errors.incrementAndGet();
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
