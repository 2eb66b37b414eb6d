package io.github.musicbutler.coldstart;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

class ReportWriterTest {

    private static final Machine MACHINE = new Machine(2, "AMD EPYC", "Linux 6.1", "25.0.3+9-LTS Eclipse Adoptium",
            "0.50 0.40 0.30");
    private static final Mode JVM = Mode.jvm("jvm", "JVM, default options");
    private static final Mode AOT = Mode.archived("jvm-aot", "JVM + AOT cache", Mode.Archive.AOT_CACHE);

    private static Results results(int spotifyRequests) {
        return new Results(Instant.parse("2026-11-24T18:00:00Z"), MACHINE, 3, List.of(JVM, AOT),
                List.of("native: skipped, no native build"), spotifyRequests, List.of(
                        new Measurement("jvm", 1, 800, 1100.4, 30, 1500, 120.2),
                        new Measurement("jvm-aot", 1, 450, 640, 20, 700, 96),
                        new Measurement("jvm", 2, 800, 1000, 25, 1400, 118),
                        new Measurement("jvm-aot", 2, 450, 600.6, 21, 650, 95),
                        new Measurement("jvm", 3, 800, 1300, 40, 1600, 125),
                        new Measurement("jvm-aot", 3, 450, 700, 19, 720, 97)));
    }

    @Test
    void tableHasOneRowPerModeWithFirstResponseMedianP90MinMaxThenInitAndTheOtherFigures() {
        String table = ReportWriter.markdown(results(0));

        assertThat(table, containsString("| jvm | 1100 | 1300 | 1000 | 1300 | 800 | 30 | 40 | 1500 | 1600 | 120 | 125 |"));
        assertThat(table, containsString("| jvm-aot | 640 | 700 | 601 | 700 | 450 | 20 | 21 | 700 | 720 | 96 | 97 |"));
    }

    @Test
    void tableSaysWhichMachineAndHowManyRuns() {
        String table = ReportWriter.markdown(results(0));

        assertThat(table, containsString("2 CPUs (AMD EPYC), Linux 6.1, JDK 25.0.3+9-LTS Eclipse Adoptium"));
        assertThat(table, containsString("3 fresh processes per mode, interleaved"));
    }

    @Test
    void modesAreExplainedAndSkippedModesSaySo() {
        String table = ReportWriter.markdown(results(0));

        assertThat(table, containsString("- `jvm-aot`: JVM + AOT cache"));
        assertThat(table, containsString("- native: skipped, no native build"));
    }

    @Test
    void tableWarnsWhenNoSpotifyCallWasMeasured() {
        assertThat(ReportWriter.markdown(results(0)), containsString("will include Spotify calls once they do"));
        assertThat(ReportWriter.markdown(results(20)), not(containsString("will include Spotify calls")));
    }

    @Test
    void writesTableChartAndEveryRunAsJson(@TempDir Path dir) throws Exception {
        ReportWriter.write(results(0), dir);

        assertTrue(Files.readString(dir.resolve("report.md")).startsWith("Measured 2026-11-24T18:00:00Z"));
        assertThat(Files.readString(dir.resolve("coldstart.svg")), containsString("<svg"));
        assertTrue(Files.size(dir.resolve("coldstart.png")) > 1000);
        JsonNode json = ReportWriter.json().readTree(dir.resolve("results.json").toFile());
        assertEquals(6, json.path("measurements").size());
        assertEquals(1100.4, json.path("measurements").get(0).path("firstResponseMs").asDouble());
    }

    @Test
    void reportCanBeRenderedAgainFromItsJson(@TempDir Path dir) throws Exception {
        ReportWriter.write(results(0), dir);
        String table = Files.readString(dir.resolve("report.md"));
        Files.delete(dir.resolve("report.md"));

        ReportWriter.main(new String[] {dir.toString()});

        assertEquals(table, Files.readString(dir.resolve("report.md")));
    }
}
