package kernel.sync;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A second task for ww tests: one thread that runs the steps it is given in order, so that an
 * acquire context created there stays on its thread. Blocking steps are submitted and awaited later.
 */
public final class WwSide implements AutoCloseable {
    private final ExecutorService ex;

    public WwSide(String name) {
        ex = Executors.newSingleThreadExecutor(r -> new Thread(r, name));
    }

    /** Runs a step on the side thread and returns its result (10 s at most). */
    public <V> V call(Callable<V> step) throws Exception {
        return ex.submit(step).get(10, TimeUnit.SECONDS);
    }

    /** Starts a step that may block; get its result from the future. */
    public <V> Future<V> start(Callable<V> step) {
        return ex.submit(step);
    }

    /** Polls {@code condition} until it holds (10 s at most). */
    public static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting until " + what);
            }
            Thread.sleep(1);
        }
    }

    @Override
    public void close() throws InterruptedException {
        ex.shutdownNow();
        if (!ex.awaitTermination(10, TimeUnit.SECONDS)) {
            throw new AssertionError("side thread did not stop");
        }
    }
}
