// Positive (SleepInAtomic): a sleep three files away from the spinlock, with a package-info in the
// compilation (its ANALYZE event must not end the collection early).
package inputs.context.crossfilechain;
