/**
 * The DriverCheck annotation vocabulary: what driver code tells the analyzer about execution
 * contexts, locks, ww_mutex operations, reference counts, device lifetimes and pinning.
 *
 * <p>The analyzer knows no class of the kernel model by name: everything it knows about a lock, a
 * context, a lifetime or a refcount comes from these annotations. Most of them go on the kernel
 * model (the Java counterparts of {@code struct mutex}, {@code spinlock_t}, {@code Arc},
 * {@code Devres}, ...); driver code mostly needs {@link AtomicContext @AtomicContext},
 * {@link Holds @Holds}, {@link LockClass @LockClass}, the lifetime entry points and, rarely,
 * {@link MightSleep @MightSleep}, which is otherwise inferred. The annotations have no runtime
 * behavior; those a runtime lockdep reads reflectively are retained at run time.
 *
 * <table class="striped">
 * <caption>Annotation groups</caption>
 * <thead>
 * <tr><th scope="col">Group</th><th scope="col">Annotations</th>
 *     <th scope="col">Kernel counterpart</th><th scope="col">Rules</th></tr>
 * </thead>
 * <tbody>
 * <tr><th scope="row">Execution context</th>
 *     <td>{@link MightSleep}, {@link NoSleep}, {@link AtomicContext} with {@link Context},
 *         {@link RunsIn}, {@link CalledInPlace}</td>
 *     <td>{@code might_sleep()}, IRQ handlers, timers, {@code queue_work()}</td>
 *     <td>{@code SleepInAtomic}, {@code DropInAtomic}, {@code NoSleepViolated}</td></tr>
 * <tr><th scope="row">Locks</th>
 *     <td>{@link LockType} with {@link LockKind}, {@link Acquires}, {@link TryAcquires},
 *         {@link Releases}, {@link LockGuard}, {@link Holds}, {@link Excludes},
 *         {@link LockClass}, {@link LockClassKey}, {@link AcquiredBefore},
 *         {@link AcquiredAfter}</td>
 *     <td>lockdep, {@code __acquires}/{@code __releases}, {@code lockdep_assert_held()},
 *         {@code lock_class_key}</td>
 *     <td>{@code LockOrderInversion}, {@code RecursiveLock}, {@code IrqUnsafeLock},
 *         {@code LockLeak}, {@code UnlockNotHeld}, {@code LockNotHeld},
 *         {@code LockClassKeyNotStatic}</td></tr>
 * <tr><th scope="row">ww_mutex</th>
 *     <td>{@link WwOp} with {@link WwOp.Kind}, {@link WwContext}, {@link WwClass}</td>
 *     <td>{@code ww_mutex_lock()}, {@code ww_acquire_ctx}, {@code DEFINE_WW_CLASS()}</td>
 *     <td>{@code WwMissingContext}, {@code WwDeadlockIgnored}, {@code WwBackoffViolation},
 *         {@code WwContextMisuse}</td></tr>
 * <tr><th scope="row">Refcounting</th>
 *     <td>{@link Refcounted}, {@link IncRef}, {@link DecRef}, {@link Destructor},
 *         {@link Owned}, {@link Borrowed}</td>
 *     <td>{@code kref}, {@code Arc}/{@code ARef}, {@code Drop}</td>
 *     <td>{@code RefLeak}, {@code RefDoubleRelease}, {@code RefUseAfterRelease},
 *         {@code BorrowEscape}, {@code DropInAtomic}</td></tr>
 * <tr><th scope="row">Lifetimes</th>
 *     <td>{@link DevmScoped}, {@link DrmmScoped}, {@link Revocable}, {@link BoundContext},
 *         {@link RequiresBound}, {@link EntersBound}, {@link RemoveCallback}, {@link Unplug},
 *         {@link AfterUnbind}</td>
 *     <td>{@code devm_*}, {@code drmm_*}, {@code Devres}, {@code drm_dev_enter()},
 *         {@code drm_dev_unplug()}</td>
 *     <td>{@code DevmEscape}, {@code DrmmEscape}, {@code UnboundAccess},
 *         {@code UnplugNotFirst}</td></tr>
 * <tr><th scope="row">Pinning</th>
 *     <td>{@link Pinned}, {@link Pin}, {@link PinInit}, {@link Moves},
 *         {@link RequiresPinned}</td>
 *     <td>{@code !Unpin}, {@code #[pin]}, {@code pin_init!()}</td>
 *     <td>{@code PinnedMove}, {@code PinnedNotInPlace}, {@code PinnedStructural},
 *         {@code RequiresPinned}</td></tr>
 * <tr><th scope="row">Suppression</th>
 *     <td>{@code @SuppressWarnings("RuleName")}, {@code @SuppressWarnings("drivercheck")}</td>
 *     <td>(Java's own mechanism, as in Error Prone)</td>
 *     <td>any rule; {@code "drivercheck"} silences all of them</td></tr>
 * </tbody>
 * </table>
 *
 * <p>Every annotation that the analyzer cannot honor (a lock expression that names nothing,
 * contradictory {@code @MightSleep @NoSleep}, {@code @WwOp(LOCK)} without an {@code int} return,
 * ...) is reported as {@code AnnotationMisuse} at the annotation.
 *
 * <h2>Lock expressions</h2>
 *
 * <p>The {@code String} elements of {@link Acquires}, {@link TryAcquires}, {@link Releases},
 * {@link Holds} and {@link Excludes} name locks relative to the annotated method's receiver:
 * {@code "this"} (the receiver itself), a field name ({@code "inner"}), a dotted path
 * ({@code "vm.binding"}), {@code "#0"}, {@code "#1"} ... for the method's parameters, and paths
 * from them ({@code "#0.resv"}).
 *
 * <h2>Lock class names</h2>
 *
 * <p>A lock class (a node of the lock graph, as in lockdep) is named, in
 * {@link AcquiredBefore @AcquiredBefore} / {@link AcquiredAfter @AcquiredAfter} and in messages,
 * by a {@link LockClass @LockClass} name, a field name of the same class,
 * {@code SimpleClassName.field}, or the fully qualified {@code pkg.Class.field}. Messages show
 * {@code SimpleClassName.field}.
 *
 * <h2>Lifetimes</h2>
 *
 * <p>Longest first: static, unscoped (refcounted or garbage-collected: the default),
 * {@link DrmmScoped @DrmmScoped}, {@link DevmScoped @DevmScoped}, borrowed (the current call). A
 * value may flow only into places whose owner lives no longer than the value.
 *
 * <h2>Suppression</h2>
 *
 * <p>{@code @SuppressWarnings("RuleName")} on a declaration silences that rule there;
 * {@code @SuppressWarnings("drivercheck")} silences every rule. An option makes the analyzer
 * report a suppression that silences nothing.
 *
 * <pre>{@code
 * @SuppressWarnings("SleepInAtomic")   // firmware handshake: audited, bounded wait
 * void handshake() { ... }
 * }</pre>
 */
package dev.drivercheck.annotations;
