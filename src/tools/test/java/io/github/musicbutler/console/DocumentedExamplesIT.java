package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.github.musicbutler.console.DocumentedExamples.Example;
import io.github.musicbutler.support.SkillLocales;

/**
 * Every example the README, {@code docs/voice-commands.md}, the help texts and {@code skill.json} show works with
 * the demo account, through the console's path (the skill's own interaction model, {@code target/function.zip}
 * run as Lambda runs it): Alexa understands it, and the skill answers without an apology or "I couldn't find".
 * An answer to a question ("more", "the second one", "yes please") is said after the question it answers.
 */
class DocumentedExamplesIT {

    private static final Path FUNCTION = Path.of(System.getProperty("lambdarun.artifact", "target/function.zip"));

    /** One function for every locale's examples, as one Lambda instance serves people of every locale. */
    private static ConsoleSkill skill;

    @BeforeAll
    static void startTheSkill() {
        skill = ConsoleSkill.startForDemo(SkillLocales.all(), FUNCTION, "documented-examples-function.log");
    }

    @AfterAll
    static void stopTheSkill() {
        skill.close();
    }

    @Test
    void everyDocumentedExampleWorksWithTheDemoAccount() {
        Map<String, List<Example>> byLocale = new LinkedHashMap<>();
        DocumentedExamples.all().forEach(example -> byLocale
                .computeIfAbsent(example.locale(), key -> new ArrayList<>())
                .add(example));
        assertTrue(byLocale.values().stream().mapToInt(List::size).sum() > 100, "the examples were not found");

        List<String> failures = new ArrayList<>();
        byLocale.values().forEach(examples -> failures.addAll(tryOut(examples)));

        assertEquals(List.of(), failures);
    }

    /**
     * The README's console transcripts are what the console prints for their lines, cards included: each block is
     * run as a script against a fresh demo account and compared line by line.
     */
    @Test
    void theReadmeConsoleTranscriptsAreWhatTheConsolePrints() {
        String section = DocumentedExamples.read(Path.of("README.md"));
        section = section.substring(section.indexOf("## Talk to the skill without an Echo"));
        section = section.substring(0, section.indexOf("\n## ", 10));
        List<String> blocks = new ArrayList<>();
        String[] fenced = section.split("```");
        for (int i = 1; i < fenced.length; i += 2) {
            if (fenced[i].startsWith("\n> ")) {
                blocks.add(fenced[i].strip());
            }
        }
        assertEquals(2, blocks.size(), "an English and a German transcript");
        for (String block : blocks) {
            String locale = block.startsWith("> öffne") ? "de-DE" : "en-US";
            List<String> said = block.lines().filter(line -> line.startsWith("> ")).map(line -> line.substring(2)).toList();
            java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
            // the console as people start it, with a function of its own
            AlexaConsole.run(ConsoleOptions.script(locale, false, FUNCTION),
                    new java.io.StringReader(String.join("\n", said) + "\n"),
                    new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
            String transcript = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
            transcript = transcript.substring(transcript.indexOf("\n> ") + 1).strip();
            assertEquals(block, transcript);
        }
    }

    private static List<String> tryOut(List<Example> examples) {
        String locale = examples.getFirst().locale();
        UtteranceResolver resolver = UtteranceResolver.forLocale(locale);
        List<String> failures = new ArrayList<>();
        List<Pattern> apologies = apologies(locale);
        for (Example example : examples) {
            skill.moveIn();
            Conversation conversation = new Conversation(resolver, skill::invoke,
                    example.linked() ? DemoAccount.token(locale) : null);
            Understanding alone = resolver.resolve(example.phrase());
            if (!alone.invoked()) {
                conversation.say(resolver.opening());
                setUp(example, alone, resolver).ifPresent(conversation::say);
            }
            Turn turn = conversation.say(example.phrase());
            String heard = turn.speech();
            if (UtteranceResolver.FALLBACK.equals(turn.understanding().intent())) {
                failures.add(example + ": not understood");
            } else {
                apologies.stream().filter(apology -> apology.matcher(heard).find()).findFirst().ifPresent(apology ->
                        failures.add(example + ": " + turn.understanding() + " → " + heard));
            }
        }
        return failures;
    }

    /**
     * The question an answer answers, asked first, in the words of the locale's model (its first sample of the
     * intent that asks it): "play focus music" for "Did you mean Focus or Deep Focus?".
     */
    private static java.util.Optional<String> setUp(Example example, Understanding alone, UtteranceResolver resolver) {
        String intent = alone.intent() == null ? "" : alone.intent();
        String context = example.context();
        if (context.contains("Did you mean A or B") || context.contains("Meintest du A oder B")) {
            return java.util.Optional.of(firstSample(resolver, "PlayPlaylistIntent", "{playlist}", "focus music"));
        }
        if (context.contains("Did you mean A?") || context.contains("Meintest du A?")) {
            return java.util.Optional.of(firstSample(resolver, "PlayPlaylistIntent", "{playlist}", "dinner music"));
        }
        return java.util.Optional.ofNullable(switch (intent) {
            case "AMAZON.MoreIntent" -> firstSample(resolver, "ListPlaylistsIntent", "", "");
            case "SelectOptionIntent" -> firstSample(resolver, "SearchIntent", "{query}", "queen");
            case "AMAZON.YesIntent", "AMAZON.NoIntent" ->
                firstSample(resolver, "PlayPlaylistIntent", "{playlist}", "dinner music");
            // an episode playing, whose show is followed
            case "FollowPodcastIntent" -> firstSample(resolver, "PlayPodcastIntent", "{show}", "the daily");
            default -> null;
        });
    }

    /** The model's first sample of {@code intent} whose only slot is {@code slot} (none if blank), filled. */
    private static String firstSample(UtteranceResolver resolver, String intent, String slot, String words) {
        return resolver.samples(intent).stream()
                .filter(sample -> slot.isEmpty() ? !sample.contains("{") : sample.replace(slot, "").indexOf('{') < 0
                        && sample.contains(slot))
                .findFirst().map(sample -> sample.replace(slot.isEmpty() ? "\u0000" : slot, words))
                .orElseThrow(() -> new AssertionError(resolver.locale() + " has no sample of " + intent + " with "
                        + (slot.isEmpty() ? "no slot" : "only " + slot)));
    }

    /** The skill's answers when something did not work, as patterns: each value may be any words. */
    private static List<Pattern> apologies(String locale) {
        Properties texts = DocumentedExamples.speechFor(locale);
        List<Pattern> apologies = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            if (key.matches("(unhandled|fallback|error|spotify\\..*|playlists\\.notFound.*|devices\\.unknown.*"
                    + "|devices\\.none|search\\.none|nothingOpen\\.(select|more|yes)|playing\\.nothing"
                    + "|library\\.nothingPlaying|top\\.none|link\\..*|catalog\\.none\\..*"
                    + "|podcast\\.(notFound|noEpisode.*|unavailable|resume\\.none|followed\\.none|newest\\.none"
                    + "|follow\\.noEpisode)|audiobook\\.(notFound|noneSaved|noChapters))")) {
                String[] literals = texts.getProperty(key).split("%(\\d\\$)?[sd]", -1);
                apologies.add(Pattern.compile(String.join(".+?", Arrays.stream(literals).map(Pattern::quote).toList())));
            }
        }
        return apologies;
    }
}
