package io.github.musicbutler.lambda;

import static io.github.musicbutler.support.Alexa.ask;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.LogCapture;
import io.quarkus.test.junit.QuarkusIntegrationTest;

/**
 * The native executable's envelope reader comes warmed from the image build ({@link Envelopes}): its deserializers
 * were built by the static initialiser in the image builder and stored in the image heap. Only that initialiser sets
 * the count the executable reports at startup; were the class initialised at run time instead (a Quarkus or GraalVM
 * change, an {@code --initialize-at-run-time} somewhere), the count would be 0, the executable would warn instead and
 * this test would fail. There is no JVM counterpart: on the JVM nothing is warmed on an on-demand start
 * ({@code EnvelopesTest}). Run with {@code ./mvnw verify -Dnative}.
 */
@QuarkusIntegrationTest
class EnvelopeReaderNativeIT {

    @Test
    void theExecutableSaysItsEnvelopeReaderWasWarmedAtImageBuildTime() {
        int samples = Envelopes.samples(Envelopes.ANY_SKILL).size();

        String log = LogCapture.packagedFunctionOutput();

        assertTrue(log.contains("Alexa envelope reader warmed at image build time on " + samples + " sample requests"),
                log);
    }

    @Test
    void theWarmedReaderReadsTheFirstRequestsAsAnyOther() {
        ask(AlexaRequest.launch().unlinked())
                .body("response.card.type", is("LinkAccount"));
    }
}
