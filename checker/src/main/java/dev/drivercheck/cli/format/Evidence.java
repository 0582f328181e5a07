package dev.drivercheck.cli.format;

/**
 * One step of a finding's evidence: a line of text ({@code acquired at Vm.java:39}, {@code calls
 * Mutex.lock at Vm.java:50}) and the place it points at, or null for steps outside the sources.
 */
public record Evidence(String text, Location location) {}
