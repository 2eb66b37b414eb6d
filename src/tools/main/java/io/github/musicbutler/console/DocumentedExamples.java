package io.github.musicbutler.console;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.github.musicbutler.support.SkillLocales;

/**
 * Every example phrase the project shows people, read from where it is written: the README's table of what the
 * skill understands, the phrase tables of {@code docs/voice-commands.md}, the help texts in the speech files and
 * the example phrases of {@code skill.json}. No copy: change a document and the tests check the new words.
 */
final class DocumentedExamples {

    /**
     * One example.
     *
     * @param source  where it is written, for the failure message
     * @param section the heading (docs) or row (README) it is under, which may name its intents
     * @param context the rest of its table cell ("Answer to Did you mean A or B?: …")
     * @param linked  whether the person it is for has linked Spotify
     */
    record Example(String source, String section, String context, String locale, boolean linked, String phrase) {
        @Override
        public String toString() {
            return source + " [" + locale + (linked ? "" : ", unlinked") + "] \"" + phrase + "\"";
        }
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]+)\"");
    private static final Pattern LOCALE = Pattern.compile("\\b[a-z]{2}-[A-Z]{2}\\b");
    private static final Path README = Path.of("README.md");
    private static final Path VOICE_COMMANDS = Path.of("docs", "voice-commands.md");
    private static final Path SKILL = Path.of("skill-package", "skill.json");
    private static final Path SPEECH = Path.of("src", "main", "resources", "messages");

    private DocumentedExamples() {
    }

    static List<Example> all() {
        List<Example> examples = new ArrayList<>();
        examples.addAll(readme());
        examples.addAll(voiceCommands());
        examples.addAll(helpTexts());
        examples.addAll(skillManifest());
        return examples;
    }

    /** The README's "What the skill understands" table: each column's header names the locales it is for. */
    static List<Example> readme() {
        List<Example> examples = new ArrayList<>();
        String section = section(read(README), "## What the skill understands");
        List<List<String>> columns = null;
        for (String row : section.lines().filter(line -> line.startsWith("| ") && !line.startsWith("|---")).toList()) {
            String[] cells = cells(row);
            if (row.startsWith("| Feature")) {
                columns = Arrays.stream(cells).map(DocumentedExamples::locales).toList();
                continue;
            }
            for (int column = 1; columns != null && column < cells.length; column++) {
                String cell = cells[column];
                for (String locale : columns.get(column)) {
                    phrases(cell).forEach(p -> examples.add(new Example("README.md", cells[0], cell, locale, true, p)));
                }
            }
        }
        return examples;
    }

    /** The locales a table header names: "English (en-US, en-GB)" is en-US and en-GB. */
    private static List<String> locales(String header) {
        List<String> locales = new ArrayList<>();
        Matcher tag = LOCALE.matcher(header);
        while (tag.find()) {
            locales.add(tag.group());
        }
        return locales;
    }

    /**
     * The phrase tables of docs/voice-commands.md, and the British phrases it names: "English | Deutsch" tables, and
     * in a language's section (its heading names its locales) the "Feature" table, whose columns are for the locales
     * their header names, or else for the section's; a phrase after a locale ("fr-CA "…"") is for that locale only.
     */
    static List<Example> voiceCommands() {
        List<Example> examples = new ArrayList<>();
        String heading = "";
        List<String> sectionLocales = List.of();
        boolean phraseTable = false;
        List<List<String>> columns = null;
        for (String line : read(VOICE_COMMANDS).lines().toList()) {
            if (line.startsWith("## ")) {
                heading = line.substring(3);
                sectionLocales = locales(heading);
            } else if (!line.startsWith("|")) {
                phraseTable = false;
                columns = null;
            } else if (line.startsWith("| English | Deutsch |")) {
                // Only the phrase tables: other tables quote what Music Butler says.
                phraseTable = true;
            } else if (phraseTable && !line.startsWith("|---")) {
                String[] cells = cells(line);
                if (cells.length >= 2) {
                    String section = heading;
                    phrases(cells[0]).forEach(p -> english(examples, "docs/voice-commands.md", section, cells[0], p));
                    phrases(cells[1]).forEach(p -> examples.add(
                            new Example("docs/voice-commands.md", section, cells[1], "de-DE", true, p)));
                }
            } else if (!sectionLocales.isEmpty() && line.startsWith("| Feature")) {
                List<String> inSection = sectionLocales;
                columns = Arrays.stream(cells(line)).map(DocumentedExamples::locales)
                        .map(named -> named.isEmpty() ? inSection : named).toList();
            } else if (columns != null && !line.startsWith("|---")) {
                String[] cells = cells(line);
                for (int column = 1; column < cells.length && column < columns.size(); column++) {
                    String section = heading;
                    String cell = cells[column];
                    Matcher quoted = QUOTED.matcher(cell);
                    int after = 0;
                    while (quoted.find()) {
                        List<String> only = locales(cell.substring(after, quoted.start()));
                        after = quoted.end();
                        List<String> forLocales = only.isEmpty() ? columns.get(column) : only;
                        phrases(quoted.group()).forEach(p -> forLocales.forEach(locale -> examples.add(
                                new Example("docs/voice-commands.md", section, cell, locale, true, p))));
                    }
                }
            } else if (line.startsWith("British English (en-GB) also accepts")) {
                String section = heading;
                phrases(line).forEach(p -> examples.add(
                        new Example("docs/voice-commands.md", section, line, "en-GB", true, p)));
            }
        }
        return examples;
    }

    /** The examples the spoken help offers and its card lists, linked and not, in every published locale. */
    static List<Example> helpTexts() {
        List<Example> examples = new ArrayList<>();
        for (String locale : SkillLocales.all()) {
            Properties texts = speechFor(locale);
            for (String key : List.of("help.examples", "help.unlinked.examples")) {
                String source = "messages/" + speechFiles(locale).reversed().stream()
                        .filter(file -> speech(file).containsKey(key)).findFirst().orElseThrow() + " " + key;
                Arrays.stream(texts.getProperty(key).split("\\|")).map(String::strip).forEach(p -> examples.add(
                        new Example(source, "help", "", locale, key.equals("help.examples"), p)));
            }
        }
        return examples;
    }

    /** The example phrases of the skill's store page. */
    static List<Example> skillManifest() {
        List<Example> examples = new ArrayList<>();
        try {
            JsonNode locales = new ObjectMapper().readTree(SKILL.toFile()).at("/manifest/publishingInformation/locales");
            locales.properties().forEach(locale -> locale.getValue().path("examplePhrases").forEach(phrase -> examples.add(
                    new Example("skill.json", "examplePhrases", "", locale.getKey(), true, phrase.asText()))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return examples;
    }

    /**
     * The texts the function speaks in {@code locale}, as its {@code SpeechCatalog} finds them: the English base,
     * then the language's file, then the country's, each key from the most specific file that has it.
     */
    static Properties speechFor(String locale) {
        Properties texts = new Properties();
        speechFiles(locale).forEach(file -> texts.putAll(speech(file)));
        return texts;
    }

    /** The speech files of a locale that exist, the English base first: speech, speech_de, speech_de_DE. */
    static List<String> speechFiles(String locale) {
        Locale parsed = Locale.forLanguageTag(locale);
        return Stream.of("speech.properties", "speech_" + parsed.getLanguage() + ".properties",
                "speech_" + parsed.getLanguage() + "_" + parsed.getCountry() + ".properties")
                .filter(file -> Files.isRegularFile(SPEECH.resolve(file))).distinct().toList();
    }

    /** A speech file as the function has it. */
    static Properties speech(String file) {
        Properties texts = new Properties();
        try (var in = Files.newInputStream(SPEECH.resolve(file))) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    private static void english(List<Example> examples, String source, String section, String context, String phrase) {
        examples.add(new Example(source, section, context, "en-US", true, phrase));
        examples.add(new Example(source, section, context, "en-GB", true, phrase));
    }

    /** What a person says, in quotes; Alexa's own words ("Did you mean …?") end with a question mark. */
    private static List<String> phrases(String cell) {
        List<String> phrases = new ArrayList<>();
        Matcher quoted = QUOTED.matcher(cell);
        while (quoted.find()) {
            String phrase = quoted.group(1).strip();
            if (!phrase.endsWith("?") && !phrase.contains("…")) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    private static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading);
        int end = markdown.indexOf("\n## ", start + heading.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static String[] cells(String row) {
        String inner = row.strip();
        inner = inner.substring(1, inner.endsWith("|") ? inner.length() - 1 : inner.length());
        return Arrays.stream(inner.split("\\|")).map(String::strip).toArray(String[]::new);
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
