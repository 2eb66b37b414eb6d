package io.github.musicbutler.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The deployment docs say what the Terraform module does, and their commands run where they say. */
class DeploymentDocsTest {

    private static final Pattern JAVA_RUNTIME = Pattern.compile("\\bjava\\d+\\b");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#\\s]*)#([^)\\s]+)\\)");

    @Test
    void everyTerraformOutputCommandRunsFromTheRepositoryRoot() {
        for (MarkdownPage page : MarkdownPage.all()) {
            for (MarkdownPage.Code code : page.code()) {
                assertFalse(code.text().matches(".*(?<![=\\w/-])terraform\\s+output\\b.*"),
                        "docs run from the repository root, so terraform needs -chdir=terraform: " + code);
            }
        }
    }

    @Test
    void theReadmeOffersTheJavaRuntimesTheModuleAccepts() {
        Set<String> accepted = acceptedJavaRuntimes();
        String jvmRow = MarkdownPage.of(Path.of("README.md")).lines().stream()
                .filter(line -> line.startsWith("| JVM | `./mvnw package`")).findFirst().orElseThrow();

        assertEquals(accepted, javaRuntimes(jvmRow), "README.md's build table: " + jvmRow);
    }

    @Test
    void theTerraformReadmeOffersTheJavaRuntimesTheModuleAccepts() {
        Set<String> accepted = acceptedJavaRuntimes();
        MarkdownPage guide = MarkdownPage.of(Path.of("terraform/README.md"));
        String section = "";
        for (String line : guide.lines()) {
            if (line.startsWith("## ")) {
                section = line;
            }
            // Only the section on moving to a newer runtime may name one the module does not accept.
            if (!section.equals("## Java runtime")) {
                assertTrue(accepted.containsAll(javaRuntimes(line)), "terraform/README.md offers a runtime the module refuses: " + line);
            }
        }
        String input = guide.lines().stream().filter(line -> line.startsWith("| `jvm_runtime` |")).findFirst().orElseThrow();
        assertEquals(accepted, javaRuntimes(input), "terraform/README.md's jvm_runtime input: " + input);
    }

    @Test
    void linksIntoPagesLeadToHeadingsThatExist() {
        for (MarkdownPage page : MarkdownPage.all()) {
            for (String line : page.lines()) {
                Matcher link = LINK.matcher(line);
                while (link.find()) {
                    if (link.group(1).startsWith("http")) {
                        continue;
                    }
                    Path target = link.group(1).isEmpty() ? page.path() : page.path().resolveSibling(link.group(1)).normalize();
                    if (target.toString().endsWith(".md")) {
                        assertTrue(MarkdownPage.of(target).anchors().contains(link.group(2)),
                                page.path() + " links " + link.group(1) + "#" + link.group(2) + ", a heading " + target + " does not have");
                    }
                }
            }
        }
    }

    @Test
    void theOfflinePlanTestPlansTheDocumentedExample() {
        // tests/offline_plan.tftest.hcl proves the dry run of terraform/README.md; it must plan what the example sets.
        String test = MarkdownPage.of(Path.of("terraform/tests/offline_plan.tftest.hcl")).text().replaceAll("[ \\t]+", " ");
        List<String> settings = MarkdownPage.of(Path.of("terraform/examples/offline-plan.tfvars")).lines().stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();

        assertTrue(settings.contains("offline_plan = true"), "the example must set offline_plan = true");
        for (String setting : settings) {
            assertTrue(test.contains(setting.replaceAll("[ \\t]+", " ")), "tests/offline_plan.tftest.hcl does not plan with " + setting);
        }
    }

    private static Set<String> acceptedJavaRuntimes() {
        String variables = MarkdownPage.of(Path.of("terraform/variables.tf")).text();
        String block = variables.substring(variables.indexOf("variable \"jvm_runtime\""));
        Matcher accepted = Pattern.compile("contains\\(\\[([^\\]]*)\\], var\\.jvm_runtime\\)").matcher(block);
        assertTrue(accepted.find(), "no validation of jvm_runtime in terraform/variables.tf");
        Set<String> runtimes = javaRuntimes(accepted.group(1));
        assertFalse(runtimes.isEmpty());
        return runtimes;
    }

    private static Set<String> javaRuntimes(String text) {
        Set<String> runtimes = new TreeSet<>();
        Matcher runtime = JAVA_RUNTIME.matcher(text);
        while (runtime.find()) {
            runtimes.add(runtime.group());
        }
        return runtimes;
    }
}
