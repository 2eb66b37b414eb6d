package io.github.musicbutler.lambdarun;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

class ProcessUsageTest {

    @Test
    void peakRssIsTheHighWaterMarkOfProcStatus() {
        String status = """
                Name:\tjava
                VmPeak:\t 3871200 kB
                VmSize:\t 3805664 kB
                VmHWM:\t  131072 kB
                VmRSS:\t  120000 kB
                """;

        assertEquals(OptionalLong.of(131072), ProcessUsage.parsePeakRss(status));
    }

    @Test
    void statusWithoutHighWaterMarkHasNoPeakRss() {
        assertEquals(OptionalLong.empty(), ProcessUsage.parsePeakRss("Name:\tzombie\nState:\tZ (zombie)\n"));
    }

    @Test
    void processThatIsGoneHasNoPeakRss() {
        assertEquals(OptionalLong.empty(), ProcessUsage.peakRss(java.nio.file.Path.of("/proc/0/no-such-status")));
    }
}
