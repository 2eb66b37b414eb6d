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

/**
 * The diagrams in {@code docs/} name classes, intents, configuration and AWS resources; each page ends with a
 * "Names on this page" table listing them. Every row must still exist in the code, so a rename that leaves the
 * pictures behind fails the build.
 */
class DocsNamesTest {

    private static final Path DOCS = Path.of("docs");
    private static final Pattern ROW = Pattern.compile("^\\|\\s*([a-z-]+)\\s*\\|\\s*`([^`]+)`\\s*\\|\\s*$");
    private static final List<String> LOCALES = List.of("en-US", "en-GB", "de-DE");

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

    private static void check(Name name) {
        switch (name.kind()) {
            case "class" -> assertTrue(javaSource(name.value()).isPresent(), "no class " + name.value() + " in src/main/java");
            case "method" -> {
                String[] parts = name.value().split("\\.");
                String source = javaSource(parts[0]).map(DocsNamesTest::read).orElse("");
                assertTrue(Pattern.compile("\\b" + Pattern.quote(parts[1]) + "\\(").matcher(source).find(),
                        "no method " + name.value());
            }
            case "intent" -> {
                for (String locale : LOCALES) {
                    assertTrue(read(Path.of("skill-package/interactionModels/custom/" + locale + ".json"))
                            .contains("\"name\": \"" + name.value() + "\""), name.value() + " missing in " + locale);
                }
                assertTrue(mainSources().anyMatch(source -> read(source).contains("\"" + name.value() + "\"")),
                        "no handler mentions " + name.value());
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

    private static java.util.Optional<Path> javaSource(String simpleName) {
        return mainSources().filter(p -> p.getFileName().toString().equals(simpleName + ".java")).findFirst();
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
