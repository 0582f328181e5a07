package asahi.file;

import asahi.driver.AsahiData;
import asahi.gem.AsahiObject;
import asahi.gpu.GpuManager;
import asahi.queue.Queue;
import asahi.queue.SubmitArgs;
import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.PinInit;
import dev.drivercheck.annotations.Pinned;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import kernel.dma.fence.DmaFence;
import kernel.drm.DrmDevice;
import kernel.drm.syncobj.SyncObj;
import kernel.drm.syncobj.SyncObjTable;
import kernel.drm.gem.GemObject;
import kernel.drm.gem.ShmemObject;
import kernel.error.Errno;
import kernel.error.KernelException;
import kernel.sync.MutexGuard;
import kernel.types.ARef;
import kernel.xarray.XArray;
import kernel.xarray.XArrayGuard;

/**
 * One DRM client (file.rs File): its VMs, queues and GEM objects in XArrays. The XArray lock is a
 * spinlock: every ioctl takes what it needs out of it and drops the guard before anything that
 * sleeps (binding, unmapping, queue creation, the queue mutex).
 */
@Pinned
public final class File {
    private static final AtomicLong NEXT_ID = new AtomicLong(1);

    private final long id = NEXT_ID.getAndIncrement();
    private final GpuManager gpu;
    @Pin private final XArray<FileVm> vms = new XArray<>(true);
    @Pin private final XArray<QueueHandle> queues = new XArray<>(true);
    @Pin private final XArray<ARef<ShmemObject<AsahiObject>>> objects = new XArray<>(true);
    /** The DRM file's syncobj handles (owned by the core file; SUBMIT reads and fills them). */
    private final SyncObjTable syncobjs;

    File(GpuManager gpu, SyncObjTable syncobjs) {
        this.gpu = gpu;
        this.syncobjs = syncobjs;
    }

    public long id() {
        return id;
    }

    @MightSleep
    @PinInit
    public static File open(DrmDevice<AsahiData> dev, SyncObjTable syncobjs) {
        return new File(dev.data().gpu(), syncobjs);
    }

    // ---- ioctls

    @MightSleep
    public long vmCreate() {
        var uvm = gpu.uat().newVm(FileVm.USER_START, FileVm.USER_SIZE + 0x4000_0000_0L);
        FileVm vm = kernel.types.Pin.<FileVm>box(slot -> new FileVm(uvm)).get();
        return vms.alloc(vm, 1024);
    }

    @MightSleep
    public void vmDestroy(long vmId) {
        FileVm vm = vms.remove(vmId);
        if (vm == null) {
            throw new KernelException(Errno.ENOENT, "no vm " + vmId);
        }
        vm.close();
    }

    /** GEM_CREATE: a shmem object (VM-private objects share the VM's reservation). */
    @MightSleep
    public long gemCreate(long size, long privateVmId) {
        kernel.dma.DmaResv resv = null;
        if (privateVmId != 0) {
            try (XArrayGuard<FileVm> g = vms.lock()) {
                FileVm vm = g.get(privateVmId);
                if (vm == null) {
                    throw new KernelException(Errno.ENOENT, "no vm " + privateVmId);
                }
                resv = vm.vm.resv();
            }
        }
        AsahiObject data = new AsahiObject(privateVmId != 0);
        ARef<ShmemObject<AsahiObject>> obj = ShmemObject.create(size, resv, data, data);
        return objects.alloc(obj, 1 << 20);
    }

    /** GEM_BIND: look the VM and object up, drop the XArray locks, then bind (sleeps). */
    @MightSleep
    public void gemBind(long vmId, long handle, long addr, long size) {
        FileVm vm;
        try (XArrayGuard<FileVm> g = vms.lock()) {
            vm = g.get(vmId);
        }
        ShmemObject<AsahiObject> obj;
        try (XArrayGuard<ARef<ShmemObject<AsahiObject>>> g = objects.lock()) {
            ARef<ShmemObject<AsahiObject>> r = g.get(handle);
            obj = r == null ? null : r.get();
        }
        if (vm == null || obj == null) {
            throw new KernelException(Errno.ENOENT, "no vm " + vmId + " or object " + handle);
        }
        obj.pages();
        vm.vm.bindObject(obj, addr, size, 0);
    }

    /** GEM close: remove the handle, then unmap from every VM (the close callback), then put. */
    @MightSleep
    public void gemClose(long handle) {
        ARef<ShmemObject<AsahiObject>> r = objects.remove(handle);
        if (r == null) {
            throw new KernelException(Errno.ENOENT, "no object " + handle);
        }
        r.get().closeCallback(this);
        r.close();
    }

    /** unbind_gem_object: collect the VMs under the XArray lock, drop_mappings after it. */
    @MightSleep
    public void unbindGemObject(GemObject obj) {
        List<FileVm> all = new ArrayList<>();
        try (XArrayGuard<FileVm> g = vms.lock()) {
            for (long i : g.indices()) {
                all.add(g.get(i));
            }
        }
        for (FileVm vm : all) {
            vm.vm.dropMappings(obj);
        }
    }

    /** QUEUE_CREATE: drop the vms lock eagerly, then build the queue (takes alloc). */
    @MightSleep
    public long queueCreate(long vmId, int priority) {
        FileVm vm;
        try (XArrayGuard<FileVm> g = vms.lock()) {
            vm = g.get(vmId);
        }
        if (vm == null) {
            throw new KernelException(Errno.ENOENT, "no vm " + vmId);
        }
        Queue q = kernel.types.Pin.<Queue>box(slot -> new Queue(gpu, vm.vm, vm.ualloc, vm.uallocPriv, priority)).get();
        return queues.alloc(kernel.types.Pin.<QueueHandle>box(slot -> new QueueHandle(q)).get(), 1024);
    }

    @MightSleep
    public void queueDestroy(long queueId) {
        QueueHandle q = queues.remove(queueId);
        if (q == null) {
            throw new KernelException(Errno.ENOENT, "no queue " + queueId);
        }
        try (MutexGuard<Queue> g = q.queue.lock()) {
            g.get().destroy();
        }
    }

    /**
     * SUBMIT: the in-syncobjs' fences and the out-syncobjs are looked up first (each under the
     * syncobj table spinlock, released at once); the queue entry is taken out of the XArray lock,
     * then the queue mutex is held for the submit; the job's fence is installed in the out-syncobjs
     * after the queue mutex is released.
     */
    @MightSleep
    public long submit(SubmitArgs a) {
        List<ARef<DmaFence>> inFences = new ArrayList<>();
        List<ARef<SyncObj>> outs = new ArrayList<>();
        try {
            for (int h : a.inSyncs) {
                try (ARef<SyncObj> s = syncobjs.lookup(h)) {
                    ARef<DmaFence> f = s.get().fence();
                    if (f != null) {
                        inFences.add(f);
                    }
                }
            }
            for (int h : a.outSyncs) {
                outs.add(syncobjs.lookup(h));
            }
            QueueHandle q;
            try (XArrayGuard<QueueHandle> g = queues.lock()) {
                q = g.get(a.queueId);
            }
            if (q == null) {
                throw new KernelException(Errno.ENOENT, "no queue " + a.queueId);
            }
            List<ARef<DmaFence>> deps = new ArrayList<>(inFences);
            inFences.clear(); // the job owns them now
            try (MutexGuard<Queue> g = q.queue.lock()) {
                a.outFence = g.get().submit(a, deps);
            }
            for (ARef<SyncObj> s : outs) {
                s.get().replaceFence(a.outFence.clone());
            }
            return a.outFence.get().seqno();
        } finally {
            for (ARef<DmaFence> f : inFences) {
                f.close();
            }
            for (ARef<SyncObj> s : outs) {
                s.close();
            }
        }
    }

    /** postclose: drop queues (waits for their jobs), objects, then VMs. */
    @MightSleep
    public void close() {
        List<QueueHandle> qs;
        try (XArrayGuard<QueueHandle> g = queues.lock()) {
            qs = g.drain();
        }
        for (QueueHandle q : qs) {
            try (MutexGuard<Queue> g = q.queue.lock()) {
                g.get().destroy();
            }
        }
        List<ARef<ShmemObject<AsahiObject>>> objs;
        try (XArrayGuard<ARef<ShmemObject<AsahiObject>>> g = objects.lock()) {
            objs = g.drain();
        }
        for (ARef<ShmemObject<AsahiObject>> o : objs) {
            unbindGemObject(o.get());
            o.close();
        }
        List<FileVm> vs;
        try (XArrayGuard<FileVm> g = vms.lock()) {
            vs = g.drain();
        }
        for (FileVm vm : vs) {
            vm.close();
        }
    }
}
