// Negative (WwDeadlockIgnored, WwBackoffViolation, WwContextMisuse, LockLeak, SleepInAtomic): kernel
// model: DrmExec locks the VM's and the BO's reservations in one untilAllLocked step (the loop backs
// off on -EDEADLK), -EINTR goes back to the caller, and try-with-resources runs fini() on every path.
package inputs.wwkernel.drmexecuntilalllockedsilent;

import kernel.dma.DmaResv;
import kernel.drm.exec.DrmExec;

final class Submit {
    final DmaResv vmResv = new DmaResv("vm");
    int jobs;

    int submit(DmaResv boResv) {
        try (DrmExec exec = new DrmExec(DrmExec.INTERRUPTIBLE_WAIT)) {
            int ret = exec.untilAllLocked(e -> {
                int r = e.lockObj(vmResv);
                if (r != 0) {
                    return r;
                }
                return e.lockObj(boResv);
            });
            if (ret != 0) {
                return ret;
            }
            jobs++;
            return 0;
        }
    }
}
