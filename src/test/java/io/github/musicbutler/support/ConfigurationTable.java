package io.github.musicbutler.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.EnvConfigSource;

/**
 * The README's configuration table (environment variable, property, default), held against a {@link ConfigMapping}
 * as SmallRye Config reads it: what a reader is told is what the function does when nothing is set.
 */
public final class ConfigurationTable {

    /** One row: {@code | `ENV` | `property` | default | meaning |}. */
    public record Row(String environment, String property, String documentedDefault) {
    }

    private static final Pattern ROW = Pattern.compile("^\\| `([A-Z0-9_]+)` \\| `([a-z0-9.-]+)` \\| ([^|]+) \\|");

    private ConfigurationTable() {
    }

    /** The README's rows by environment name. */
    public static Map<String, Row> readme() {
        Map<String, Row> rows = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("README.md"))) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    rows.put(row.group(1), new Row(row.group(1), row.group(2), row.group(3).strip().replace("`", "")));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * Every property of {@code mapping} has its row in the README, under its environment name and property name, and
     * its value with nothing set is the one the row documents ({@code unset}: empty); compared as the mapping's
     * types, so {@code 1s} and {@code PT1S} are the same default.
     */
    public static void assertDocumented(Class<?> mapping) {
        String prefix = mapping.getAnnotation(ConfigMapping.class).prefix();
        Map<String, Row> readme = readme();
        Object nothingSet = read(mapping, Map.of());
        for (Method setting : mapping.getMethods()) {
            if (setting.isDefault() || Modifier.isStatic(setting.getModifiers()) || setting.getParameterCount() > 0) {
                continue;
            }
            String property = prefix + "." + kebab(setting.getName());
            String environment = property.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
            Row row = readme.get(environment);
            assertNotNull(row, environment + " (" + property + ") is missing from the README's configuration table");
            assertEquals(property, row.property(), "the README's property name for " + environment);
            Object actual = value(setting, nothingSet);
            if (row.documentedDefault().equals("unset")) {
                assertEquals(Optional.empty(), actual, property + " is documented as unset by default");
            } else {
                Object documented = value(setting, read(mapping, Map.of(environment, row.documentedDefault())));
                assertTrue(!(actual instanceof Optional<?> o) || o.isPresent(), property + " has no default");
                assertEquals(documented, actual, property + ": the README's default is " + row.documentedDefault());
            }
        }
    }

    private static Object read(Class<?> mapping, Map<String, String> environment) {
        return Settings.builder()
                .withMapping(mapping)
                .withSources(new EnvConfigSource(environment, 300))
                .build()
                .getConfigMapping(mapping);
    }

    private static Object value(Method setting, Object config) {
        try {
            return setting.invoke(config);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(setting + " could not be read", e);
        }
    }

    private static String kebab(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
