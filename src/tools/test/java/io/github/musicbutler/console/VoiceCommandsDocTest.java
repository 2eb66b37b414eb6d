package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.console.DocumentedExamples.Example;

/**
 * docs/voice-commands.md and the interaction models in step: every phrase of its tables is understood by the model
 * of its language as the intent its section names (or as an answer to a question), and every intent of the model
 * has a section. The skill's answers to the phrases are tried by {@code DocumentedExamplesIT}.
 */
class VoiceCommandsDocTest {

    private static final Pattern INTENT = Pattern.compile("(AMAZON\\.)?[A-Z][A-Za-z]+Intent");
    /** Answers to a question the skill asked, documented in the section of that question. */
    private static final Set<String> ANSWERS = Set.of("AMAZON.MoreIntent", "SelectOptionIntent", "AMAZON.YesIntent",
            "AMAZON.NoIntent", "PlayPlaylistIntent");

    @Test
    void everyPhraseOfTheTablesIsUnderstoodAsTheIntentOfItsSection() {
        List<String> problems = new ArrayList<>();
        for (Example example : DocumentedExamples.voiceCommands()) {
            Understanding understood = UtteranceResolver.forLocale(example.locale()).resolve(example.phrase());
            Set<String> intents = intentsNamed(example.section());
            if (understood.kind() == Understanding.Kind.LAUNCH) {
                continue;
            }
            boolean builtIn = example.section().contains("built-in") && understood.intent().startsWith("AMAZON.");
            if (UtteranceResolver.FALLBACK.equals(understood.intent())) {
                problems.add(example + ": not understood");
            } else if (!intents.isEmpty() && !intents.contains(understood.intent()) && !ANSWERS.contains(understood.intent())
                    && !builtIn) {
                problems.add(example + ": understood as " + understood + ", not " + intents);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyIntentOfTheModelHasASection() {
        Set<String> documented = new TreeSet<>();
        for (String line : DocumentedExamples.read(Path.of("docs", "voice-commands.md")).lines().toList()) {
            if (line.startsWith("## ")) {
                documented.addAll(intentsNamed(line));
            }
        }
        Set<String> custom = new TreeSet<>(UtteranceResolver.forLocale("en-US").intents().keySet());
        custom.removeIf(intent -> intent.startsWith("AMAZON."));
        custom.removeAll(documented);
        assertEquals(Set.of(), custom);
    }

    private static Set<String> intentsNamed(String heading) {
        Set<String> intents = new TreeSet<>();
        Matcher intent = INTENT.matcher(heading);
        while (intent.find()) {
            intents.add(intent.group());
        }
        return intents;
    }
}
