// Positive (RecursiveLock): asahi model, section 6 item 9 (buffer.rs Buffer::new_scene): new_scene
// holds Buffer.inner while it builds the Scene, then asks the new scene for its slot, and the scene
// reads it through its back-pointer to the same buffer (Scene.buffer -> Buffer.inner): the buffer's
// own mutex is taken again. Reported at the call made under the lock.
package inputs.asahibugs.bufferinnerretakenthroughscenebackpointer;

import dev.drivercheck.annotations.Pin;
import dev.drivercheck.annotations.Pinned;
import kernel.sync.Mutex;
import kernel.sync.MutexGuard;

final class BufferInner {
    int activeSlot = -1;
    int activeScenes;
    long lastToken;
}

/** A render pass's use of a buffer: holds a strong reference back to it. */
final class Scene {
    final Buffer buffer;
    int slot = -1;

    Scene(Buffer buffer) {
        this.buffer = buffer;
    }

    /** The buffer's TVB slot, read through the back-pointer. */
    int bufferSlot() {
        try (MutexGuard<BufferInner> g = buffer.inner.lock()) {
            return g.get().activeSlot;
        }
    }
}

@Pinned
final class Buffer {
    @Pin final Mutex<BufferInner> inner = new Mutex<>(new BufferInner(), "Buffer.inner");

    Scene newScene(int freeSlot) {
        try (MutexGuard<BufferInner> g = inner.lock()) {
            BufferInner in = g.get();
            if (in.activeSlot < 0) {
                in.activeSlot = freeSlot;
            }
            in.activeScenes++;
            Scene scene = new Scene(this);
            // :: error: [RecursiveLock]
            scene.slot = scene.bufferSlot();
            return scene;
        }
    }
}
