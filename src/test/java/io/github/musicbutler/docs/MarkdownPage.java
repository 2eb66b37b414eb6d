package io.github.musicbutler.docs;

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
import java.util.stream.Stream;

/**
 * A Markdown page of the repository as a reader runs it: its code (shell commands in fenced blocks, with {@code \}
 * continuations joined, and inline code spans), each under the heading it stands in, and its headings' anchors as
 * GitHub makes them.
 */
record MarkdownPage(Path path, List<String> lines) {

    /** One piece of code: a command of a fenced block or an inline code span, and the heading it stands under. */
    record Code(MarkdownPage page, String heading, String text, boolean fenced) {

        @Override
        public String toString() {
            return page.path() + " (" + heading + "): " + text;
        }
    }

    private static final Set<String> SKIPPED = Set.of("target", ".git", "node_modules", ".terraform");
    private static final Pattern INLINE_CODE = Pattern.compile("`([^`]+)`");
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");

    /** Every Markdown page in the repository (the README, docs/, terraform/), build output left out. */
    static List<MarkdownPage> all() {
        try (Stream<Path> files = Files.walk(Path.of("."))) {
            return files.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> {
                        for (Path part : p) {
                            if (SKIPPED.contains(part.toString())) {
                                return false;
                            }
                        }
                        return true;
                    })
                    .map(p -> of(Path.of(".").relativize(p)))
                    .sorted((a, b) -> a.path().toString().compareTo(b.path().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MarkdownPage of(Path path) {
        try {
            return new MarkdownPage(path, Files.readAllLines(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String text() {
        return String.join("\n", lines);
    }

    List<Code> code() {
        List<Code> code = new ArrayList<>();
        String heading = "(top)";
        boolean fenced = false;
        StringBuilder command = new StringBuilder();
        for (String line : lines) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (fenced) {
                if (line.endsWith("\\")) {
                    command.append(line, 0, line.length() - 1).append(' ');
                } else {
                    command.append(line);
                    if (!command.toString().isBlank()) {
                        code.add(new Code(this, heading, command.toString().replaceAll("\\s+", " ").strip(), true));
                    }
                    command.setLength(0);
                }
                continue;
            }
            Matcher title = HEADING.matcher(line);
            if (title.matches()) {
                heading = title.group(2).strip();
            }
            Matcher span = INLINE_CODE.matcher(line);
            while (span.find()) {
                code.add(new Code(this, heading, span.group(1), false));
            }
        }
        return code;
    }

    /** The anchors GitHub gives this page's headings. */
    List<String> anchors() {
        List<String> anchors = new ArrayList<>();
        boolean fenced = false;
        for (String line : lines) {
            if (line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher title = HEADING.matcher(line);
            if (!fenced && title.matches()) {
                anchors.add(anchor(title.group(2)));
            }
        }
        return anchors;
    }

    /** GitHub's rule: lower case, punctuation dropped (but {@code -} and {@code _}), spaces become {@code -}. */
    static String anchor(String heading) {
        return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }
}
