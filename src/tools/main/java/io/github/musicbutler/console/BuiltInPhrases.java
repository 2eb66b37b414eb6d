package io.github.musicbutler.console;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The little Alexa knows without the skill's model: the words that open a skill or ask it something in one go,
 * and the plainest phrases of the built-in intents ("stop", "help", "yes"), which Amazon trains itself and the
 * model therefore need not list. Deliberately minimal: the model's own samples are what the console tests.
 * A built-in intent is only understood if the model declares it, as on Alexa.
 */
final class BuiltInPhrases {

    private static final Map<String, List<String>> ENGLISH = Map.ofEntries(
            Map.entry("AMAZON.HelpIntent", List.of("help", "help me")),
            Map.entry("AMAZON.StopIntent", List.of("stop", "exit", "off")),
            Map.entry("AMAZON.CancelIntent", List.of("cancel")),
            Map.entry("AMAZON.YesIntent", List.of("yes", "yep")),
            Map.entry("AMAZON.NoIntent", List.of("no")),
            Map.entry("AMAZON.PauseIntent", List.of("pause")),
            Map.entry("AMAZON.ResumeIntent", List.of("resume", "continue")),
            Map.entry("AMAZON.NextIntent", List.of("next")),
            Map.entry("AMAZON.PreviousIntent", List.of("previous", "back")),
            Map.entry("AMAZON.ShuffleOnIntent", List.of("shuffle")),
            Map.entry("AMAZON.MoreIntent", List.of("more")),
            Map.entry("AMAZON.NavigateHomeIntent", List.of("home")));

    private static final Map<String, List<String>> GERMAN = Map.ofEntries(
            Map.entry("AMAZON.HelpIntent", List.of("hilfe")),
            Map.entry("AMAZON.StopIntent", List.of("stopp", "stop", "ende", "beende")),
            Map.entry("AMAZON.CancelIntent", List.of("abbrechen", "abbruch")),
            Map.entry("AMAZON.YesIntent", List.of("ja")),
            Map.entry("AMAZON.NoIntent", List.of("nein")),
            Map.entry("AMAZON.PauseIntent", List.of("pause", "anhalten")),
            Map.entry("AMAZON.ResumeIntent", List.of("fortsetzen")),
            Map.entry("AMAZON.NextIntent", List.of("nächster", "weiter")),
            Map.entry("AMAZON.PreviousIntent", List.of("zurück")),
            Map.entry("AMAZON.ShuffleOnIntent", List.of("zufallswiedergabe")),
            Map.entry("AMAZON.MoreIntent", List.of("mehr")),
            Map.entry("AMAZON.NavigateHomeIntent", List.of("startseite")));

    private BuiltInPhrases() {
    }

    static List<String> of(String locale, String intent) {
        return (german(locale) ? GERMAN : ENGLISH).getOrDefault(intent, List.of());
    }

    /** "open music butler": a LaunchRequest. {@code invocation} is a quoted regular expression. */
    static List<Pattern> launch(String locale, String invocation) {
        String verbs = german(locale) ? "öffne|öffnen|starte|start" : "open|start|launch|begin|load";
        return List.of(Pattern.compile("(?:please )?(?:" + verbs + ") " + invocation + "(?: please| bitte)?"));
    }

    /** "ask music butler what's playing": the request after the invocation name is in group {@code request}. */
    static List<Pattern> oneShot(String locale, String invocation) {
        String lead = german(locale)
                ? "(?:frag|frage|sag|sage|bitte) " + invocation + "(?: nach| ob| dass| zu)?"
                : "(?:ask|tell) " + invocation + "(?: to| for| about| whether| if| that)?";
        return List.of(Pattern.compile(lead + " (?<request>.+)"));
    }

    private static boolean german(String locale) {
        return locale.startsWith("de");
    }
}
