package dev.drivercheck.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates synthetic driver code over the kernel model ({@code kernel.sync}, {@code kernel.types},
 * {@code kernel.delay}, {@code kernel.workqueue}, {@code kernel.irq}).
 *
 * <p>A project is a number of modules (packages {@code gen.mN}), each a small driver:
 *
 * <ul>
 *   <li>{@code callDepth} layers of {@code classesPerLayer} classes ({@code LdCj}); each has a
 *       {@code Mutex} {@code mu}, a {@code SpinLock} {@code sp}, a {@code Mutex} {@code keyed}
 *       made with a {@code static final LockClassKey}, a {@code CondVar}, two {@code Arc}s, and
 *       references to classes of the next layer (concrete, and through the next layer's
 *       {@code AOpsN}/{@code SOpsN} interfaces: virtual calls);
 *   <li>methods {@code aN} are atomic-safe: they take only spinlocks, busy-wait with
 *       {@code udelay}, call only atomic-safe methods and drop only {@code Arc<AtomicRes>} (whose
 *       destructor does not sleep), and defer sleeping work to the system workqueue (lambda);
 *   <li>methods {@code sN} may sleep: mutexes, {@code msleep}, {@code CondVar.waitTimeout},
 *       dropping {@code Arc<SleepyRes>} (whose {@code Drop.drop()} sleeps), {@code withLock}
 *       lambdas run in place, and any call into the next layer;
 *   <li>an {@code IrqHandler} that takes only the module's {@code IrqStat.ring}, which everyone
 *       else takes with {@code lockIrqsave()}; {@code Driver.probe()} registers it and calls the
 *       first layer.
 * </ul>
 *
 * <p>Locks are taken layer by layer downwards and never the other way, a spinlock holder calls
 * only atomic-safe code, {@code @Holds} helpers ({@code assertHeld}) are called only under their
 * lock: the clean project has no finding. Planted bugs ({@link PlantedBugs}) go into packages of
 * their own ({@code gen.bugs.*}) with a marker on the line before each expected report.
 */
final class DriverGenerator {
  private final GenConfig cfg;
  private final Random rng;
  private int lambdaCount;

  private DriverGenerator(GenConfig cfg) {
    this.cfg = cfg;
    this.rng = new Random(cfg.seed());
  }

  /** The project for {@code cfg}: clean modules up to the target size, then the planted bugs. */
  static Project generate(String name, GenConfig cfg) {
    Project p = new Project(name);
    DriverGenerator g = new DriverGenerator(cfg);
    int module = 0;
    do {
      g.module(p, module++);
    } while (p.lineCount() < cfg.targetLines());
    if (cfg.bugsPerRule() > 0) {
      PlantedBugs.plant(p, new Random(cfg.seed() * 31 + 17), cfg.bugsPerRule());
    }
    PinInPlace.apply(p);
    return p;
  }

  private static final String[] IMPORTS = {
    "kernel.delay.Delay",
    "kernel.sync.CondVar",
    "kernel.sync.LockClassKey",
    "kernel.sync.Mutex",
    "kernel.sync.MutexGuard",
    "kernel.sync.SpinLock",
    "kernel.sync.SpinLockGuard",
    "kernel.types.Arc",
    "kernel.workqueue.Workqueue",
  };

  private void module(Project p, int m) {
    String pkg = "gen.m" + m;
    String dir = "gen/m" + m + "/";
    int depth = cfg.callDepth();
    int k = cfg.classesPerLayer();

    // Resources whose destructors do or do not sleep.
    SourceFile f = header(p, dir + "SleepyRes.java", pkg, "kernel.delay.Delay", "kernel.types.Drop");
    f.line("/** Its destructor sleeps: an Arc of it must not be dropped in atomic context. */");
    f.line("public final class SleepyRes implements Drop {");
    f.line("private int value;").blank();
    f.line("public int value() {").line("return value++;").line("}").blank();
    f.line("@Override").line("public void drop() {").line("Delay.msleep(1);").line("}");
    f.line("}");

    f = header(p, dir + "AtomicRes.java", pkg, "kernel.delay.Delay", "kernel.types.Drop");
    f.line("/** Its destructor only busy-waits: dropping it under a spinlock is fine. */");
    f.line("public final class AtomicRes implements Drop {");
    f.line("private int value;").blank();
    f.line("public int value() {").line("return value++;").line("}").blank();
    f.line("@Override").line("public void drop() {").line("Delay.udelay(1);").line("}");
    f.line("}");

    // The IRQ-safe leaf lock: plain lock() only in the handler, lockIrqsave() everywhere else.
    f = header(p, dir + "IrqStat.java", pkg, "kernel.sync.SpinLock", "kernel.sync.SpinLockGuard");
    f.line("/** Counters shared with the interrupt handler. */");
    f.line("public final class IrqStat {");
    f.line("private final SpinLock<int[]> ring = new SpinLock<>(new int[8]);").blank();
    f.line("/** Hard-IRQ context only: interrupts are already off. */");
    f.line("void bump(int irq) {");
    f.line("try (SpinLockGuard<int[]> g = ring.lock()) {");
    f.line("g.get()[irq & 7]++;").line("}").line("}").blank();
    f.line("public int read() {");
    f.line("try (SpinLockGuard<int[]> g = ring.lockIrqsave()) {");
    f.line("return g.get()[0] + g.get()[1];").line("}").line("}");
    f.line("}");

    f = header(p, dir + "ModIrq.java", pkg, "kernel.delay.Delay", "kernel.irq.IrqHandler",
        "kernel.irq.IrqReturn");
    f.line("/** The module's interrupt handler (hard-IRQ context). */");
    f.line("final class ModIrq implements IrqHandler {");
    f.line("private final IrqStat stat;").blank();
    f.line("ModIrq(IrqStat stat) {").line("this.stat = stat;").line("}").blank();
    f.line("@Override").line("public IrqReturn handle() {");
    f.line("stat.bump(" + m + ");").line("Delay.udelay(1);").line("return IrqReturn.HANDLED;");
    f.line("}").line("}");

    for (int d = 1; d < depth; d++) {
      f = header(p, dir + "AOps" + d + ".java", pkg, "dev.drivercheck.annotations.NoSleep");
      f.line("/** Layer-" + d + " operations callable in atomic context. */");
      f.line("public interface AOps" + d + " {");
      f.line("@NoSleep").line("int op(int x);").line("}");
      f = header(p, dir + "SOps" + d + ".java", pkg);
      f.line("/** Layer-" + d + " operations that may sleep. */");
      f.line("public interface SOps" + d + " {");
      f.line("int op(int x);").line("}");
    }

    for (int d = 0; d < depth; d++) {
      for (int j = 0; j < k; j++) {
        layerClass(p, pkg, dir, m, d, j);
      }
    }

    // The root: probe() registers the handler (a class and a lambda) and runs the first layer.
    f = header(p, dir + "Driver.java", pkg, "kernel.irq.Irq", "kernel.irq.IrqRegistration",
        "kernel.irq.IrqReturn");
    f.line("/** Module " + m + ": probe and remove. */");
    f.line("public final class Driver {");
    f.line("private final IrqStat stat = new IrqStat();");
    for (int j = 0; j < k; j++) {
      f.line("private final L0C" + j + " c" + j + " = new L0C" + j + "(stat);");
    }
    f.line("private IrqRegistration reg;");
    f.line("private IrqRegistration aux;").blank();
    f.line("public int probe() {");
    f.line("reg = Irq.request(" + (32 + m % 200) + ", \"gen.m" + m + "\", new ModIrq(stat));");
    f.line("aux = Irq.request(" + (33 + m % 200) + ", \"gen.m" + m + ".aux\", () -> {");
    f.line("stat.bump(1);").line("return IrqReturn.HANDLED;").line("});");
    f.line("int v = 0;");
    for (int j = 0; j < k; j++) {
      for (int i = 0; i < atomicCount(); i++) {
        f.line("v += c" + j + ".a" + i + "(v);");
      }
      for (int i = 0; i < sleepyCount(); i++) {
        f.line("v += c" + j + ".s" + i + "(v);");
      }
    }
    f.line("return v + stat.read();").line("}").blank();
    f.line("public void remove() {");
    f.line("if (aux != null) {").line("aux.close();").line("}");
    f.line("if (reg != null) {").line("reg.close();").line("}");
    f.line("}").line("}");
  }

  private int atomicCount() {
    return (cfg.methodsPerClass() + 1) / 2;
  }

  private int sleepyCount() {
    return cfg.methodsPerClass() / 2;
  }

  private static SourceFile header(Project p, String path, String pkg, String... imports) {
    SourceFile f = p.file(path);
    f.line("// Generated by DriverCheck's benchmark generator. Do not edit.");
    f.line("package " + pkg + ";").blank();
    for (String i : imports) {
      f.line("import " + i + ";");
    }
    if (imports.length > 0) {
      f.blank();
    }
    return f;
  }

  /** One layer class: its locks, its links to the next layer, its atomic and sleepy methods. */
  private void layerClass(Project p, String pkg, String dir, int m, int d, int j) {
    String name = "L" + d + "C" + j;
    boolean leaf = d == cfg.callDepth() - 1;
    int k = cfg.classesPerLayer();
    SourceFile f = header(p, dir + name + ".java", pkg, IMPORTS);
    String impl = d == 0 ? "" : (j % 2 == 0 ? " implements AOps" + d : " implements SOps" + d);
    f.line("/** Module " + m + ", layer " + d + ", class " + j + ". */");
    f.line("public final class " + name + impl + " {");
    f.line("private static final LockClassKey KEY = new LockClassKey(\"" + pkg + "." + name
        + ".keyed\");");
    f.line("private final Mutex<int[]> mu = new Mutex<>(new int[4]);");
    f.line("private final SpinLock<int[]> sp = new SpinLock<>(new int[4]);");
    f.line("private final Mutex<int[]> keyed = new Mutex<>(new int[2], \"keyed\", KEY);");
    f.line("private final CondVar cv = new CondVar();");
    f.line("private final Arc<SleepyRes> sres = Arc.createAtomic(new SleepyRes());");
    f.line("private final Arc<AtomicRes> ares = Arc.createAtomic(new AtomicRes());");
    f.line("private final IrqStat stat;");
    List<String> next = new ArrayList<>();
    String va = null;
    String vs = null;
    if (!leaf) {
      int a = rng.nextInt(k);
      int b = (a + 1 + rng.nextInt(k - 1)) % k;
      next.add("L" + (d + 1) + "C" + a);
      next.add("L" + (d + 1) + "C" + b);
      f.line("private final " + next.get(0) + " n0;");
      f.line("private final " + next.get(1) + " n1;");
      va = "L" + (d + 1) + "C" + (2 * rng.nextInt((k + 1) / 2));
      vs = "L" + (d + 1) + "C" + (1 + 2 * rng.nextInt(k / 2));
      f.line("private final AOps" + (d + 1) + " va;");
      f.line("private final SOps" + (d + 1) + " vs;");
    }
    f.line("private int state;").blank();
    f.line("public " + name + "(IrqStat stat) {");
    f.line("this.stat = stat;");
    if (!leaf) {
      f.line("this.n0 = new " + next.get(0) + "(stat);");
      f.line("this.n1 = new " + next.get(1) + "(stat);");
      f.line("this.va = new " + va + "(stat);");
      f.line("this.vs = new " + vs + "(stat);");
    }
    f.line("}").blank();

    // A lockdep_assert_held() helper: called only with mu held.
    f.line("private void touchLocked(int v) {");
    f.line("mu.assertHeld();").line("state += v;").line("}").blank();

    if (d > 0) {
      f.line("@Override").line("public int op(int x) {");
      f.line(j % 2 == 0 ? "return a0(x) + 1;" : "return s0(x) - 1;").line("}").blank();
    }
    for (int i = 0; i < atomicCount(); i++) {
      atomicMethod(f, i, leaf);
      f.blank();
    }
    for (int i = 0; i < sleepyCount(); i++) {
      sleepyMethod(f, i, leaf);
      if (i + 1 < sleepyCount()) {
        f.blank();
      }
    }
    f.line("}");
  }

  private boolean chance(double p) {
    return rng.nextDouble() < p;
  }

  private String nextAtomic() {
    return "n" + rng.nextInt(2) + ".a" + rng.nextInt(atomicCount());
  }

  private String nextSleepy() {
    return "n" + rng.nextInt(2) + ".s" + rng.nextInt(sleepyCount());
  }

  private String nextAny() {
    return rng.nextBoolean() ? nextAtomic() : nextSleepy();
  }

  /** Control flow that costs javac and the analysis something, and means nothing. */
  private void filler(SourceFile f) {
    int n = 1 + rng.nextInt(3);
    for (int i = 0; i < n; i++) {
      switch (rng.nextInt(5)) {
        case 0 -> f.line("for (int i = 0; i < (x & 3); i++) {").line("v = v * 17 + i;").line("}");
        case 1 -> f.line("if (v > " + rng.nextInt(1000) + ") {").line("v -= x;").line("} else {")
            .line("v += " + rng.nextInt(9) + ";").line("}");
        case 2 -> f.line("switch (v & 3) {").line("case 0:").line("v++;").line("break;")
            .line("case 1:").line("v--;").line("break;").line("default:").line("v ^= 1;")
            .line("}");
        case 3 -> f.line("state = state * 7 + v;");
        default -> f.line("v = Math.max(v, x) + (state >>> 3);");
      }
    }
  }

  /** aN: never sleeps, wherever it is called from. */
  private void atomicMethod(SourceFile f, int i, boolean leaf) {
    f.line("int a" + i + "(int x) {");
    f.line("int v = x ^ " + (i * 7 + 3) + ";");
    filler(f);
    if (chance(cfg.lockDensity())) {
      f.line("try (SpinLockGuard<int[]> g = sp.lock()) {");
      f.line("g.get()[" + rng.nextInt(4) + "] += v;");
      if (!leaf) {
        f.line("v += " + nextAtomic() + "(v);");
        if (chance(cfg.virtualRate())) {
          f.line("v += va.op(v);");
        }
      }
      f.line("}");
    } else if (!leaf) {
      f.line("v += " + nextAtomic() + "(v);");
    }
    f.line("Delay.udelay(1);");
    if (chance(0.3)) {
      f.line("v += stat.read();");
    }
    if (chance(cfg.lambdaRate())) {
      String c = "c" + lambdaCount++;
      f.line("final int " + c + " = v;");
      f.line("v += sp.withLock(w -> w.get()[1] + "
          + (leaf ? c : nextAtomic() + "(" + c + ")") + ");");
    }
    if (!leaf && chance(cfg.lambdaRate())) {
      // Sleeping work from atomic context goes to process context through the workqueue.
      f.line("Workqueue.system().queue(() -> " + nextSleepy() + "(" + i + "));");
    }
    if (chance(0.3)) {
      f.line("try (Arc<AtomicRes> r = ares.clone()) {").line("v += r.get().value();").line("}");
    }
    f.line("return v;").line("}");
  }

  /** sN: may sleep; called only where sleeping is allowed. */
  private void sleepyMethod(SourceFile f, int i, boolean leaf) {
    f.line("int s" + i + "(int x) {");
    f.line("int v = x * 31 + " + i + ";");
    filler(f);
    // s0 always calls the assert-held helper under mu, so the helper is never a root.
    if (chance(cfg.lockDensity()) || i == 0) {
      f.line("try (MutexGuard<int[]> g = mu.lock()) {");
      f.line("g.get()[0] += v;");
      if (chance(0.5) || i == 0) {
        f.line("touchLocked(v);");
      }
      if (!leaf) {
        f.line("v += " + nextAny() + "(v);");
        if (chance(cfg.virtualRate())) {
          f.line("v += " + (rng.nextBoolean() ? "va" : "vs") + ".op(v);");
        }
      }
      if (chance(0.3)) {
        f.line("try (MutexGuard<int[]> k = keyed.lock()) {").line("k.get()[0] ^= v;").line("}");
      }
      if (chance(0.3)) {
        f.line("if (g.get()[1] > 1000) {").line("cv.waitTimeout(g, 1);").line("}");
      }
      f.line("}");
    } else if (!leaf) {
      f.line("v += " + nextAny() + "(v);");
    }
    if (!leaf) {
      f.line("v += " + nextAtomic() + "(v);");
    }
    f.line("if ((v & 7) == 0) {").line("Delay.msleep(1);").line("}");
    if (chance(0.3)) {
      f.line("try (Arc<SleepyRes> r = sres.clone()) {").line("v += r.get().value();").line("}");
    }
    if (chance(cfg.lambdaRate())) {
      String c = "c" + lambdaCount++;
      f.line("final int " + c + " = v;");
      f.line("v += mu.withLock(w -> w.get()[2] + " + (leaf ? c : nextAny() + "(" + c + ")") + ");");
    }
    if (!leaf && chance(cfg.lambdaRate())) {
      f.line("Workqueue.system().queue(() -> " + nextAny() + "(" + i + "));");
    }
    if (!leaf && chance(cfg.virtualRate())) {
      f.line("v += vs.op(v);");
    }
    f.line("return v;").line("}");
  }
}
