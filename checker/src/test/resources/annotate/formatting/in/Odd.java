/*
 * License header: kept as it is.
 */
package demo.odd;

import java.util.ArrayList;
import java.util.List;
import static dev.drivercheck.annotations.LockKind.MUTEX;

// A class whose formatting is not what a formatter would write.
public class Odd implements Runnable {
    @dev.drivercheck.annotations.MightSleep static void sleep() {}


    private final List<String> log = new ArrayList<>();   // trailing comment

    @Override public void run() { sleep(); }

    /**
     * Javadoc stays above.
     */
    @SuppressWarnings("unused")
	@Deprecated
    protected
    void   tabbed( int a,
                   String b ) {
        // inside
        sleep(); /* block */ log.add(b);
    }

    int  untouched( ) { return log.size(); }   // also kept

    Object kind() { return MUTEX; }
}
