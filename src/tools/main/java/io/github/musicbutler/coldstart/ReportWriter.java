package io.github.musicbutler.coldstart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.style.Styler;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.github.musicbutler.coldstart.Results.ModeSummary;

/** Writes {@code results.json} (every run), {@code report.md} (the table) and {@code coldstart.svg/png} (the chart). */
public final class ReportWriter {

    private ReportWriter() {
    }

    /** Renders table and chart again from a {@code results.json}, without measuring: {@code ReportWriter <dir>}. */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/coldstart");
        write(json().readValue(dir.resolve("results.json").toFile(), Results.class), dir);
        System.out.println(Files.readString(dir.resolve("report.md")));
    }

    public static void write(Results results, Path dir) {
        try {
            Files.createDirectories(dir);
            json().writeValue(dir.resolve("results.json").toFile(), results);
            Files.writeString(dir.resolve("report.md"), markdown(results));
            CategoryChart chart = chart(results);
            VectorGraphicsEncoder.saveVectorGraphic(chart, dir.resolve("coldstart.svg").toString(),
                    VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
            BitmapEncoder.saveBitmap(chart, dir.resolve("coldstart.png").toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + dir, e);
        }
    }

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT);
    }

    public static String markdown(Results results) {
        StringBuilder md = new StringBuilder();
        md.append("Measured ").append(results.finishedAt()).append(" on ").append(results.machine().oneLine())
                .append(".\n").append(results.runsPerMode())
                .append(" fresh processes per mode, interleaved; each answers a LaunchRequest, then a "
                        + "ListPlaylistsIntent. JVM modes run function.zip as Lambda's Java runtime does (Runtime "
                        + "Interface Client, function classes loaded from the task root by its class loader). First "
                        + "response = process start to first answer; init = process start to first poll of the "
                        + "Runtime API (Lambda's Init Duration). Times in ms, memory in MiB.\n\n");
        md.append("| Mode | First response: median | p90 | min | max | Init: median | Second request: median | p90 "
                + "| CPU time: median | p90 | Peak RSS: median | max |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (ModeSummary row : results.summaries()) {
            Summary first = row.firstResponseMs();
            md.append("| ").append(row.mode().name())
                    .append(cells(first.median(), first.p90(), first.min(), first.max(), row.initMs().median()))
                    .append(cells(row.secondResponseMs().median(), row.secondResponseMs().p90()))
                    .append(cells(row.cpuMs().median(), row.cpuMs().p90()))
                    .append(cells(row.peakRssMiB().median(), row.peakRssMiB().max()))
                    .append(" |\n");
        }
        md.append('\n');
        for (ModeSummary row : results.summaries()) {
            md.append("- `").append(row.mode().name()).append("`: ").append(row.mode().description()).append('\n');
        }
        for (String skipped : results.skipped()) {
            md.append("- ").append(skipped).append('\n');
        }
        md.append("\nRequests to the fake Spotify during the benchmark: ").append(results.spotifyRequests())
                .append(results.spotifyRequests() == 0
                        ? " (no handler calls Spotify yet: these figures will include Spotify calls once they do).\n"
                        : ".\n");
        return md.toString();
    }

    private static String cells(double... values) {
        StringBuilder cells = new StringBuilder();
        for (double value : values) {
            cells.append(" | ").append(String.format(Locale.ROOT, "%.0f", value));
        }
        return cells.toString();
    }

    static CategoryChart chart(Results results) {
        List<ModeSummary> rows = results.summaries();
        List<String> modes = rows.stream().map(row -> row.mode().name()).toList();
        CategoryChart chart = new CategoryChartBuilder().width(900).height(500)
                .title("Music Butler cold start (" + results.runsPerMode() + " runs per mode)")
                .xAxisTitle("mode").yAxisTitle("ms").build();
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        chart.addSeries("init, median", modes, rows.stream().map(row -> row.initMs().median()).toList());
        chart.addSeries("first response, median", modes,
                rows.stream().map(row -> row.firstResponseMs().median()).toList());
        chart.addSeries("first response, p90", modes, rows.stream().map(row -> row.firstResponseMs().p90()).toList());
        chart.addSeries("CPU time, median", modes, rows.stream().map(row -> row.cpuMs().median()).toList());
        return chart;
    }
}
