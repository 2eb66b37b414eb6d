package io.github.musicbutler.console;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import io.github.musicbutler.support.SkillLocales;

/**
 * What the console needs to know of a language besides the skill's interaction model, read from
 * {@code console/<language>.properties} ({@code src/tools/main/resources}): how people open the skill and ask it
 * something in one go, the plainest phrases of Alexa's built-in intents, how they name the demo account's speakers,
 * and examples for Amazon's slot types. A locale reads its language's file ({@code fr-CA} reads {@code fr}), so
 * adding a language to the console is adding that file (docs/console.md). A published locale whose file or key is
 * missing fails with what to add: an English fallback would hide it behind English answers.
 */
final class ConsoleLanguage {

    static final String SOURCE = "src/tools/main/resources/console/";
    static final String LAUNCH = "launch";
    static final String ONE_SHOT = "one-shot";
    static final String DEVICES = "demo.devices";
    static final String EXAMPLE = "example.";
    /** An {@code AMAZON.DATE} slot's words for today, yesterday and the day before, by how many days back. */
    static final List<String> DAYS = List.of("date.today", "date.yesterday", "date.day-before-yesterday");
    private static final String INVOCATION = "{invocation}";

    /** Alexa's built-in intents whose plainest phrases every language's file gives. */
    static final List<String> BUILT_IN_INTENTS = List.of("AMAZON.HelpIntent", "AMAZON.StopIntent",
            "AMAZON.CancelIntent", "AMAZON.YesIntent", "AMAZON.NoIntent", "AMAZON.PauseIntent", "AMAZON.ResumeIntent",
            "AMAZON.NextIntent", "AMAZON.PreviousIntent", "AMAZON.ShuffleOnIntent", "AMAZON.MoreIntent",
            "AMAZON.NavigateHomeIntent");
    /** The built-in slot types every file has an example for; any other built-in type uses the search query's. */
    static final List<String> EXAMPLE_TYPES = List.of(BuiltInSlotTypes.ORDINAL, BuiltInSlotTypes.NUMBER,
            BuiltInSlotTypes.SEARCH_QUERY);
    /** The demo household's speakers, in the order {@link #DEVICES} names them. */
    static final List<String> DEMO_DEVICES = List.of("kitchen speaker", "living room", "Alex's phone", "TV", "bedroom",
            "Sam's phone");

    private static final Map<String, ConsoleLanguage> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final String file;
    private final Properties data;

    private ConsoleLanguage(String file, Properties data) {
        this.file = file;
        this.data = data;
    }

    /** The console data for {@code locale}, which the skill must publish ({@code skill-package/skill.json}). */
    static ConsoleLanguage of(String locale) {
        List<String> published = SkillLocales.all();
        if (!published.contains(locale)) {
            throw new IllegalArgumentException(unpublished(locale, published));
        }
        return BY_LANGUAGE.computeIfAbsent(language(locale), ConsoleLanguage::load);
    }

    /** Why the console refuses {@code locale}: the skill does not speak it, so Alexa would never send it. */
    static String unpublished(String locale, List<String> published) {
        return locale + " is not a locale the skill publishes (skill-package/skill.json publishes "
                + String.join(", ", published) + "); the function would answer it in English";
    }

    /** The language of a locale: {@code fr} for {@code fr-CA}. */
    static String language(String locale) {
        return Locale.forLanguageTag(locale).getLanguage();
    }

    /** Reads and checks a language's file; every failure names the file and the key to add or fix. */
    static ConsoleLanguage load(String language) {
        String file = SOURCE + language + ".properties";
        Properties data = new Properties();
        try (InputStream in = ConsoleLanguage.class.getResourceAsStream("/console/" + language + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("No console data for the language " + language + ": add " + file
                        + " (keys: docs/console.md)");
            }
            data.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
        return from(file, data);
    }

    /** A language's data as read from {@code file}, checked. */
    static ConsoleLanguage from(String file, Properties data) {
        ConsoleLanguage read = new ConsoleLanguage(file, data);
        read.check();
        return read;
    }

    /** Plainest phrases of a built-in intent ("stop", "help"); none for intents the file does not list. */
    List<String> phrases(String intent) {
        return Optional.ofNullable(data.getProperty(intent)).map(ConsoleLanguage::alternatives).orElse(List.of());
    }

    /** "open music butler": a LaunchRequest. {@code invocation} is a quoted regular expression. */
    Pattern launch(String invocation) {
        return pattern(LAUNCH, invocation);
    }

    /** "ask music butler what's playing": the request after the invocation name is in group {@code request}. */
    Pattern oneShot(String invocation) {
        return pattern(ONE_SHOT, invocation);
    }

    /**
     * The plainest way to open the skill, read from {@link #LAUNCH}: optional parts left out, the first of each
     * choice taken ("(?:please )?(?:open|start) {invocation}" is "open music butler").
     */
    String opening(String invocationName) {
        String phrase = Words.phrase(plainest(required(LAUNCH)).replace(INVOCATION, invocationName));
        if (!launch(Pattern.quote(invocationName)).matcher(phrase).matches()) {
            throw new IllegalStateException(file + ": " + LAUNCH + " must start its choices with words people say ("
                    + phrase + " is no launch)");
        }
        return phrase;
    }

    /** The demo account's speakers as people of this language name them, in the order of {@link #DEMO_DEVICES}. */
    List<String> demoDevices() {
        return alternatives(required(DEVICES));
    }

    /** Words a person would say for a slot of a built-in type, and the value Alexa sends for them. */
    BuiltInSlotTypes.Example example(String type) {
        String key = data.containsKey(EXAMPLE + type) ? EXAMPLE + type : EXAMPLE + BuiltInSlotTypes.SEARCH_QUERY;
        List<String> parts = alternatives(required(key));
        return new BuiltInSlotTypes.Example(parts.get(0), parts.get(1));
    }

    /**
     * How many days back the words of an {@code AMAZON.DATE} slot mean, for the days people name episodes by:
     * {@code date.today}, {@code date.yesterday}, {@code date.day-before-yesterday}, each |-separated.
     */
    Optional<Integer> daysAgo(String words) {
        String said = words.strip().toLowerCase(Locale.ROOT);
        for (int days = 0; days < DAYS.size(); days++) {
            String key = DAYS.get(days);
            if (data.containsKey(key) && alternatives(data.getProperty(key).toLowerCase(Locale.ROOT)).contains(said)) {
                return Optional.of(days);
            }
        }
        return Optional.empty();
    }

    /** The plainest word for yesterday, the console's example of a date. */
    String yesterday() {
        return alternatives(required(DAYS.get(1))).getFirst();
    }

    private void check() {
        for (String intent : BUILT_IN_INTENTS) {
            required(intent);
        }
        DAYS.subList(0, 2).forEach(this::required);
        Pattern quotedInvocation = Pattern.compile(Pattern.quote("music butler"));
        launch(quotedInvocation.pattern());
        if (!required(ONE_SHOT).contains("(?<request>")) {
            throw new IllegalStateException(file + ": " + ONE_SHOT + " needs the group (?<request>...) for the words"
                    + " after the invocation name");
        }
        oneShot(quotedInvocation.pattern());
        if (demoDevices().size() != DEMO_DEVICES.size()) {
            throw new IllegalStateException(file + ": " + DEVICES + " names " + DEMO_DEVICES.size()
                    + " speakers, |-separated, in this order: " + String.join(", ", DEMO_DEVICES));
        }
        for (String type : EXAMPLE_TYPES) {
            required(EXAMPLE + type);
        }
        data.stringPropertyNames().stream().filter(key -> key.startsWith(EXAMPLE)).forEach(key -> {
            if (alternatives(data.getProperty(key)).size() != 2) {
                throw new IllegalStateException(file + ": " + key + " is the words and the value Alexa sends for"
                        + " them: words|value");
            }
        });
    }

    private Pattern pattern(String key, String invocation) {
        String regex = required(key);
        if (!regex.contains(INVOCATION)) {
            throw new IllegalStateException(file + ": " + key + " must contain " + INVOCATION);
        }
        try {
            return Pattern.compile(regex.replace(INVOCATION, invocation));
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException(file + ": " + key + " is no Java regular expression: " + e.getMessage(), e);
        }
    }

    private String required(String key) {
        String value = data.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(file + " has no " + key + ": add it (docs/console.md)");
        }
        return value.strip();
    }

    private static List<String> alternatives(String value) {
        return Arrays.stream(value.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A regex's plainest match: "(?:…)?" dropped, the first choice of each "(?:a|b)", escapes as their character. */
    private static String plainest(String regex) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < regex.length()) {
            char c = regex.charAt(i);
            if (c == '(') {
                int end = closing(regex, i);
                boolean optional = end + 1 < regex.length() && regex.charAt(end + 1) == '?';
                if (!optional) {
                    String inner = regex.substring(i + 1, end).replaceFirst("^\\?(:|<\\w+>)", "");
                    out.append(plainest(firstChoice(inner)));
                }
                i = end + (optional ? 2 : 1);
            } else if (c == '\\' && i + 1 < regex.length()) {
                out.append(regex.charAt(i + 1));
                i += 2;
            } else if (c == '|') {
                break;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String firstChoice(String regex) {
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                return regex.substring(0, i);
            }
        }
        return regex;
    }

    private static int closing(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return regex.length() - 1;
    }
}
