package io.github.musicbutler.docs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.github.musicbutler.support.SkillLocales;

/**
 * The diagrams and guides in {@code docs/} name classes, methods, intents, slots, texts, configuration and AWS
 * resources; each page ends with a "Names on this page" table listing them. Every row must still be declared in the
 * code (a class compiled from one of the source trees, a method declared on that class, an intent and its slot in
 * every model, a text in the English catalog, which {@code SpeechCatalogTest} makes every language's have, a
 * file that exists), so a rename that leaves the pages behind fails the build; a mention elsewhere does not count. The code a page's prose names as {@code Class.method} or
 * {@code package/Class} must be in its table.
 */
class DocsNamesTest {

    private static final Path DOCS = Path.of("docs");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([a-z-]+)\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*$");
    private static final List<String> LOCALES = SkillLocales.all();

    record Name(Path page, String kind, String value) {
    }

    @TestFactory
    Stream<DynamicTest> everyDocumentedNameExistsInTheCode() {
        return documentedNames().stream().map(name -> DynamicTest.dynamicTest(
                name.page().getFileName() + ": " + name.kind() + " " + name.value(), () -> check(name)));
    }

    @Test
    void diagramPagesListTheirNames() {
        assertFalse(documentedNames().isEmpty(), "docs/ pages with diagrams must end with a 'Names on this page' table");
        for (Path page : pages()) {
            if (read(page).contains("```mermaid")) {
                assertTrue(read(page).contains("## Names on this page"), page + " has diagrams but no names table");
            }
        }
    }

    @Test
    void readmeLinksEveryDiagramPage() {
        String readme = read(Path.of("README.md"));
        for (Path page : pages()) {
            if (read(page).contains("```mermaid")) {
                assertTrue(readme.contains("docs/" + page.getFileName()), "README.md does not link " + page);
            }
        }
    }

    /**
     * Code named in a page's prose ({@code Class.method}, {@code SetVolumeIntent.volume}, {@code package/Class}) is in
     * its names table, so that it is checked against the declarations like every row.
     */
    @TestFactory
    Stream<DynamicTest> everyCodeNameInTheProseIsInTheNamesTable() {
        return pages().stream().filter(page -> read(page).contains("## Names on this page")).map(page ->
                DynamicTest.dynamicTest(page.getFileName().toString(), () -> {
                    Set<String> rows = documentedNames().stream().filter(name -> name.page().equals(page))
                            .map(name -> name.kind() + " " + name.value()).collect(Collectors.toSet());
                    List<String> missing = new ArrayList<>();
                    for (String wanted : codeNamesInProse(page)) {
                        if (!rows.contains(wanted)) {
                            missing.add("| " + wanted.replaceFirst(" ", " | `") + "` |");
                        }
                    }
                    assertTrue(missing.isEmpty(), () -> page + " names code its table does not list; add these rows"
                            + " to its 'Names on this page' table:\n" + String.join("\n", missing));
                }));
    }

    private static final Pattern MEMBER = Pattern.compile("^(?:[a-z]+/)?([A-Z][A-Za-z0-9]*)\\.([a-z][A-Za-z0-9]*)(?:\\(.*\\))?$");
    private static final Pattern PACKAGED_CLASS = Pattern.compile("^[a-z]+/([A-Z][A-Za-z0-9]*)(?:\\.java)?$");
    private static final Set<String> FILE_TYPES = Set.of("java", "json", "properties", "md", "tf", "txt");

    /** "kind name" of each piece of code in the prose of the page (code blocks and the names table left out). */
    private static List<String> codeNamesInProse(Path page) {
        List<String> names = new ArrayList<>();
        boolean fenced = false;
        for (String line : read(page).split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                continue;
            }
            if (line.equals("## Names on this page")) {
                break;
            }
            Matcher span = Pattern.compile("`([^`]+)`").matcher(line);
            while (span.find()) {
                String code = span.group(1).strip();
                Matcher member = MEMBER.matcher(code);
                Matcher type = PACKAGED_CLASS.matcher(code);
                if (member.matches() && !FILE_TYPES.contains(member.group(2))) {
                    names.add((member.group(1).endsWith("Intent") ? "slot " : "method ") + member.group(1) + "."
                            + member.group(2));
                } else if (type.matches()) {
                    names.add("class " + type.group(1));
                }
            }
        }
        return names;
    }

    private static void check(Name name) {
        switch (name.kind()) {
            case "class" -> assertTrue(type(name.value()).isPresent(), "no class " + name.value()
                    + " declared in src/main/java, src/test/java or src/tools");
            case "method" -> {
                int dot = name.value().lastIndexOf('.');
                String owner = name.value().substring(0, dot);
                String method = name.value().substring(dot + 1);
                Class<?> type = type(owner).orElseThrow(() -> new AssertionError("no class " + owner));
                assertTrue(Stream.of(type.getDeclaredMethods()).anyMatch(m -> m.getName().equals(method)),
                        "no method " + method + " declared on " + type.getName());
            }
            case "intent" -> {
                for (String locale : LOCALES) {
                    assertTrue(modelIntents(locale).containsKey(name.value()), name.value() + " missing in " + locale);
                }
            }
            case "slot" -> {
                String intent = name.value().substring(0, name.value().indexOf('.'));
                String slot = name.value().substring(name.value().indexOf('.') + 1);
                for (String locale : LOCALES) {
                    assertTrue(modelIntents(locale).getOrDefault(intent, Set.of()).contains(slot),
                            "no slot " + slot + " of " + intent + " in " + locale);
                }
            }
            case "speech" -> {
                for (String catalog : List.of("speech.properties")) {
                    assertTrue(speechKeys(catalog).contains(name.value()), "no text " + name.value() + " in " + catalog);
                }
            }
            case "env" -> assertTrue(configurationProperties().contains(normalize(name.value())),
                    name.value() + " maps to no configuration property");
            case "property" -> assertTrue(configurationProperties().contains(normalize(name.value())),
                    "no configuration property " + name.value());
            case "terraform" -> assertTrue(terraformSources().anyMatch(tf -> read(tf).contains("resource \"" + name.value() + "\"")),
                    "terraform/ creates no " + name.value());
            case "oidc-client" -> assertTrue(read(Path.of("src/main/resources/application.properties"))
                    .contains("quarkus.oidc-client." + name.value() + "."), "no OIDC client named " + name.value());
            case "file" -> assertTrue(Files.exists(Path.of(name.value())), "no file " + name.value());
            default -> fail("unknown kind '" + name.kind() + "' in " + name.page());
        }
    }

    /** The compiled class of that simple name (or {@code Outer.Inner}), declared in one of the source trees. */
    private static java.util.Optional<Class<?>> type(String name) {
        String outer = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        return SOURCE_ROOTS.stream().flatMap(root -> walk(root).filter(p -> p.getFileName().toString().equals(outer + ".java"))
                .map(p -> root.relativize(p).toString().replaceFirst("\\.java$", "").replace('/', '.')))
                .map(fqn -> fqn + name.substring(outer.length()).replace('.', '$'))
                .flatMap(fqn -> {
                    try {
                        return Stream.<Class<?>>of(Class.forName(fqn, false, DocsNamesTest.class.getClassLoader()));
                    } catch (ClassNotFoundException e) {
                        return Stream.empty();
                    }
                }).findFirst();
    }

    private static final List<Path> SOURCE_ROOTS = List.of(Path.of("src/main/java"), Path.of("src/test/java"),
            Path.of("src/tools/main/java"), Path.of("src/tools/test/java"));

    /** Each intent of the locale's model with its slots. */
    private static java.util.Map<String, Set<String>> modelIntents(String locale) {
        try {
            java.util.Map<String, Set<String>> intents = new java.util.HashMap<>();
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(read(Path.of(
                    "skill-package/interactionModels/custom/" + locale + ".json")))
                    .at("/interactionModel/languageModel/intents").forEach(intent -> {
                        Set<String> slots = new java.util.HashSet<>();
                        intent.path("slots").forEach(slot -> slots.add(slot.path("name").asText()));
                        intents.put(intent.path("name").asText(), slots);
                    });
            return intents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> speechKeys(String catalog) {
        java.util.Properties texts = new java.util.Properties();
        try (var in = Files.newBufferedReader(Path.of("src/main/resources/messages", catalog))) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts.stringPropertyNames();
    }

    private static List<Name> documentedNames() {
        List<Name> names = new ArrayList<>();
        for (Path page : pages()) {
            boolean inTable = false;
            for (String line : read(page).split("\n")) {
                if (line.startsWith("## ")) {
                    inTable = line.equals("## Names on this page");
                    continue;
                }
                Matcher row = ROW.matcher(line);
                if (inTable && row.matches()) {
                    names.add(new Name(page, row.group(1), row.group(2)));
                }
            }
        }
        return names;
    }

    /** Property names as SmallRye matches environment variables: lower case, without dots, dashes or underscores. */
    private static Set<String> configurationProperties() {
        Set<String> properties = new java.util.HashSet<>();
        for (String line : read(Path.of("src/main/resources/application.properties")).split("\n")) {
            String key = line.strip().replaceFirst("^#", "");
            if (key.contains("=") && !key.startsWith(" ")) {
                properties.add(normalize(key.substring(0, key.indexOf('=')).replaceFirst("^%[a-z-]+\\.", "")));
            }
            Matcher reference = Pattern.compile("\\$\\{([a-zA-Z0-9.-]+)").matcher(line);
            while (reference.find()) {
                properties.add(normalize(reference.group(1)));
            }
        }
        Pattern prefix = Pattern.compile("@ConfigMapping\\(prefix = \"([^\"]+)\"\\)");
        Pattern method = Pattern.compile("^\\s+[A-Za-z<>, ]+\\s+([a-z][A-Za-z0-9]*)\\(\\);", Pattern.MULTILINE);
        mainSources().map(DocsNamesTest::read).forEach(source -> {
            Matcher mapping = prefix.matcher(source);
            if (mapping.find()) {
                Matcher methods = method.matcher(source);
                while (methods.find()) {
                    properties.add(normalize(mapping.group(1) + methods.group(1)));
                }
            }
        });
        return properties;
    }

    private static String normalize(String name) {
        return name.replaceAll("[._-]", "").toLowerCase(Locale.ROOT);
    }

    private static Stream<Path> mainSources() {
        return walk(Path.of("src/main/java")).filter(p -> p.toString().endsWith(".java"));
    }

    private static Stream<Path> terraformSources() {
        return walk(Path.of("terraform")).filter(p -> p.toString().endsWith(".tf") && !p.toString().contains(".terraform"));
    }

    private static List<Path> pages() {
        return walk(DOCS).filter(p -> p.toString().endsWith(".md")).sorted().collect(Collectors.toList());
    }

    private static Stream<Path> walk(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
