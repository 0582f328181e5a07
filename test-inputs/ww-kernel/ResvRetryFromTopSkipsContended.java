// Positive (WwBackoffViolation): kernel model: a retry loop that backs off on -EDEADLK but restarts
// from the top, locking the VM's reservation again instead of the contended BO first.
package inputs.wwkernel.resvretryfromtopskipscontended;

import static kernel.error.Errno.EDEADLK;

import kernel.dma.DmaResv;
import kernel.sync.WwAcquireCtx;

final class Vm {
    final DmaResv resv = new DmaResv("vm");
    int mappings;
}

final class Bo {
    final DmaResv resv = new DmaResv("bo");
}

final class Map {
    int map(Vm vm, Bo bo) {
        WwAcquireCtx ctx = new WwAcquireCtx(DmaResv.reservation);
        for (;;) {
            // :: error: [WwBackoffViolation]
            int ret = vm.resv.lock(ctx);
            if (ret != 0) {
                ctx.fini();
                return ret;
            }
            ret = bo.resv.lock(ctx);
            if (ret == -EDEADLK) {
                vm.resv.unlock();
                continue;
            }
            if (ret != 0) {
                vm.resv.unlock();
                ctx.fini();
                return ret;
            }
            break;
        }
        ctx.done();
        vm.mappings++;
        bo.resv.unlock();
        vm.resv.unlock();
        ctx.fini();
        return 0;
    }
}
