package asahi.lockgraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The model's static lock-class graph against the Asahi driver's nesting (asahi-model.md §2.2).
 * The build's DriverCheck pass writes {@code target/lockgraph.json} ({@code lockGraph=} plugin
 * option in this module's pom); this test reads it. {@link #EXPECTED} is the single source of
 * truth for "the model's edges match §2.2": every edge listed there must be in the static graph,
 * every edge of {@link #FORBIDDEN} (orders §2.2 says the driver keeps away from) must not, and the
 * graph has no cycle.
 *
 * <p>Lock classes by their name in the graph (§2.1 numbers in the comments):
 * <pre>
 * L1 GpuManager.alloc       L2 GpuManager.rtkit         L3 GpuManager.rxChannels
 * L4 GpuManager.txChannels  L5 GpuManager.fwctlChannel  L6 GpuManager.pipeVtx/pipeFrag/pipeComp
 * L7 GpuManager.garbageContexts                         L8 UatInner.shared
 * L9 UatInner.handoffFlush  L10 Handoff.ap              L11 VmBinding   L12 VmBo.inner
 * L13/L15 reservation (exec_lock and the single dma_resv: one ww class, reservation_ww_class)
 * L14 GemObject.gpuvaLock   L16 drm_mm                  L17 SlotAllocator.inner
 * L18 WorkQueue.inner/0 (Fragment), /1 (Vertex), /2 (Compute)
 * L19 Buffer.inner          L20 ualloc (and ualloc_priv) L21 File.queue
 * L22 XArray.xa             L23 DmaFence.lock
 * L24 lockdep_classes (the bucket mutex of the caller-location lock classes, kernel.sync.LockClasses)
 * L25 the opaque kernel locks the driver reaches: Entity.lock (drm_sched entity->lock),
 *     Mailbox.chanLock (the mailbox channel lock under RTKit sends), SyncObj.lock and
 *     SyncObjTable.tableLock (drm_syncobj and the file's syncobj_table_lock)
 * </pre>
 *
 * <p>Where the model's classes are coarser or finer than the driver's:
 * <ul>
 *   <li>L17: the driver keys the three slot allocators (UAT slots, EventManager, BufferManager)
 *       with one static key per {@code new} site; in the model the mutex is the one field
 *       {@code SlotAllocator.inner}, which a static analysis sees as one class (the runtime
 *       lockdep splits it by the keys passed in). Every L17 edge below names that class.</li>
 *   <li>L18: the driver has three classes (one {@code new_named} site per pipe type); the model
 *       has one field taken with one nesting subclass per pipe type (mutex_lock_nested), so the
 *       three classes are {@code WorkQueue.inner/0,1,2}. The graph also has a
 *       {@code WorkQueue.inner/-1} node: {@code Job.submit(int subclass)} passes its parameter to
 *       {@code lockNested}, and the analyzer does not bind a subclass parameter to the caller's
 *       constant inside the helper's own body (the {@code @Acquires(subclassParam)} of the
 *       helper is bound, hence the /0,/1,/2 edges). It adds no order.</li>
 *   <li>L13/L15: exec_lock is a drm_exec transaction over reservations, and GpuVmBo's final put
 *       takes a single reservation: lockdep (and the checker) see one class for both. §2.2's
 *       "release the exec lock before the GpuVmBo put" is therefore the absence of
 *       reservation -&gt; reservation, which the build checks as RecursiveLock (zero findings).</li>
 *   <li>L6: {@code GpuManager.runJob} picks the pipe by the queue's type at run time, so
 *       statically every WQ class reaches every pipe class; the edges below are the driver's.</li>
 * </ul>
 *
 * <p>§2.2 edges that are not in the list, and why:
 * <ul>
 *   <li>L24: §2.2 lists no edge into the bucket lock; the model has the one the driver's code
 *       implies: Queue::new runs under {@code gpu.alloc()} and its work queues' {@code new_named}
 *       mutexes look their class up there (L1 -&gt; L24).</li>
 *   <li>L25: of the opaque kernel locks, the model has the drm_sched entity lock (so §2.2's
 *       "Queue::submit (L21) -&gt; drm_sched entity push" is an edge), the mailbox channel lock
 *       taken by every RTKit send (under rtkit, L2 -&gt; L25), and the syncobj locks, which SUBMIT
 *       takes before the queue mutex and after it, never under it. drm_file's GEM table_lock is
 *       in the kernel model but the asahi file keeps its objects in its own XArray; the SRCU of
 *       drm_dev_enter is not modelled as a lock.</li>
 *   <li>"Uat::bind: VmBinding -&gt; Uat SlotAllocator -&gt; uat_shared -&gt; Handoff": the slot
 *       allocator's mutex is released before uat_shared is taken (get_inner returns the guard),
 *       so the edges are L11 -&gt; L17, L11 -&gt; L8, L8 -&gt; L10, not L17 -&gt; L8.</li>
 *   <li>"crashed -&gt; fail_all -&gt; L17 (collect owners, release) -&gt; L18": taken one after the
 *       other with nothing held, so no edge.</li>
 *   <li>"bind_object: VmBo.inner (released) -&gt; exec_lock": sequential, so no L12 -&gt; L13
 *       edge (the one the list has is L13 -&gt; L12, from step_map).</li>
 * </ul>
 */
class StaticLockGraphTest {

    /** One edge "A -&gt; B" (B taken while A is held) and where §2.2 has it. */
    record Edge(String from, String to, String why) {
        @Override
        public String toString() {
            return from + " -> " + to + "  (" + why + ")";
        }
    }

    private static Edge e(String from, String to, String why) {
        return new Edge(from, to, why);
    }

    static final List<Edge> EXPECTED = List.of(
            // gpu.rs run_job: WQ.inner (held by the JobSubmission) -> pipe -> rtkit
            e("WorkQueue.inner/0", "GpuManager.pipeFrag", "L18->L6 run_job (fragment)"),
            e("WorkQueue.inner/1", "GpuManager.pipeVtx", "L18->L6 run_job (vertex)"),
            e("WorkQueue.inner/2", "GpuManager.pipeComp", "L18->L6 run_job (compute)"),
            e("GpuManager.pipeVtx", "GpuManager.rtkit", "L6->L2 run_job kick"),
            e("GpuManager.pipeFrag", "GpuManager.rtkit", "L6->L2 run_job kick"),
            e("GpuManager.pipeComp", "GpuManager.rtkit", "L6->L2 run_job kick"),
            // queue/mod.rs QueueJob::run: WQ(Fragment) -> WQ(Vertex) -> WQ(Compute) held at once
            e("WorkQueue.inner/0", "WorkQueue.inner/1", "L18 Fragment->Vertex QueueJob::run"),
            e("WorkQueue.inner/1", "WorkQueue.inner/2", "L18 Vertex->Compute QueueJob::run"),
            e("WorkQueue.inner/0", "WorkQueue.inner/2", "L18 Fragment->Compute QueueJob::run"),
            // invalidate_context / alloc() / flush_fw_cache / fwctl
            e("GpuManager.alloc", "GpuManager.txChannels", "L1->L4 invalidate_context"),
            e("GpuManager.alloc", "GpuManager.rtkit", "L1->L2 invalidate_context, flush_fw_cache"),
            e("GpuManager.txChannels", "GpuManager.rtkit", "L4->L2 flush_fw_cache, ack_grow"),
            e("GpuManager.fwctlChannel", "GpuManager.rtkit", "L5->L2 fwctl"),
            // recv_message (RTKit worker): rx_channels -> ...
            e("GpuManager.rxChannels", "SlotAllocator.inner", "L3->L17 EventManager::signal"),
            e("GpuManager.rxChannels", "WorkQueue.inner/0", "L3->L18 WorkQueue::signal"),
            e("WorkQueue.inner/0", "DmaFence.lock", "L18->L23 completion -> dma_fence_signal"),
            e("GpuManager.rxChannels", "DmaFence.lock", "L3->L23 completion -> dma_fence_signal"),
            e("GpuManager.rxChannels", "GpuManager.txChannels", "L3->L4 channel error, ack_grow"),
            e("GpuManager.rxChannels", "GpuManager.rtkit", "L3->L2 channel error, ack_grow"),
            e("GpuManager.rxChannels", "Buffer.inner", "L3->L19 GrowTVB sync_grow"),
            e("GpuManager.rxChannels", "ualloc", "L3->L20 GrowTVB"),
            e("GpuManager.rxChannels", "drm_mm", "L3->L16 GrowTVB"),
            // mmu.rs Uat::bind, VmBind::drop, VmInner::drop, Uat::new
            e("VmBinding", "SlotAllocator.inner", "L11->L17 Uat::bind, VmBind::drop"),
            e("VmBinding", "UatInner.shared", "L11->L8 Uat::bind, VmInner::drop"),
            e("VmBinding", "Handoff.ap", "L11->L10 Uat::bind, VmInner::drop"),
            e("UatInner.shared", "Handoff.ap", "L8->L10 Uat::new, remap_uncached_and_flush"),
            // KernelMapping::drop / remap_uncached_and_flush
            e("reservation", "VmBinding", "L13->L11 owner.slot(), final TLBI"),
            e("reservation", "UatInner.shared", "L13->L8 remap_uncached_and_flush"),
            e("reservation", "Handoff.ap", "L13->L10 remap_uncached_and_flush"),
            e("reservation", "UatInner.handoffFlush", "L13->L9 remap_uncached_and_flush"),
            e("UatInner.handoffFlush", "GpuManager.fwctlChannel", "L9->L5 gpu.fwctl"),
            e("UatInner.handoffFlush", "GpuManager.rtkit", "L9->L2 gpu.fwctl"),
            e("reservation", "GpuManager.fwctlChannel", "L13->L5 gpu.fwctl under exec_lock"),
            e("reservation", "GpuManager.rtkit", "L13->L2 gpu.fwctl under exec_lock"),
            // map_in_range / map_at / bind_object / step_*
            e("reservation", "GemObject.gpuvaLock", "L13->L14 obtain_bo, map_and_link_va"),
            e("reservation", "VmBo.inner", "L13->L12 step_map"),
            e("reservation", "drm_mm", "L13->L16 map_in_range"),
            // workqueue
            e("WorkQueue.inner/0", "SlotAllocator.inner", "L18->L17 new_job, Job::drop, signal"),
            // buffer.rs / alloc.rs
            e("Buffer.inner", "ualloc", "L19->L20 new_scene, ensure_blocks"),
            e("ualloc", "drm_mm", "L20->L16 new_scene, ensure_blocks"),
            e("Buffer.inner", "SlotAllocator.inner", "L19->L17 new_scene, Scene::drop"),
            e("Buffer.inner", "drm_mm", "L19->L16 ensure_blocks"),
            e("ualloc", "reservation", "L20->L13 add_block -> map_at"),
            e("Buffer.inner", "reservation", "L19->L13 ensure_blocks -> add_block"),
            // queue submit_render
            e("GpuManager.alloc", "Buffer.inner", "L1->L19 submit_render"),
            e("GpuManager.alloc", "drm_mm", "L1->L16 kernel allocators"),
            e("GpuManager.alloc", "reservation", "L1->L13 kernel heap grows"),
            // Queue::submit with the file's queue mutex held
            e("File.queue", "WorkQueue.inner/0", "L21->L18 new_job"),
            e("File.queue", "VmBinding", "L21->L11 bind_vm"),
            e("File.queue", "SlotAllocator.inner", "L21->L17 bind_vm"),
            e("File.queue", "UatInner.shared", "L21->L8 bind_vm"),
            e("File.queue", "Handoff.ap", "L21->L10 bind_vm"),
            e("File.queue", "GpuManager.alloc", "L21->L1 gpu.alloc()"),
            // L24: Queue::new holds alloc while its work queues' mutexes get their caller classes
            e("GpuManager.alloc", "lockdep_classes", "L1->L24 Queue::new -> WorkQueue::new -> new_named"),
            // L25: drm_sched entity push under the queue mutex; RTKit sends under rtkit
            e("File.queue", "Entity.lock", "L21->L25 Queue::submit -> drm_sched entity push"),
            e("GpuManager.rtkit", "Mailbox.chanLock", "L2->L25 send_message -> mailbox channel lock"));

    /** Orders §2.2 says the driver avoids on purpose (each would be a bug). */
    static final List<Edge> FORBIDDEN = List.of(
            e("SlotAllocator.inner", "WorkQueue.inner", "EventManager clones the owner, releases L17, then calls the WQ"),
            e("drm_mm", "reservation", "add_block: the mm lock is not held while map_at runs"),
            e("drm_mm", "drm_mm", "HeapAllocation::drop, collect_garbage: nodes dropped after the mm lock"),
            e("reservation", "reservation", "drop_mappings: exec_lock released before the GpuVmBo put"),
            e("Buffer.inner", "Buffer.inner", "new_scene: no re-entrant Buffer.inner"),
            e("XArray.xa", "*", "file.rs: nothing is taken under the xa_lock (clone, drop the guard, then sleep)"),
            e("VmBo.inner", "reservation", "bind_object: VmBo.inner released before exec_lock"),
            e("lockdep_classes", "*", "the lock-class table's bucket lock is a leaf"),
            e("Mailbox.chanLock", "*", "only the message is queued under the channel lock"),
            e("Entity.lock", "*", "push only checks and links the entity under entity->lock"),
            e("File.queue", "SyncObjTable.tableLock", "SUBMIT looks syncobjs up before taking the queue mutex"),
            e("File.queue", "SyncObj.lock", "SUBMIT installs out-fences after releasing the queue mutex"),
            e("SyncObjTable.tableLock", "*", "syncobj references are put after the table lock"));

    private static Graph graph;

    @BeforeAll
    static void read() throws IOException {
        Path file = Path.of(System.getProperty("basedir", "."), "target", "lockgraph.json");
        assertTrue(Files.isRegularFile(file), file + " is missing: the build's DriverCheck pass writes it (lockGraph=)");
        graph = Graph.parse(Files.readString(file));
    }

    @Test
    void everyNestingOfSection22IsAStaticEdge() {
        List<String> missing = new ArrayList<>();
        for (Edge x : EXPECTED) {
            if (!graph.has(x.from(), x.to())) {
                missing.add(x.toString());
            }
        }
        if (!missing.isEmpty()) {
            fail(missing.size() + " of " + EXPECTED.size() + " §2.2 edges are missing from the static lock graph:\n  "
                    + String.join("\n  ", missing) + "\nedges present:\n  " + String.join("\n  ", graph.edgeNames()));
        }
    }

    @Test
    void noOrderSection22RulesOutIsAStaticEdge() {
        List<String> present = new ArrayList<>();
        for (Edge x : FORBIDDEN) {
            if (graph.has(x.from(), x.to())) {
                present.add(x.toString());
            }
        }
        assertEquals(List.of(), present, "edges the driver avoids are in the static lock graph");
    }

    @Test
    void theStaticLockGraphHasNoCycle() {
        assertEquals(0, graph.cycles, "cycles in the static lock graph");
    }

    @Test
    void everyLockClassOfSection21IsANode() {
        Set<String> missing = new TreeSet<>();
        for (String n : List.of("GpuManager.alloc", "GpuManager.rtkit", "GpuManager.rxChannels", "GpuManager.txChannels",
                "GpuManager.fwctlChannel", "GpuManager.pipeVtx", "GpuManager.pipeFrag", "GpuManager.pipeComp",
                "GpuManager.garbageContexts", "UatInner.shared", "UatInner.handoffFlush", "Handoff.ap", "VmBinding",
                "VmBo.inner", "reservation", "GemObject.gpuvaLock", "drm_mm", "SlotAllocator.inner", "WorkQueue.inner/0",
                "WorkQueue.inner/1", "WorkQueue.inner/2", "Buffer.inner", "ualloc", "File.queue", "XArray.xa",
                "DmaFence.lock", "lockdep_classes", "Entity.lock", "Mailbox.chanLock", "SyncObj.lock",
                "SyncObjTable.tableLock")) {
            if (!graph.hasNode(n)) {
                missing.add(n);
            }
        }
        assertEquals(Set.of(), missing, "lock classes of §2.1 missing from the static graph; nodes: " + graph.nodeNames());
    }

    /** The parts of the lockGraph JSON (version 1) the test needs. */
    static final class Graph {
        final List<String> names = new ArrayList<>(); // by id: "name" or "name/subclass"
        final List<String> plain = new ArrayList<>(); // by id: "name"
        final List<int[]> edges = new ArrayList<>();
        int cycles;

        static Graph parse(String json) {
            Map<?, ?> root = (Map<?, ?>) new Json(json).value();
            assertEquals(1L, root.get("version"), "lockGraph JSON version");
            Graph g = new Graph();
            for (Object o : (List<?>) root.get("nodes")) {
                Map<?, ?> n = (Map<?, ?>) o;
                assertEquals((long) g.names.size(), n.get("id"), "node ids in order");
                g.plain.add((String) n.get("name"));
                g.names.add(n.get("name") + "/" + n.get("subclass"));
            }
            for (Object o : (List<?>) root.get("edges")) {
                Map<?, ?> x = (Map<?, ?>) o;
                g.edges.add(new int[] {((Long) x.get("from")).intValue(), ((Long) x.get("to")).intValue()});
            }
            g.cycles = ((List<?>) root.get("cycles")).size();
            return g;
        }

        /** {@code name} is "Class.field" (any subclass), "Class.field/n" (that subclass) or "*". */
        private boolean matches(int id, String name) {
            return name.equals("*") || (name.contains("/") ? names.get(id).equals(name)
                    : plain.get(id).equals(name));
        }

        boolean has(String from, String to) {
            for (int[] x : edges) {
                if (matches(x[0], from) && matches(x[1], to)) {
                    return true;
                }
            }
            return false;
        }

        boolean hasNode(String name) {
            for (int i = 0; i < names.size(); i++) {
                if (matches(i, name)) {
                    return true;
                }
            }
            return false;
        }

        List<String> nodeNames() {
            return names;
        }

        List<String> edgeNames() {
            List<String> out = new ArrayList<>();
            for (int[] x : edges) {
                out.add(names.get(x[0]) + " -> " + names.get(x[1]));
            }
            return out;
        }
    }

    /** A minimal JSON reader: objects, arrays, strings, integers, true/false/null. */
    static final class Json {
        private final String s;
        private int i;

        Json(String s) {
            this.s = s;
        }

        Object value() {
            ws();
            char c = s.charAt(i);
            if (c == '{') {
                Map<String, Object> m = new LinkedHashMap<>();
                i++;
                ws();
                if (s.charAt(i) == '}') {
                    i++;
                    return m;
                }
                while (true) {
                    ws();
                    String k = string();
                    ws();
                    expect(':');
                    m.put(k, value());
                    ws();
                    if (s.charAt(i++) == '}') {
                        return m;
                    }
                }
            }
            if (c == '[') {
                List<Object> l = new ArrayList<>();
                i++;
                ws();
                if (s.charAt(i) == ']') {
                    i++;
                    return l;
                }
                while (true) {
                    l.add(value());
                    ws();
                    if (s.charAt(i++) == ']') {
                        return l;
                    }
                }
            }
            if (c == '"') {
                return string();
            }
            if (s.startsWith("true", i)) {
                i += 4;
                return Boolean.TRUE;
            }
            if (s.startsWith("false", i)) {
                i += 5;
                return Boolean.FALSE;
            }
            if (s.startsWith("null", i)) {
                i += 4;
                return null;
            }
            int start = i;
            while (i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '-')) {
                i++;
            }
            return Long.parseLong(s.substring(start, i));
        }

        private String string() {
            expect('"');
            StringBuilder sb = new StringBuilder();
            while (true) {
                char c = s.charAt(i++);
                if (c == '"') {
                    return sb.toString();
                }
                if (c == '\\') {
                    char n = s.charAt(i++);
                    switch (n) {
                        case 'n' -> sb.append('\n');
                        case 't' -> sb.append('\t');
                        case 'r' -> sb.append('\r');
                        case 'u' -> {
                            sb.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                            i += 4;
                        }
                        default -> sb.append(n);
                    }
                } else {
                    sb.append(c);
                }
            }
        }

        private void expect(char c) {
            if (s.charAt(i) != c) {
                throw new IllegalArgumentException("expected '" + c + "' at " + i);
            }
            i++;
        }

        private void ws() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
        }
    }
}
