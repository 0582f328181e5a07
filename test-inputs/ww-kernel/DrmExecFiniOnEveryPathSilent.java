// Negative (WwDeadlockIgnored, WwContextMisuse, LockLeak, UnlockNotHeld): kernel model: lockAll()
// over three reservations without try-with-resources; fini() is called explicitly on the error path,
// on the validation failure and on success.
package inputs.wwkernel.drmexecfinioneverypathsilent;

import static kernel.error.Errno.EINVAL;

import java.util.List;
import kernel.dma.DmaResv;
import kernel.drm.exec.DrmExec;

final class Bind {
    static final int MAX_PAGES = 512;
    int mapped;

    int bind(DmaResv vm, DmaResv bo, DmaResv pt, int pages) {
        DrmExec exec = new DrmExec();
        int ret = exec.lockAll(List.of(vm, bo, pt));
        if (ret != 0) {
            exec.fini();
            return ret;
        }
        if (pages > MAX_PAGES) {
            exec.fini();
            return -EINVAL;
        }
        mapped += pages;
        exec.fini();
        return 0;
    }
}
