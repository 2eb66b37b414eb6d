package io.github.musicbutler.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The console reads its script from standard input ({@code echo 'open music butler' | ./mvnw -q package -Pconsole
 * -Dconsole.script=-}), after the packaging steps have run in the same Maven. exec-maven-plugin's {@code exec} goal
 * pumps Maven's standard input into the process it starts unless the process writes to an {@code outputFile}: a
 * packaging step without one swallowed the script (seen: the console printed its banner and heard nothing).
 */
class PackagingLeavesStandardInputTest {

    /** The phases a {@code package} build runs, up to and including {@code package}. */
    private static final Set<String> UP_TO_PACKAGE = Set.of("validate", "initialize", "generate-sources",
            "process-sources", "generate-resources", "process-resources", "compile", "process-classes",
            "generate-test-sources", "process-test-sources", "generate-test-resources", "process-test-resources",
            "test-compile", "process-test-classes", "test", "prepare-package", "package");

    @Test
    void noProcessStartedBeforeTheConsoleReadsMavensStandardInput() throws Exception {
        Element project = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(Path.of("pom.xml").toFile()).getDocumentElement();
        List<String> steps = new ArrayList<>();
        List<String> pumped = new ArrayList<>();
        for (Element plugin : children(project, "build", "plugins", "plugin")) {
            if (!"exec-maven-plugin".equals(text(plugin, "artifactId"))) {
                continue;
            }
            for (Element execution : children(plugin, "executions", "execution")) {
                boolean exec = children(execution, "goals", "goal").stream()
                        .anyMatch(goal -> goal.getTextContent().strip().equals("exec"));
                if (exec && UP_TO_PACKAGE.contains(text(execution, "phase"))) {
                    steps.add(text(execution, "id"));
                    if (children(execution, "configuration", "outputFile").isEmpty()) {
                        pumped.add(text(execution, "id"));
                    }
                }
            }
        }
        assertFalse(steps.isEmpty(), "pom.xml runs no packaging step through exec:exec any more: is this test still needed?");
        assertEquals(List.of(), pumped, "these exec:exec steps run by ./mvnw package have no <outputFile>, so Maven's"
                + " standard input is pumped into them and the console's piped script is lost: give each an outputFile");
    }

    private static List<Element> children(Element from, String... path) {
        List<Element> level = List.of(from);
        for (String name : path) {
            List<Element> next = new ArrayList<>();
            for (Element element : level) {
                NodeList nodes = element.getChildNodes();
                for (int i = 0; i < nodes.getLength(); i++) {
                    if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE && nodes.item(i).getNodeName().equals(name)) {
                        next.add((Element) nodes.item(i));
                    }
                }
            }
            level = next;
        }
        return level;
    }

    private static String text(Element element, String child) {
        List<Element> found = children(element, child);
        return found.isEmpty() ? "" : found.get(0).getTextContent().strip();
    }
}
