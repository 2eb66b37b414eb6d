package io.github.musicbutler.console;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.support.SkillLocales;

/**
 * Whole conversations through the console in script mode, against the packaged {@code target/function.zip} (hence
 * an integration test: Failsafe runs it after {@code package}) and the demo Spotify account. Each line is what a
 * person says and what they must hear; add lines as the skill learns more.
 */
class ConsoleTranscriptIT {

    private static final Path TRANSCRIPTS = Path.of("src", "tools", "test", "resources", "console");
    private static final Path FUNCTION = Path.of(System.getProperty("lambdarun.artifact", "target/function.zip"));
    private static final Pattern PLACEHOLDER = Pattern.compile("%(\\d\\$)?[sd]");
    private static ConsoleSkill skill;
    private static final Pattern FIXED_PART_BOUNDARY = Pattern.compile("%(\\d\\$)?[sd]|<[^>]+>|\\|");

    @Test
    void anEnglishConversationThroughThePlaylistsOfTheDemoAccount() {
        conversation("en-US")
                .say("open music butler").hears("Welcome to Music Butler, Alex Demo!").listening()
                .say("what are my playlists").hears("You have 19 playlists.").card("Your playlists (19)").listening()
                .say("more").hears("Next: Sommerhits für Jürgen, Workout").listening()
                .say("play running mix on the kitchen speaker")
                .hears("Playing your playlist Running Mix on the Kitchen Speaker.").closed()
                .say("what's playing").hears("This is Blinding Lights by The Weeknd.").closed()
                .verify();
    }

    @Test
    void aPlaylistNameHeardOnlyInPartIsOfferedAndConfirmedInTheNextTurn() {
        conversation("en-US")
                .say("ask music butler to play sommerhits").hears("Did you mean Sommerhits für Jürgen?").listening()
                .say("yes").hears("Playing your playlist Sommerhits für Jürgen.").closed()
                .verify();
    }

    @Test
    void helpFallbackAndGoodbye() {
        conversation("en-US")
                .say("open music butler").hears("Welcome to Music Butler").listening()
                .say("what can you do").hears("You can say: what are my playlists").card("Music Butler").listening()
                .say("order a pizza").hears("Sorry, I can't help with that.").listening()
                .say("that's all").hears("Goodbye!").closed()
                .verify();
    }

    @Test
    void aOneShotRequestWithASlotSynonym() {
        conversation("en-GB")
                .say("Alexa, ask Music Butler who are my top artists lately")
                .hears("Your top artists this month are The Weeknd, Eminem").listening()
                .verify();
    }

    /** The top list is offered to play: "the second one" is its second artist. */
    @Test
    void aTopArtistIsPlayedByItsPlaceInTheList() {
        conversation("en-US")
                .say("ask music butler who are my top artists this month").hears("Shall I play one of them?").listening()
                .say("the second one").hears("Eminem").closed()
                .verify();
    }

    @Test
    void aGermanConversation() {
        conversation("de-DE")
                .say("öffne Musik Butler").hears("Willkommen beim Musik Butler, Alex Demo!").listening()
                .say("welche Playlists habe ich").hears("Du hast 19 Playlists.").listening()
                .say("spiel Running Mix in der Küche").hears("Ich spiele deine Playlist Running Mix in der Küche.").closed()
                .say("was läuft gerade").hears("Das ist Blinding Lights von The Weeknd.").closed()
                .say("was kann ich sagen").hears("Du kannst sagen: was sind meine Playlists").card("Musik Butler")
                .say("bestell eine Pizza").hears("Das kann ich leider nicht.").listening()
                .say("tschüss").hears("Tschüss!").closed()
                .verify();
    }

    @Test
    void likedSongsVolumeAndRepeatOneRequestAtATime() {
        conversation("en-US")
                .say("ask music butler to play my liked songs").hears("Playing your liked songs.").card("Liked Songs")
                .closed()
                .say("ask music butler what's playing").hears("This is Get Lucky by Daft Punk.").closed()
                .say("ask music butler to turn it up").hears("Louder: 80 percent.").closed()
                .say("ask music butler to set the volume to forty").hears("The volume is now 40 percent.").closed()
                .say("ask music butler to mute").hears("Muted.").closed()
                .say("ask music butler to repeat this song").hears("Repeating this song.").closed()
                .say("ask music butler to turn repeat off").hears("Repeat is off.").closed()
                .say("ask music butler to shuffle my liked songs on the kitchen speaker")
                .hears("Shuffling your liked songs on the Kitchen Speaker.").closed()
                .say("ask music butler to switch to the tv").hears("TV").closed()
                .say("ask music butler to turn it down")
                .hears("Spotify can't change the volume on the TV: that device doesn't allow it.").closed()
                .verify();
        conversation("en-US").spokenBy("sam")
                .say("ask music butler to play my liked songs").hears("Your liked songs are empty.").closed()
                .verify();
    }

    @Test
    void lieblingssongsLautstaerkeUndWiederholung() {
        conversation("de-DE")
                .say("frag musik butler spiele meine lieblingssongs").hears("Ich spiele deine Lieblingssongs.")
                .card("Lieblingssongs").closed()
                .say("frag musik butler lauter").hears("Lauter: 80 Prozent.").closed()
                .say("frag musik butler lautstärke auf vierzig").hears("Die Lautstärke ist jetzt 40 Prozent.").closed()
                .say("frag musik butler stumm").hears("Stumm geschaltet.").closed()
                .say("frag musik butler wiederhole diesen song").hears("Ich wiederhole diesen Song.").closed()
                .say("frag musik butler wiederholung aus").hears("Wiederholung ist aus.").closed()
                .say("frag musik butler misch meine lieblingssongs in der küche")
                .hears("Ich mische deine Lieblingssongs in der Küche.").closed()
                .say("frag musik butler wechsel zum fernseher").hears("Fernseher").closed()
                .say("frag musik butler leiser")
                .hears("Spotify kann die Lautstärke auf dem Fernseher nicht ändern, das Gerät erlaubt es nicht.").closed()
                .verify();
    }

    @Test
    void aSearchResultOfEveryKindPlaysAndWhatIsPlayingSaysNoMoreThanSpotifyKnows() {
        conversation("en-US")
                .say("search for queen").hears("I found Don't Stop Me Now by Queen, the artist Queen")
                .listening()
                .say("play the second one").hears("Playing the artist Queen.").closed()
                .say("search for queen").listening()
                .say("play the first one").hears("Playing Don't Stop Me Now by Queen.").closed()
                .say("what's playing").hears("This is Don't Stop Me Now by Queen. It's from the album Jazz.").closed()
                .verify();
    }

    @Test
    void aGermanSearchAnsweredWithDieLetzte() {
        conversation("de-DE")
                .say("suche nach queen").hears("Ich habe Don't Stop Me Now von Queen").listening()
                .say("spiel den letzten").hears("Ich spiele das Album").closed()
                .verify();
    }

    @Test
    void anythingNotAmongThePlaylistsPlaysFromTheCatalogAndASongIsQueued() {
        conversation("en-US")
                .say("ask music butler to play daft punk").hears("Playing the artist Daft Punk.").closed()
                .say("ask music butler to play bohemian rhapsody").hears("Playing Bohemian Rhapsody by Queen.").closed()
                .say("ask music butler to play the album random access memories")
                .hears("Playing the album Random Access Memories by Daft Punk.").closed()
                .say("ask music butler to play something by adele").hears("Playing the artist Adele.").closed()
                .say("ask music butler to queue bohemian rhapsody")
                .hears("I've added Bohemian Rhapsody by Queen to the queue.").closed()
                .say("ask music butler to add this to the queue").hears("what's playing is already playing").listening()
                .say("get lucky").hears("I've added Get Lucky by Daft Punk to the queue.").closed()
                .verify();
    }

    @Test
    void aGermanCatalogConversation() {
        conversation("de-DE")
                .say("frage Musik Butler spiel daft punk").hears("Ich spiele Musik von Daft Punk.").closed()
                .say("frage Musik Butler spiel bohemian rhapsody von queen").hears("Ich spiele Bohemian Rhapsody von Queen.")
                .closed()
                .say("frage Musik Butler spiel das album random access memories")
                .hears("Ich spiele das Album Random Access Memories von Daft Punk.").closed()
                .say("frage Musik Butler füge bohemian rhapsody zur warteschlange hinzu")
                .hears("Ich habe Bohemian Rhapsody von Queen zur Warteschlange hinzugefügt.").closed()
                .say("frage Musik Butler spiel get lucky als nächstes")
                .hears("Ich habe Get Lucky von Daft Punk zur Warteschlange hinzugefügt.").closed()
                .verify();
    }

    @Test
    void aRecognisedHouseholdMemberHearsTheirOwnSpotify() {
        conversation("en-US").spokenBy("sam")
                .say("open music butler").hears("Welcome to Music Butler, Sam Demo!").listening()
                .say("what are my playlists").hears("You have 2 playlists: Skate Punk and Study Beats.").listening()
                .say("skate punk").hears("Playing your playlist Skate Punk").closed()
                .verify();
        conversation("de-DE").spokenBy("sam")
                .say("öffne Musik Butler").hears("Willkommen beim Musik Butler, Sam Demo!").listening()
                .say("welche Playlists habe ich").hears("Du hast 2 Playlists: Skate Punk und Study Beats.").listening()
                .verify();
    }

    @Test
    void anUnlinkedUserGetsTheLinkAccountCard() {
        conversation("en-US").unlinked()
                .say("open music butler").hears("please link your Spotify account").card("LinkAccount").closed()
                .verify();
    }

    @Test
    void aSearchThatFindsNothingIsAnsweredWithABareName() {
        conversation("en-US")
                .say("search for the wiggles").hears("I couldn't find anything on Spotify for the wiggles. What else should I search for?")
                .listening()
                .say("queen").hears("I found Don't Stop Me Now by Queen, the artist Queen").listening()
                .say("play the second one").hears("Playing the artist Queen.").closed()
                .verify();
    }

    @Test
    void aGermanSearchThatFindsNothingIsAnsweredWithABareName() {
        conversation("de-DE")
                .say("suche nach den wiggles").hears("Zu den wiggles habe ich auf Spotify nichts gefunden.").listening()
                .say("queen").hears("Ich habe Don't Stop Me Now von Queen").listening()
                .verify();
    }

    @Test
    void theDevicesKeepListeningForWhereToPlay() {
        conversation("en-US")
                .say("ask music butler what are my devices")
                .hears("The music is playing on Alex's Phone right now. To move the music, say switch to")
                .card("Your Spotify devices").listening()
                .say("play rock classics in the living room").hears("Playing your playlist Rock Classics in the Living Room.")
                .closed()
                .verify();
    }

    @Test
    void germanDevicesAreNamedAsPlacesAndKeepListening() {
        conversation("de-DE")
                .say("frag musik butler welche geräte habe ich").hears("Gerade läuft die Musik auf dem Handy von Alex.")
                .listening()
                .say("wechsle zu küche").hears("Die Musik läuft jetzt in der Küche.").card("Küche").closed()
                .verify();
    }

    @Test
    void switchingShowsTheDeviceOnTheCard() {
        conversation("en-US")
                .say("ask music butler to switch to the living room").hears("The music is now playing in the Living Room.")
                .card("Living Room").closed()
                .verify();
    }

    @Test
    void theLastPageOfMoreAsksWhichToPlayAndABareNameAnswers() {
        conversation("en-US")
                .say("open music butler").listening()
                .say("what are my playlists").listening()
                .say("more").listening()
                .say("more").listening()
                .say("more").hears("That's all of them. Which one would you like to hear?").listening()
                .say("road trip").hears("Playing your playlist Road Trip.").closed()
                .verify();
    }

    /** The README's and voice-commands.md's example of two close names, as the demo account answers it. */
    @Test
    void theDocumentedDidYouMeanIsAskedAndTheSecondOneIsPlayed() {
        conversation("en-US")
                .say("ask music butler to play focus music").hears("Did you mean Focus or Deep Focus?").listening()
                .say("the second one").hears("Playing your playlist Deep Focus.").closed()
                .verify();
    }

    /** "Play life on mars" (docs/voice-commands.md): no device is called mars, so the whole title plays. */
    @Test
    void aTitleWithOnInItIsPlayedNotTakenForADevice() {
        conversation("en-US")
                .say("ask music butler to play life on mars").hears("Playing Life on Mars? by David Bowie.").closed()
                .say("ask music butler to play life on mars on the kitchen speaker")
                .hears("Playing Life on Mars? by David Bowie on the Kitchen Speaker.").closed()
                .verify();
        conversation("de-DE")
                .say("frag musik butler spiel tanz auf dem vulkan").hears("Ich spiele Tanz auf dem Vulkan von Udo Lindenberg.")
                .closed()
                .verify();
    }

    @Test
    void anUnknownDeviceIsAskedAgainAndTheAnswerPlaysTheSamePlaylist() {
        conversation("en-US")
                .say("ask music butler to play focus in the garage")
                .hears("I couldn't find a device called garage. Your devices are").listening()
                .say("the kitchen speaker").hears("Playing your playlist Focus on the Kitchen Speaker.").closed()
                .verify();
    }

    @Test
    void whatIsOnAPlaylistAskedBackIsAnsweredWithItsContents() {
        conversation("en-US")
                .say("open music butler").listening()
                .say("what's on a playlist").hears("Which playlist would you like?").listening()
                .say("chill vibes").hears("Chill Vibes has 5 songs: ").listening()
                .say("yes").hears("Playing your playlist Chill Vibes.").closed()
                .verify();
    }

    @Test
    void theFirstOneWithNothingOfferedSaysWhatToDoInstead() {
        conversation("en-US")
                .say("open music butler").listening()
                .say("play the first one").hears("There's nothing to choose from right now.").listening()
                .verify();
    }

    @Test
    void helpForSomeoneWhoHasNotLinkedOffersSearch() {
        conversation("en-US").unlinked()
                .say("ask music butler for help").hears("Without a linked Spotify account, I can search Spotify for you.")
                .card("Music Butler").listening()
                .say("find songs by adele").hears("Here are songs by Adele").closed()
                .verify();
    }

    @Test
    void germanHelpForSomeoneWhoHasNotLinkedOffersSearch() {
        conversation("de-DE").unlinked()
                .say("frag musik butler was kann ich sagen").hears("Ohne verknüpftes Spotify-Konto kann ich Spotify für dich durchsuchen.")
                .card("Musik Butler").listening()
                .verify();
    }

    @Test
    void consoleCommandsAreAnsweredByTheConsoleAndNeverSentToTheSkill() {
        conversation("en-US")
                .say("open music butler").listening()
                .say("/help").prints("/quit   leave the console")
                .say(":wat").prints("Unknown console command /wat (not sent to the skill)")
                .say("what's playing").hears("This is Sunflower by Post Malone.").closed()
                .verify();
    }

    @Test
    void whatIsOnAPlaylistSaidWithoutAContraction() {
        conversation("en-US")
                .say("ask music butler what is on road trip").hears("Road Trip has 5 songs: ").card("Road Trip")
                .listening()
                .say("the third one").hears("Playing your playlist Road Trip, starting with").closed()
                .verify();
    }

    /** "Shall I play it?" is answered with "play it" as with "yes". */
    @Test
    void playItAnswersShallIPlayIt() {
        conversation("en-US")
                .say("ask music butler what's on chill vibes").hears("Shall I play it?").listening()
                .say("play it").hears("Playing your playlist Chill Vibes.").closed()
                .verify();
    }

    @Test
    void germanPleaseAndCouldYouAreUnderstood() {
        conversation("de-DE")
                .say("frag musik butler kannst du road trip spielen").hears("Ich spiele deine Playlist Road Trip.").closed()
                .say("frag musik butler was ist auf der playlist road trip").hears("Auf Road Trip sind 5 Songs: ")
                .listening()
                .verify();
    }

    static List<String> localesWithATranscript() {
        return SkillLocales.all().stream().filter(locale -> Files.isRegularFile(transcript(locale))).toList();
    }

    /**
     * Each published locale's example conversation ({@code demo-<locale>.txt}, which docs/console.md points to), run
     * whole: the skill never answers with its error or its "I didn't get that", says "I can't help with that" only to
     * a line its model lists as a fallback on purpose, and a locale that is not English never hears an English text.
     */
    @ParameterizedTest(name = "demo-{0}.txt")
    @MethodSource("localesWithATranscript")
    void everyLocalesTranscriptIsAnsweredInItsLanguageWithoutAnError(String locale) throws IOException {
        String transcript = run(locale, Files.readString(transcript(locale), StandardCharsets.UTF_8));
        Properties texts = DocumentedExamples.speechFor(locale);
        List<Pattern> errors = Stream.of("error", "unhandled").map(key -> literalPattern(texts.getProperty(key)))
                .toList();
        Pattern fallback = literalPattern(texts.getProperty("fallback"));
        List<String> fallbackSamples = fallbackSamples(locale);
        List<String> english = ConsoleLanguage.language(locale).equals("en") ? List.of()
                : englishOnly(ownTexts(locale));

        List<String> wrong = new ArrayList<>();
        for (String turn : transcript.split("\n> ")) {
            List<String> lines = turn.lines().toList();
            String said = lines.getFirst();
            String answer = String.join("\n", lines.subList(1, lines.size()));
            if (answer.contains("There was a problem with the requested skill's response")
                    || errors.stream().anyMatch(error -> error.matcher(answer).find())) {
                wrong.add("\"" + said + "\" is answered with an error:\n" + answer);
            }
            if (fallback.matcher(answer).find() && !fallbackSamples.contains(Words.phrase(said))) {
                wrong.add("\"" + said + "\" is not understood:\n" + answer);
            }
            english.stream().filter(answer::contains).findFirst().ifPresent(text -> wrong.add(
                    "\"" + said + "\" is answered in English (\"" + text + "\" of speech.properties):\n" + answer));
        }

        assertEquals(List.of(), wrong, transcript);
    }

    /** Each locale the skill publishes has its example conversation, which the test above runs. */
    @Test
    void everyPublishedLocaleHasATranscript() {
        List<String> missing = SkillLocales.all().stream().filter(locale -> !Files.isRegularFile(transcript(locale)))
                .map(locale -> "add " + transcript(locale)).toList();

        assertEquals(List.of(), missing);
    }

    @Test
    void aSkillStartedForTheDemoAccountIsNotTakenForARealSpotify() {
        ConsoleOptions real = ConsoleOptions.parse(List.of("--token", "a-real-token"), new Properties(), Map.of());

        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> AlexaConsole.run(real,
                skill("en-US"), new StringReader(""), new PrintStream(OutputStream.nullOutputStream())));

        assertTrue(refused.getMessage().contains("cannot hold a conversation in en-US with a real Spotify"),
                refused.getMessage());
    }

    private static Path transcript(String locale) {
        return TRANSCRIPTS.resolve("demo-" + locale + ".txt");
    }

    private static String run(String locale, String script) {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        AlexaConsole.run(ConsoleOptions.script(locale, false, FUNCTION), skill(locale), new StringReader(script),
                new PrintStream(output, true, StandardCharsets.UTF_8));
        String transcript = output.toString(StandardCharsets.UTF_8);
        return transcript.substring(transcript.indexOf("\n> ") + 3);
    }

    /** The texts the locale's own speech files give, without the English base they fall back to. */
    private static String ownTexts(String locale) {
        StringBuilder own = new StringBuilder();
        DocumentedExamples.speechFiles(locale).stream().skip(1).map(DocumentedExamples::speech)
                .forEach(texts -> texts.values().forEach(text -> own.append(text).append('\n')));
        return own.toString();
    }

    /** A speech text as a pattern: its words as written, any words where its {@code %s} and {@code %d} stand. */
    private static Pattern literalPattern(String text) {
        return Pattern.compile(String.join(".+?", Arrays.stream(PLACEHOLDER.split(text, -1)).map(Pattern::quote)
                .toList()));
    }

    /**
     * The English texts that give English away: the fixed parts of each English speech text (between its
     * placeholders and SSML tags) of 15 characters or more, but for those the language's own texts use too (names).
     */
    private static List<String> englishOnly(String own) {
        Properties english = DocumentedExamples.speech("speech.properties");
        return english.stringPropertyNames().stream().sorted()
                .flatMap(key -> Arrays.stream(FIXED_PART_BOUNDARY.split(english.getProperty(key))))
                .map(String::strip).filter(part -> part.length() >= 15).filter(part -> !own.contains(part))
                .distinct().toList();
    }

    /** Lines of a model's fallback intent: said on purpose to show what the skill does not do. */
    private static List<String> fallbackSamples(String locale) throws IOException {
        JsonNode model = new ObjectMapper().readTree(UtteranceResolver.MODELS.resolve(locale + ".json").toFile());
        List<String> samples = new ArrayList<>();
        for (JsonNode intent : model.at("/interactionModel/languageModel/intents")) {
            if (intent.path("name").asText().equals(UtteranceResolver.FALLBACK)) {
                intent.path("samples").forEach(sample -> samples.add(Words.phrase(sample.asText())));
            }
        }
        return samples;
    }

    /**
     * One function for the whole class and every locale, as one warm Lambda instance serves many people: each
     * conversation starts a new session, with the demo households moved in afresh.
     */
    private static ConsoleSkill skill(String locale) {
        if (skill == null) {
            skill = ConsoleSkill.startForDemo(SkillLocales.all(), FUNCTION, "console-transcripts-function.log");
        }
        return skill;
    }

    @AfterAll
    static void stopTheSkill() {
        if (skill != null) {
            skill.close();
            skill = null;
        }
    }

    private static Script conversation(String locale) {
        return new Script(locale);
    }

    /** The utterances of one conversation and, for each, what must be heard and seen. */
    private static final class Script {

        private final String locale;
        private boolean unlinked;
        private String person;
        private final List<String> utterances = new ArrayList<>();
        private final List<List<String>> expectations = new ArrayList<>();

        Script(String locale) {
            this.locale = locale;
        }

        Script unlinked() {
            unlinked = true;
            return this;
        }

        Script spokenBy(String householdMember) {
            person = householdMember;
            return this;
        }

        Script say(String utterance) {
            utterances.add(utterance);
            expectations.add(new ArrayList<>());
            return this;
        }

        Script hears(String speech) {
            return expect("Alexa: ", speech);
        }

        /** A line the console itself prints (not the skill). */
        Script prints(String text) {
            return expect("", text);
        }

        Script card(String titleOrType) {
            return expect("Card", titleOrType);
        }

        Script listening() {
            return expect("(Alexa is listening)", "");
        }

        Script closed() {
            return expect("(session closed)", "");
        }

        private Script expect(String linePrefix, String content) {
            expectations.getLast().add(linePrefix + "\u0000" + content);
            return this;
        }

        void verify() {
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            ConsoleOptions options = ConsoleOptions.script(locale, unlinked, FUNCTION);
            if (person != null) {
                options = options.spokenBy(person);
            }
            AlexaConsole.run(options, skill(locale), new StringReader(String.join("\n", utterances) + "\n"),
                    new PrintStream(output, true, StandardCharsets.UTF_8));
            String transcript = output.toString(StandardCharsets.UTF_8);

            assertTrue(transcript.startsWith("Music Butler console, " + locale), transcript);
            assertTrue(transcript.lines().findFirst().orElseThrow()
                    .contains(unlinked ? "not linked" : "the demo account \"Alex Demo\""), transcript);
            String[] turns = transcript.split("\n> ");
            if (turns.length != utterances.size() + 1) {
                fail("expected " + utterances.size() + " turns in\n" + transcript);
            }
            for (int i = 0; i < utterances.size(); i++) {
                String turn = turns[i + 1];
                assertTrue(turn.startsWith(utterances.get(i).strip()), transcript);
                for (String expectation : expectations.get(i)) {
                    String[] parts = expectation.split("\u0000", -1);
                    boolean seen = turn.lines().map(String::strip)
                            .anyMatch(line -> line.startsWith(parts[0]) && line.contains(parts[1]));
                    assertTrue(seen, "after \"" + utterances.get(i) + "\" expected a line " + parts[0] + "…"
                            + parts[1] + "… in:\n" + turn + "\n\nwhole transcript:\n" + transcript);
                }
            }
        }
    }
}
