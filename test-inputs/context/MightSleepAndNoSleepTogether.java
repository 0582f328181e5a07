// Positive (AnnotationMisuse): @MightSleep and @NoSleep on one method contradict each other;
// reported once at the annotations, and not also as NoSleepViolated.
package inputs.context.mightsleepandnosleeptogether;

import dev.drivercheck.annotations.MightSleep;
import dev.drivercheck.annotations.NoSleep;

final class Confused {
    private int flushed;

    // :: error: [AnnotationMisuse]
    @MightSleep @NoSleep
    void flush() {
        flushed++;
    }
}
