package io.github.musicbutler.lambdarun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a process has cost so far: CPU time (user + system, from {@link ProcessHandle.Info}) and peak resident set
 * size ({@code VmHWM} in {@code /proc/<pid>/status}; the JDK has no API for it). Read it while the process still
 * runs: both vanish with the process.
 */
public record ProcessUsage(Optional<Duration> cpuTime, OptionalLong peakRssKiB) {

    public static ProcessUsage of(ProcessHandle process) {
        return new ProcessUsage(process.info().totalCpuDuration(),
                peakRss(Path.of("/proc", Long.toString(process.pid()), "status")));
    }

    static OptionalLong peakRss(Path procStatus) {
        try {
            return parsePeakRss(Files.readString(procStatus));
        } catch (IOException | UnsupportedOperationException e) {
            return OptionalLong.empty();
        }
    }

    /** Parses the {@code VmHWM:   123456 kB} line of a {@code /proc/<pid>/status} text. */
    static OptionalLong parsePeakRss(String procStatus) {
        return procStatus.lines()
                .filter(line -> line.startsWith("VmHWM:"))
                .map(line -> line.substring("VmHWM:".length()).trim())
                .map(value -> value.endsWith("kB") ? value.substring(0, value.length() - 2).trim() : value)
                .mapToLong(Long::parseLong)
                .findFirst();
    }
}
