package kernel.debug;

import java.net.URL;
import java.security.CodeSource;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Finds the frames that matter for a report: where a lock was taken (the first frame outside the
 * lock implementations), and whose code hit a problem (the first frame outside the kernel model).
 * Classes are told apart by where they were loaded from, so tests that live in the model's
 * packages still count as callers.
 */
public final class CallSite {
    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);
    private static final URL MODEL = location(CallSite.class);

    /** Whether a class belongs to the kernel model itself (this jar or classes directory). */
    private static final ClassValue<Boolean> IN_MODEL = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return MODEL != null && Objects.equals(MODEL, location(type));
        }
    };

    private CallSite() {}

    /** The first caller outside the locking and debugging plumbing: "Driver.submit(Driver.java:88)". */
    public static String describe() {
        return first(f -> !isPlumbing(f.getDeclaringClass()));
    }

    /**
     * The first {@code depth} frames outside the locking and debugging plumbing, innermost first:
     * the short call trace lockdep keeps with each dependency it records. Reflection frames are
     * skipped and the trace ends where a test framework calls in.
     */
    public static List<String> trace(int depth) {
        return WALKER.walk(s -> s.filter(f -> !isPlumbing(f.getDeclaringClass()) && !isReflection(f.getClassName()))
                .takeWhile(f -> !f.getClassName().startsWith("org.junit."))
                .limit(depth)
                .map(f -> format(f.toStackTraceElement())).collect(Collectors.toList()));
    }

    private static boolean isReflection(String className) {
        return className.startsWith("jdk.internal.reflect.") || className.startsWith("java.lang.reflect.");
    }

    /** The first caller outside the whole kernel model: the driver (or test) code responsible. */
    public static String describeUser() {
        return first(f -> !IN_MODEL.get(f.getDeclaringClass()));
    }

    /**
     * The "File.java:42" part of a site from {@link #describe()} ("Vm.init(Vm.java:42)"), or the
     * site itself when it has no such part.
     */
    public static String fileLine(String site) {
        int open = site.lastIndexOf('(');
        int close = site.lastIndexOf(')');
        return open >= 0 && close > open + 1 ? site.substring(open + 1, close) : site;
    }

    private static String first(Predicate<StackWalker.StackFrame> wanted) {
        Optional<StackWalker.StackFrame> frame = WALKER.walk(s -> s.filter(wanted).findFirst());
        return frame.map(f -> format(f.toStackTraceElement())).orElse("<unknown>");
    }

    private static boolean isPlumbing(Class<?> type) {
        String pkg = type.getPackageName();
        return IN_MODEL.get(type) && (pkg.equals("kernel.debug") || pkg.equals("kernel.sync"));
    }

    private static URL location(Class<?> type) {
        CodeSource cs = type.getProtectionDomain().getCodeSource();
        return cs == null ? null : cs.getLocation();
    }

    static String format(StackTraceElement e) {
        String cls = e.getClassName();
        String simple = cls.substring(cls.lastIndexOf('.') + 1);
        return simple + "." + e.getMethodName() + "(" + e.getFileName() + ":" + e.getLineNumber() + ")";
    }
}
