package dev.drivercheck.bench;

/**
 * Parameters of the synthetic driver generator. The same config and seed give byte-identical
 * sources.
 *
 * @param seed            seed of the one {@link java.util.Random} that makes every choice
 * @param targetLines     modules are added until the clean project has at least this many lines
 * @param classesPerLayer classes in each layer of a module (at least 2: one atomic-ops and one
 *                        sleepy-ops implementation per layer)
 * @param methodsPerClass methods per class, half of them atomic-safe ({@code aN}), half sleepy ({@code sN})
 * @param callDepth       layers per module: a layer-d class calls only layer d+1, so locks are
 *                        ordered by layer and the clean variant has no cycle
 * @param lockDensity     probability that a method body takes its class's lock
 * @param lambdaRate      probability of each lambda form (in-place {@code withLock}, deferred
 *                        {@code Workqueue.queue}) in a method body
 * @param virtualRate     probability of a call through the next layer's ops interface
 * @param bugsPerRule     planted bugs per rule (0: the clean variant)
 */
record GenConfig(
    long seed,
    int targetLines,
    int classesPerLayer,
    int methodsPerClass,
    int callDepth,
    double lockDensity,
    double lambdaRate,
    double virtualRate,
    int bugsPerRule) {

  GenConfig {
    if (classesPerLayer < 2) {
      throw new IllegalArgumentException("classesPerLayer must be at least 2");
    }
    if (methodsPerClass < 2) {
      throw new IllegalArgumentException("methodsPerClass must be at least 2");
    }
    if (callDepth < 1) {
      throw new IllegalArgumentException("callDepth must be at least 1");
    }
  }

  /** The benchmark's defaults for a clean project of about {@code lines} lines. */
  static GenConfig defaults(int lines) {
    return new GenConfig(42L, lines, 3, 6, 4, 0.7, 0.3, 0.4, 0);
  }

  GenConfig withBugs(int perRule) {
    return new GenConfig(seed, targetLines, classesPerLayer, methodsPerClass, callDepth,
        lockDensity, lambdaRate, virtualRate, perRule);
  }

  GenConfig withSeed(long newSeed) {
    return new GenConfig(newSeed, targetLines, classesPerLayer, methodsPerClass, callDepth,
        lockDensity, lambdaRate, virtualRate, bugsPerRule);
  }
}
