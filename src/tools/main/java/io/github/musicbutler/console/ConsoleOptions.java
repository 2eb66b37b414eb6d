package io.github.musicbutler.console;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

import io.github.musicbutler.support.SkillLocales;

/**
 * How the console runs. Each option is a program argument or a system property (what {@code ./mvnw -D…} sets):
 * <pre>
 * --locale de-DE      -Dconsole.locale=de-DE       en-US (default) or another locale the skill publishes
 *                                                  (skill-package/skill.json): the model and the request's locale
 * --unlinked          -Dconsole.unlinked           a user who has not linked Spotify (LinkAccount card)
 * --person sam        -Dconsole.person=sam         speak as Sam, a recognised household member who linked his own
 *                                                  demo Spotify (Alexa's skill personalisation)
 * --script FILE       -Dconsole.script=FILE        read utterances from FILE ("-" = stdin), print the transcript
 * --token TOKEN       -Dconsole.token=TOKEN        a real Spotify access token; or SPOTIFY_ACCESS_TOKEN
 * --function ZIP      -Dconsole.function=ZIP       the function to run (default target/function.zip)
 * --verbose           -Dconsole.verbose            also print reprompts and the JSON sent and received
 * --screen            -Dconsole.screen             speak from an Echo Show: print what each answer's screen shows
 * </pre>
 * Without a token the skill talks to the demo account ({@link DemoAccount}). With one, the function gets this
 * shell's {@code SPOTIFY_API_URL}, {@code SPOTIFY_ACCOUNTS_URL}, {@code SPOTIFY_CLIENT_ID} and
 * {@code SPOTIFY_CLIENT_SECRET} (the last two for catalogue search with the app's own token).
 */
public record ConsoleOptions(String locale, boolean unlinked, Optional<String> person, Optional<Path> script,
        Optional<String> spotifyToken, Map<String, String> spotifyEnvironment, Path function, boolean verbose, boolean screen) {

    /** The household members who linked their own demo Spotify: the only speakers the console can be. */
    public static final List<String> PEOPLE = List.of("sam");

    public static final String REAL_SPOTIFY_API = "https://api.spotify.com/v1";

    public static ConsoleOptions parse(List<String> args, Properties properties, Map<String, String> env) {
        String locale = properties.getProperty("console.locale", "en-US");
        boolean unlinked = flag(properties, "console.unlinked");
        String person = properties.getProperty("console.person");
        String script = properties.getProperty("console.script");
        String token = properties.getProperty("console.token", env.get("SPOTIFY_ACCESS_TOKEN"));
        String function = properties.getProperty("console.function", "target/function.zip");
        boolean verbose = flag(properties, "console.verbose");
        boolean screen = flag(properties, "console.screen");
        Deque<String> rest = new ArrayDeque<>(args);
        while (!rest.isEmpty()) {
            String arg = rest.pop();
            switch (arg) {
                case "--locale" -> locale = value(rest, arg);
                case "--unlinked" -> unlinked = true;
                case "--person" -> person = value(rest, arg);
                case "--script" -> script = value(rest, arg);
                case "--token" -> token = value(rest, arg);
                case "--function" -> function = value(rest, arg);
                case "--verbose" -> verbose = true;
                case "--screen" -> screen = true;
                default -> throw new IllegalArgumentException("Unknown option " + arg
                        + " (options: --locale L, one of " + String.join(", ", SkillLocales.all())
                        + "; --unlinked, --person NAME, --script FILE, --token T, --function ZIP, --verbose, --screen)");
            }
        }
        List<String> published = SkillLocales.all();
        if (!published.contains(locale)) {
            throw new IllegalArgumentException(ConsoleLanguage.unpublished(locale, published));
        }
        Optional<String> speaker = Optional.ofNullable(person).map(String::strip).filter(p -> !p.isEmpty())
                .map(p -> p.toLowerCase(Locale.ROOT));
        if (speaker.isPresent() && !PEOPLE.contains(speaker.get())) {
            throw new IllegalArgumentException("Unknown household member " + person + " (the demo household has: "
                    + String.join(", ", PEOPLE) + ")");
        }
        if (speaker.isPresent() && token != null && !token.isBlank()) {
            throw new IllegalArgumentException("--person speaks with the demo household's Spotify; it cannot be"
                    + " combined with a real token");
        }
        return new ConsoleOptions(locale, unlinked, speaker,
                Optional.ofNullable(script).filter(s -> !s.isBlank()).map(Path::of),
                Optional.ofNullable(token).filter(t -> !t.isBlank()), spotifyEnvironment(env), Path.of(function), verbose, screen);
    }

    /** Script mode against the demo account: utterances from a reader, a transcript out. */
    public static ConsoleOptions script(String locale, boolean unlinked, Path function) {
        return new ConsoleOptions(locale, unlinked, Optional.empty(), Optional.of(Path.of("-")), Optional.empty(),
                Map.of(), function, false, false);
    }

    /** The same, spoken by a recognised household member ({@link #PEOPLE}). */
    public ConsoleOptions spokenBy(String person) {
        return new ConsoleOptions(locale, unlinked, Optional.of(person), script, spotifyToken, spotifyEnvironment,
                function, verbose, screen);
    }

    /** With a real token: the skill's Spotify settings as this shell has them, the real API by default. */
    public Map<String, String> realSpotify() {
        Map<String, String> settings = new TreeMap<>(spotifyEnvironment);
        settings.putIfAbsent("SPOTIFY_API_URL", REAL_SPOTIFY_API);
        return settings;
    }

    public String spotifyApiUrl() {
        return realSpotify().get("SPOTIFY_API_URL");
    }

    private static Map<String, String> spotifyEnvironment(Map<String, String> env) {
        Map<String, String> settings = new TreeMap<>();
        for (String name : List.of("SPOTIFY_API_URL", "SPOTIFY_ACCOUNTS_URL", "SPOTIFY_CLIENT_ID",
                "SPOTIFY_CLIENT_SECRET")) {
            Optional.ofNullable(env.get(name)).ifPresent(value -> settings.put(name, value));
        }
        return Map.copyOf(settings);
    }

    private static boolean flag(Properties properties, String name) {
        String value = properties.getProperty(name);
        return value != null && !value.equalsIgnoreCase("false");
    }

    private static String value(Deque<String> rest, String option) {
        if (rest.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return rest.pop();
    }
}
