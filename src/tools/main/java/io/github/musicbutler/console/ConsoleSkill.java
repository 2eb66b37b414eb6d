package io.github.musicbutler.console;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.github.musicbutler.lambdarun.LocalLambda;
import io.github.musicbutler.support.FakeSpotify;

/**
 * What the console talks to: {@code function.zip} running as Lambda runs it ({@link LocalLambda}) and, unless a real
 * token is given, the demo Spotify it calls ({@link DemoAccount}). The console starts one per run, for its locale.
 * Tests that hold many conversations start one for all the locales they speak and share it
 * ({@link AlexaConsole#run(ConsoleOptions, ConsoleSkill, java.io.Reader, java.io.PrintStream)}): one function process
 * serves any number of requests in any locale, as a warm Lambda instance does, the demo Spotify has a household per
 * locale, and the households move in afresh before each conversation.
 */
public final class ConsoleSkill implements AutoCloseable {

    private final List<String> locales;
    private final FakeSpotify demo;
    private final LocalLambda function;

    private ConsoleSkill(List<String> locales, FakeSpotify demo, LocalLambda function) {
        this.locales = locales;
        this.demo = demo;
        this.function = function;
    }

    /** The console's: the function for {@code options}, its locale's demo household, {@code console-function.log}. */
    public static ConsoleSkill start(ConsoleOptions options) {
        return start(List.of(options.locale()), options, "console-function.log");
    }

    /**
     * The function and a demo household in each of {@code locales}, for conversations in any of them; the function's
     * log goes to {@code logName} next to it.
     */
    public static ConsoleSkill startForDemo(List<String> locales, Path function, String logName) {
        return start(List.copyOf(locales), ConsoleOptions.script(locales.getFirst(), false, function), logName);
    }

    private static ConsoleSkill start(List<String> locales, ConsoleOptions options, String logName) {
        if (!Files.isRegularFile(options.function())) {
            throw new IllegalStateException("No function at " + options.function()
                    + ": build it first (./mvnw package -DskipTests), or use ./mvnw -q package -Pconsole");
        }
        FakeSpotify demo = options.spotifyToken().isPresent() ? null : DemoAccount.serve(locales);
        try {
            LocalLambda function = LocalLambda.builder()
                    .artifact(options.function())
                    .lambdaJvmDefaults()
                    .env(demo != null ? demo.environment() : options.realSpotify())
                    // people read this log: plain text, not the JSON lines the function writes for CloudWatch
                    .env("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false")
                    .logFile(options.function().toAbsolutePath().getParent().resolve(logName))
                    .build()
                    .start();
            return new ConsoleSkill(locales, demo, function);
        } catch (RuntimeException e) {
            if (demo != null) {
                demo.close();
            }
            throw e;
        }
    }

    /** Whether conversations in {@code locale} can be held with it. */
    public boolean speaks(String locale) {
        return locales.contains(locale);
    }

    /** Whether Spotify is the demo account (not a real one reached with a token). */
    public boolean demo() {
        return demo != null;
    }

    /** The demo households as they first moved in: playback, volume, devices, library (a real Spotify: nothing). */
    void moveIn() {
        if (demo != null) {
            DemoAccount.moveIn(demo);
        }
    }

    String invoke(String request) {
        return function.invoke(request);
    }

    Path logFile() {
        return function.logFile();
    }

    @Override
    public void close() {
        try {
            function.close();
        } finally {
            if (demo != null) {
                demo.close();
            }
        }
    }

    @Override
    public String toString() {
        return "the skill for " + String.join(", ", locales) + (demo() ? " and the demo account" : " and a real Spotify");
    }
}
