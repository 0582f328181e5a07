// Positive (WwDeadlockIgnored): kernel model: after lockAll(), one more reservation is locked
// directly through the DrmExec's ticket and the status is thrown away: on -EDEADLK the code goes on
// as if it held the fence object. (The ticket is also done by then; that is not visible here.)
package inputs.wwkernel.drmexecticketstatusdiscarded;

import java.util.List;
import kernel.dma.DmaResv;
import kernel.drm.exec.DrmExec;

final class Exec {
    int fenced;

    int run(DmaResv vm, DmaResv bo, DmaResv fenceObj) {
        DrmExec exec = new DrmExec();
        int ret = exec.lockAll(List.of(vm, bo));
        if (ret != 0) {
            exec.fini();
            return ret;
        }
        // :: error: [WwDeadlockIgnored]
        fenceObj.lock(exec.ticket());
        fenced++;
        fenceObj.unlock();
        exec.fini();
        return 0;
    }
}
