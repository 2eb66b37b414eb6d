package io.github.musicbutler.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * Account linking is set up one way, written once: terraform/README.md, step 7, pushes the request that Terraform
 * renders from account-linking.json and the Spotify app's credentials (output {@code account_linking_request})
 * straight into the ASK CLI, so nobody is asked to write the client secret into a file of the repository. Every other
 * page links there, and no command anywhere pushes, copies or edits {@code account-linking.json} itself.
 */
class AccountLinkingDocsTest {

    private static final Path GUIDE = Path.of("terraform/README.md");
    private static final String STEP = "7. Account linking";
    private static final String ANCHOR = "terraform/README.md#7-account-linking";
    private static final String REQUEST = "--account-linking-request \"$(terraform -chdir=terraform output -raw account_linking_request";

    @Test
    void everyCommandThatPushesAccountLinkingIsInTheGuidesStepSeven() {
        List<MarkdownPage.Code> pushes = MarkdownPage.all().stream().flatMap(page -> page.code().stream())
                .filter(code -> code.text().contains("update-account-linking-info")).toList();

        assertFalse(pushes.isEmpty(), "no page says how to push account linking");
        for (MarkdownPage.Code push : pushes) {
            assertEquals(GUIDE, push.page().path(), "account linking is pushed elsewhere than terraform/README.md: " + push);
            assertEquals(STEP, push.heading(), "account linking is pushed outside step 7: " + push);
            assertTrue(push.fenced(), "a push in running text instead of the step's commands: " + push);
        }
    }

    @Test
    void theOneWayTakesTheRequestFromTerraformNeverFromAFile() {
        for (MarkdownPage.Code push : stepSeven().stream().filter(c -> c.text().contains("update-account-linking-info")).toList()) {
            assertTrue(push.text().contains(REQUEST), "the request must come from Terraform's output: " + push);
            assertFalse(push.text().contains("file:"), "the request must not be read from a file: " + push);
        }
    }

    @Test
    void theOneWayWritesTheSecretIntoNoFile() {
        // A redirection (" > f", " >> f", " 2> f"; not "2>&1", not a <PLACEHOLDER>) or a tool that writes files.
        Pattern writesAFile = Pattern.compile("(?:^|\\s)\\d?>>?(?!&)|\\btee\\b|\\bmktemp\\b|\\bsponge\\b");
        for (MarkdownPage.Code command : stepSeven()) {
            assertFalse(writesAFile.matcher(command.text()).find(), "step 7 writes a file: " + command);
        }
    }

    @Test
    void noCommandNamesTheAccountLinkingFile() {
        // The file may be named (a link, a table of names); a command that pushes, copies or edits it is a second way.
        for (MarkdownPage page : MarkdownPage.all()) {
            for (MarkdownPage.Code code : page.code()) {
                if (code.text().contains("account-linking.json")) {
                    assertTrue(!code.fenced() && code.text().strip().equals("account-linking.json"),
                            "a command uses account-linking.json instead of terraform/README.md, step 7: " + code);
                }
            }
        }
    }

    @Test
    void theReadmeAndTheVoiceCommandsLinkToTheOneWay() {
        assertTrue(MarkdownPage.of(GUIDE).anchors().contains("7-account-linking"), "terraform/README.md has no step 7 heading");
        for (Path page : List.of(Path.of("README.md"), Path.of("docs/voice-commands.md"), Path.of("docs/tokens.md"))) {
            assertTrue(MarkdownPage.of(page).text().contains(ANCHOR), page + " does not link " + ANCHOR);
        }
    }

    @Test
    void theRequestIsASensitiveOutputOfTheModule() {
        String outputs = MarkdownPage.of(Path.of("terraform/outputs.tf")).text();
        int output = outputs.indexOf("output \"account_linking_request\"");
        assertTrue(output >= 0, "terraform/outputs.tf has no output account_linking_request");
        String block = outputs.substring(output, outputs.indexOf("\n}", output));
        assertTrue(block.matches("(?s).*\\bsensitive\\s*=\\s*true\\b.*"), "account_linking_request holds the secret: it must be sensitive");
    }

    private static List<MarkdownPage.Code> stepSeven() {
        List<MarkdownPage.Code> step = MarkdownPage.of(GUIDE).code().stream().filter(c -> c.heading().equals(STEP) && c.fenced()).toList();
        assertFalse(step.isEmpty(), "terraform/README.md, step 7 has no commands");
        return step;
    }
}
