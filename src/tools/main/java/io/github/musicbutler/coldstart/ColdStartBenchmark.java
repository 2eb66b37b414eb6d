package io.github.musicbutler.coldstart;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.coldstart.UncheckedFiles.createDirectories;
import static io.github.musicbutler.coldstart.UncheckedFiles.deleteIfExists;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.github.musicbutler.coldstart.reference.ReferenceFunction;
import io.github.musicbutler.lambdarun.Invocation;
import io.github.musicbutler.lambdarun.LocalLambda;
import io.github.musicbutler.lambdarun.ProcessUsage;
import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;

/**
 * The local cold-start benchmark ({@code ./mvnw -Pcoldstart verify}): for every mode the build allows, N fresh
 * processes of the deployable function, started as Lambda starts them ({@link LocalLambda}), interleaved round by
 * round so that drift on a shared machine hits every mode alike. Writes {@code target/coldstart/}.
 * <p>
 * System properties: {@code coldstart.runs} (10), {@code coldstart.modes} (comma-separated names, default all),
 * {@code coldstart.artifact} (target/function.zip), {@code coldstart.out} (target/coldstart),
 * {@code coldstart.java.home} (the running JDK).
 */
public final class ColdStartBenchmark {

    /** Training runs answer each of these a few times, so archives hold what real requests load and run. */
    private static final int TRAINING_ROUNDS = 3;
    private static final int WARM_UP_ROUNDS = 50;

    private final int runs;
    private final Set<String> wantedModes;
    private final Path functionZip;
    private final Path out;
    private final Path javaHome;
    private final PrintStream progress;
    private final Scenario scenario = new Scenario();

    ColdStartBenchmark(int runs, Set<String> wantedModes, Path functionZip, Path out, Path javaHome,
            PrintStream progress) {
        this.runs = runs;
        this.wantedModes = wantedModes;
        this.functionZip = functionZip;
        this.out = out;
        this.javaHome = javaHome;
        this.progress = progress;
    }

    public static void main(String[] args) {
        ColdStartBenchmark benchmark = new ColdStartBenchmark(
                Integer.getInteger("coldstart.runs", 10),
                Arrays.stream(System.getProperty("coldstart.modes", "").split(","))
                        .map(String::trim).filter(name -> !name.isEmpty()).collect(Collectors.toSet()),
                Path.of(System.getProperty("coldstart.artifact", "target/function.zip")),
                Path.of(System.getProperty("coldstart.out", "target/coldstart")),
                Path.of(System.getProperty("coldstart.java.home", System.getProperty("java.home"))),
                System.out);
        Results results = benchmark.run();
        System.out.println();
        System.out.println(ReportWriter.markdown(results));
        System.out.println("Written to " + benchmark.out.toAbsolutePath() + ": report.md, results.json, coldstart.svg, "
                + "coldstart.png");
        // the Runtime API's Vert.x threads are not daemons
        System.exit(0);
    }

    Results run() {
        Machine machine = Machine.describe(javaHome);
        Plan plan = Plan.of(functionZip, Machine.jdkFeature(javaHome), wantedModes, out.resolve("reference-function"));
        if (plan.referenceArtifact() != null) {
            ReferenceFunction.build(plan.referenceArtifact());
        }
        progress.println("Cold-start benchmark on " + machine.oneLine());
        plan.skipped().forEach(line -> progress.println("  " + line));
        if (plan.modes().isEmpty()) {
            throw new IllegalStateException("nothing to measure: " + plan.skipped());
        }
        createDirectories(out.resolve("logs"));
        List<Measurement> measurements = new ArrayList<>();
        int spotifyRequests;
        try (FakeSpotify spotify = warmSpotify()) {
            for (Mode mode : plan.modes()) {
                if (mode.needsTraining()) {
                    train(mode, plan, spotify);
                }
            }
            int total = runs * plan.modes().size();
            for (int round = 1; round <= runs; round++) {
                for (Mode mode : rotated(plan.modes(), round)) {
                    Measurement measurement = measure(mode, round, plan, spotify);
                    measurements.add(measurement);
                    progress.printf(Locale.ROOT,
                            "[%3d/%d] round %2d %-11s first response %5.0f ms (init %5.0f), second %4.0f ms, CPU %5.0f ms, RSS %4.0f MiB%n",
                            measurements.size(), total, round, mode.name(), measurement.firstResponseMs(),
                            measurement.initMs(),
                            measurement.secondResponseMs(), measurement.cpuMs(), measurement.peakRssMiB());
                }
            }
            spotifyRequests = spotify.requestCount();
        }
        Results results = new Results(Instant.now(), machine, runs, plan.modes(), plan.skipped(), spotifyRequests,
                measurements);
        ReportWriter.write(results, out);
        return results;
    }

    /** Each round starts with a different mode, so no mode always runs right after the same neighbour. */
    static List<Mode> rotated(List<Mode> modes, int round) {
        List<Mode> order = new ArrayList<>(modes);
        java.util.Collections.rotate(order, -((round - 1) % modes.size()));
        return order;
    }

    private Measurement measure(Mode mode, int round, Plan plan, FakeSpotify spotify) {
        try (LocalLambda lambda = function(mode, plan, spotify, mode.runOptions(out))
                .logFile(out.resolve("logs").resolve(mode.name() + ".log")).build()) {
            lambda.start();
            String launchAnswer = lambda.invoke(scenario.launch);
            Invocation second = lambda.send(scenario.listPlaylists);
            ProcessUsage usage = lambda.usage();
            scenario.checkLaunchAnswer(launchAnswer);
            if (!second.succeeded()) {
                throw new IllegalStateException(mode.name() + ": ListPlaylistsIntent failed: " + second.body());
            }
            scenario.checkIntentAnswer(second.body());
            return new Measurement(mode.name(), round, millis(lambda.initDuration().orElseThrow()),
                    millis(lambda.timeToFirstResponse().orElseThrow()),
                    millis(second.latency()),
                    usage.cpuTime().map(ColdStartBenchmark::millis).orElse(Double.NaN),
                    usage.peakRssKiB().isPresent() ? usage.peakRssKiB().getAsLong() / 1024.0 : Double.NaN);
        }
    }

    /**
     * Runs the real function on a few rounds of real requests with the mode's archive-writing option; the archive
     * is written when the process exits after SIGTERM, as Lambda's shutdown sends it.
     */
    private void train(Mode mode, Plan plan, FakeSpotify spotify) {
        Path archive = mode.archiveFile(out);
        deleteIfExists(archive);
        progress.println("  training " + mode.name() + ": " + mode.trainingOptions(out));
        LocalLambda lambda = function(mode, plan, spotify, mode.trainingOptions(out))
                .logFile(out.resolve("logs").resolve(mode.name() + "-training.log"))
                .stopTimeout(Duration.ofMinutes(3))
                .build();
        try (lambda) {
            lambda.start();
            for (int i = 0; i < TRAINING_ROUNDS; i++) {
                lambda.invoke(scenario.launch);
                lambda.invoke(scenario.listPlaylists);
                lambda.invoke(AlexaRequest.launch().unlinked().json());
                lambda.invoke(AlexaRequest.intent("AMAZON.HelpIntent").locale("de-DE").json());
                lambda.invoke(AlexaRequest.intent("AMAZON.StopIntent").json());
            }
        }
        if (!Files.isRegularFile(archive)) {
            throw new IllegalStateException(mode.name() + ": the training run wrote no " + archive + "\n"
                    + lambda.logTail());
        }
    }

    private LocalLambda.Builder function(Mode mode, Plan plan, FakeSpotify spotify, List<String> jvmOptions) {
        LocalLambda.Builder builder = LocalLambda.builder()
                .artifact(plan.artifactFor(mode))
                .javaHome(javaHome)
                .env(spotify.environment())
                .env("ALEXA_SKILL_ID", AlexaRequest.SKILL_ID)
                .jvmOptions(jvmOptions.toArray(String[]::new));
        if (mode.reference()) {
            builder.handler(ReferenceFunction.HANDLER);
        }
        return builder;
    }

    /**
     * Spotify answering instantly with realistic bodies, so the benchmark times the function and not the network.
     * A fresh WireMock answers its first requests slowly (Jetty and the request matching are cold, in this JVM), and
     * that time would be charged to whichever function process happened to run first: every answer is asked for
     * until the fake is warm, then those calls are forgotten so that {@link FakeSpotify#requestCount()} counts only
     * the function's.
     */
    private static FakeSpotify warmSpotify() {
        FakeSpotify spotify = FakeSpotify.start();
        Map<String, String> answers = Map.of("/me", "me.json", "/me/player", "player.json",
                "/me/player/currently-playing", "currently-playing.json", "/me/playlists", "my-playlists.json");
        answers.forEach((path, fixture) -> spotify.stubFor(get(urlPathEqualTo("/v1" + path)).willReturn(FakeSpotify.json(fixture))));
        HttpClient http = HttpClient.newHttpClient();
        String basic = Base64.getEncoder().encodeToString((FakeSpotify.CLIENT_ID + ":" + FakeSpotify.CLIENT_SECRET)
                .getBytes(StandardCharsets.UTF_8));
        try {
            for (int i = 0; i < WARM_UP_ROUNDS; i++) {
                for (String path : answers.keySet()) {
                    http.send(HttpRequest.newBuilder(URI.create(spotify.apiUrl() + path))
                            .header("Authorization", "Bearer warm-up").build(), HttpResponse.BodyHandlers.discarding());
                }
                http.send(HttpRequest.newBuilder(URI.create(spotify.tokenUrl()))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                        HttpResponse.BodyHandlers.discarding());
            }
        } catch (IOException e) {
            spotify.close();
            throw new UncheckedIOException("cannot warm up the fake Spotify", e);
        } catch (InterruptedException e) {
            spotify.close();
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        spotify.resetRequests();
        return spotify;
    }

    private static double millis(Duration duration) {
        return duration.toNanos() / 1_000_000.0;
    }
}
