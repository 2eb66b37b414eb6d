package io.github.musicbutler.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What every answer's screen is held to, for every request a test sends ({@link Alexa#ask}):
 * <ul>
 * <li>a device without {@code Alexa.Presentation.APL} gets no APL directive (Alexa refuses the whole response);</li>
 * <li>a RenderDocument links a document of the skill package ({@code skill-package/response/display/<name>/}), read
 * here from the local files as Alexa reads the deployed ones;</li>
 * <li>every data binding of that document ({@code ${payload.…}}, an item's {@code ${data.…}} within a list bound to
 * the payload, a layout's parameters) resolves in the datasource the skill really sent, so a renamed field fails the
 * build instead of showing an empty screen;</li>
 * <li>the whole response stays within {@link #BUDGET_BYTES}.</li>
 * </ul>
 * Each datasource seen is written to {@code target/apl-datasources/} with the response's size, where the build's
 * APL validation ({@code src/test/apl/validate.js}, at {@code verify}) checks it with Amazon's validator and reports
 * the largest response per document.
 */
public final class ScreenCheck {

    /** Alexa refuses a response larger than 24 KB; a screen answer keeps a third of that free. */
    public static final int BUDGET_BYTES = 16 * 1024;

    static final Path DOCUMENTS = Path.of("skill-package/response/display");
    static final Path SAMPLES = Path.of("target/apl-datasources");
    private static final String LINK = "doc://alexa/apl/documents/";
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern PATH = Pattern.compile("(?<![\\w.@])([A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*)+)");
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScreenCheck() {
    }

    static Optional<String> problem(String requestJson, String answerJson) {
        try {
            JsonNode request = JSON.readTree(requestJson);
            JsonNode answer = JSON.readTree(answerJson);
            boolean screen = request.path("context").path("System").path("device").path("supportedInterfaces")
                    .has("Alexa.Presentation.APL");
            List<JsonNode> apl = new ArrayList<>();
            answer.path("response").path("directives").forEach(d -> {
                if (d.path("type").asText().startsWith("Alexa.Presentation.APL")) {
                    apl.add(d);
                }
            });
            if (!screen) {
                return apl.isEmpty() ? Optional.empty()
                        : Optional.of("A device without a screen got an APL directive, which Alexa refuses: " + apl);
            }
            int size = answerJson.getBytes(StandardCharsets.UTF_8).length;
            for (JsonNode directive : apl) {
                if (!directive.path("type").asText().equals("Alexa.Presentation.APL.RenderDocument")) {
                    continue;
                }
                Optional<String> problem = renderDocumentProblem(directive, size);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document a RenderDocument links, read from the skill package. */
    public static JsonNode document(String name) {
        try {
            return JSON.readTree(DOCUMENTS.resolve(name).resolve("document.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every binding of {@code document} that does not resolve in {@code datasources}, as "expression (at path)". */
    public static List<String> unresolved(JsonNode document, JsonNode datasources) {
        List<String> problems = new ArrayList<>();
        Map<String, JsonNode> layouts = new HashMap<>();
        document.path("layouts").fields().forEachRemaining(e -> layouts.put(e.getKey(), e.getValue()));
        JsonNode main = document.path("mainTemplate");
        Map<String, List<JsonNode>> scope = new HashMap<>();
        scope.put(main.path("parameters").path(0).asText("payload"), List.of(datasources));
        walk(main.path("items"), scope, layouts, "/mainTemplate/items", problems, 0);
        return problems;
    }

    private static Optional<String> renderDocumentProblem(JsonNode directive, int size) throws IOException {
        String src = directive.path("document").path("src").asText();
        if (!directive.path("document").path("type").asText().equals("Link") || !src.startsWith(LINK)) {
            return Optional.of("A RenderDocument must link a document of the skill package, not " + directive.path("document"));
        }
        String name = src.substring(LINK.length());
        if (!Files.isRegularFile(DOCUMENTS.resolve(name).resolve("document.json"))) {
            return Optional.of("The answer links " + src + ", but " + DOCUMENTS.resolve(name) + "/document.json does not exist");
        }
        JsonNode datasources = directive.path("datasources");
        List<String> unresolved = unresolved(document(name), datasources);
        if (!unresolved.isEmpty()) {
            return Optional.of("Document " + name + " binds what the datasource sent does not have: " + unresolved
                    + "\nsent: " + datasources);
        }
        if (size > BUDGET_BYTES) {
            return Optional.of("The answer with screen " + name + " is " + size + " bytes, over the budget of "
                    + BUDGET_BYTES + " (Alexa's limit is 24 KB)");
        }
        keepSample(name, datasources, size);
        return Optional.empty();
    }

    private static void walk(JsonNode node, Map<String, List<JsonNode>> scope, Map<String, JsonNode> layouts,
            String at, List<String> problems, int depth) {
        if (depth > 40) {
            return;
        }
        if (node.isTextual()) {
            check(node.asText(), scope, at, problems);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), scope, layouts, at + "/" + i, problems, depth + 1);
            }
        } else if (node.isObject()) {
            Map<String, List<JsonNode>> inner = scope;
            // a list bound to data: what its items say about "data" is about each element
            for (String list : List.of("data", "listItems")) {
                if (node.path(list).isTextual()) {
                    check(node.path(list).asText(), scope, at + "/" + list, problems);
                    List<JsonNode> elements = new ArrayList<>();
                    resolve(node.path(list).asText(), scope).forEach(v -> v.forEach(elements::add));
                    inner = new HashMap<>(scope);
                    inner.put("data", elements);
                }
            }
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!field.getKey().equals("data") && !field.getKey().equals("listItems")) {
                    walk(field.getValue(), inner, layouts, at + "/" + field.getKey(), problems, depth + 1);
                }
            }
            JsonNode layout = layouts.get(node.path("type").asText());
            if (layout != null) {
                // a layout of the document: its parameters are what this use of it passes
                Map<String, List<JsonNode>> parameters = new HashMap<>();
                for (JsonNode parameter : layout.path("parameters")) {
                    String name = parameter.isTextual() ? parameter.asText() : parameter.path("name").asText();
                    if (node.path(name).isTextual()) {
                        parameters.put(name, resolve(node.path(name).asText(), inner));
                    }
                }
                walk(layout.path("item"), parameters, layouts, "/layouts/" + node.path("type").asText() + "/item",
                        problems, depth + 1);
                walk(layout.path("items"), parameters, layouts, "/layouts/" + node.path("type").asText() + "/items",
                        problems, depth + 1);
            }
        }
    }

    /** Checks each data path of each {@code ${…}} in {@code text} whose root is bound in {@code scope}. */
    private static void check(String text, Map<String, List<JsonNode>> scope, String at, List<String> problems) {
        Matcher expression = EXPRESSION.matcher(text);
        while (expression.find()) {
            Matcher path = PATH.matcher(expression.group(1).replaceAll("'[^']*'", "''"));
            while (path.find()) {
                List<JsonNode> roots = scope.get(path.group(1));
                if (roots == null) {
                    continue; // a resource (@…), a built-in (index, ordinal, event) or a name the layout defines
                }
                for (JsonNode root : roots) {
                    if (at(root, path.group(2)).isMissingNode()) {
                        problems.add(path.group(1) + path.group(2) + " (at " + at + ")");
                        break;
                    }
                }
            }
        }
    }

    /** What an expression that is one data path ({@code ${payload.screen.items}}) stands for, in each scope. */
    private static List<JsonNode> resolve(String text, Map<String, List<JsonNode>> scope) {
        Matcher path = Pattern.compile("^\\$\\{\\s*([A-Za-z_]\\w*)((?:\\.[A-Za-z_]\\w*)*)\\s*}$").matcher(text);
        if (!path.matches() || !scope.containsKey(path.group(1))) {
            return List.of();
        }
        return scope.get(path.group(1)).stream().map(root -> at(root, path.group(2))).filter(v -> !v.isMissingNode())
                .toList();
    }

    private static JsonNode at(JsonNode root, String dottedPath) {
        return dottedPath.isEmpty() ? root : root.at(dottedPath.replace('.', '/'));
    }

    private static void keepSample(String document, JsonNode datasources, int size) throws IOException {
        ObjectNode sample = JSON.createObjectNode();
        sample.put("document", document);
        sample.put("responseBytes", size);
        sample.set("datasources", datasources);
        byte[] bytes = JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(sample);
        Files.createDirectories(SAMPLES);
        Files.write(SAMPLES.resolve(document + "-" + digest(bytes) + ".json"), bytes);
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
