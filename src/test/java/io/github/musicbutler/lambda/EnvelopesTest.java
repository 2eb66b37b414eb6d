package io.github.musicbutler.lambda;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.Request;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.SessionEndedRequest;
import com.amazon.ask.model.SessionResumedRequest;
import com.amazon.ask.model.events.skillevents.SkillEnabledRequest;
import com.amazon.ask.util.impl.ObjectMapperFactory;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The envelope reader is warmed on sample requests before the first real one (at image build time in a native
 * executable, before a SnapStart snapshot on the JVM). Warming may change when Jackson builds its deserializers,
 * never what a request reads as.
 */
class EnvelopesTest {

    private static final Path TEST_ENVELOPES = Path.of("src/test/resources/alexa");

    /** The ASK SDK's mapper as it is before any request: same configuration, no deserializer built yet. */
    private static ObjectMapper cold;

    @BeforeAll
    static void coldReaderThenWarmUp() {
        // Jackson's copy shares configuration, never the cached (de)serializers
        cold = ObjectMapperFactory.getMapper().copy();
        Envelopes.warmUp();
    }

    @Test
    void everyTestEnvelopeReadsByteForByteAsWithoutWarmUp() throws IOException {
        List<Path> envelopes = testEnvelopes();
        assertFalse(envelopes.isEmpty(), "no test envelopes in " + TEST_ENVELOPES);
        for (Path file : envelopes) {
            byte[] json = Files.readAllBytes(file);

            RequestEnvelope today = cold.readValue(new ByteArrayInputStream(json), RequestEnvelope.class);
            RequestEnvelope warmed = Envelopes.read(new ByteArrayInputStream(json));

            assertEquals(today, warmed, file.toString());
            assertArrayEquals(cold.writeValueAsBytes(today), cold.writeValueAsBytes(warmed), file.toString());
        }
    }

    @Test
    void everySampleReadsByteForByteAsWithoutWarmUp() throws IOException {
        for (String sample : Envelopes.samples(Envelopes.ANY_SKILL)) {
            RequestEnvelope today = cold.readValue(sample, RequestEnvelope.class);
            RequestEnvelope warmed = Envelopes.read(new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)));

            assertEquals(today, warmed);
            assertArrayEquals(cold.writeValueAsBytes(today), cold.writeValueAsBytes(warmed));
        }
    }

    @Test
    void theWarmUpReadsEverySample() {
        assertEquals(Envelopes.samples(Envelopes.ANY_SKILL).size(), Envelopes.warmUp());
    }

    @Test
    void theSamplesCoverEveryRequestTypeTheSkillHandles() {
        assertEquals(Set.of(LaunchRequest.class, IntentRequest.class, SessionEndedRequest.class,
                SessionResumedRequest.class, SkillEnabledRequest.class), sampleRequestTypes());
    }

    @Test
    void theSamplesCoverTheRequestTypeOfEveryTestEnvelope() throws IOException {
        for (Path file : testEnvelopes()) {
            Class<? extends Request> type = Envelopes.read(Files.newInputStream(file)).getRequest().getClass();
            assertTrue(sampleRequestTypes().contains(type), file + ": " + type.getSimpleName() + " is not warmed");
        }
    }

    @Test
    void theSamplesAreOfAnUnlinkedUserSoNoTokenReachesTheImage() {
        for (String sample : Envelopes.samples(Envelopes.ANY_SKILL)) {
            assertFalse(sample.contains("ccessToken"), sample);
            RequestEnvelope envelope = Envelopes.read(new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)));
            assertEquals(null, envelope.getContext().getSystem().getUser().getAccessToken());
        }
    }

    @Test
    void theSamplesAreAddressedToTheSkillTheyAreFor() {
        String skillId = "amzn1.ask.skill.8f2e6c1a-3b4d-4e5f-9a0b-1c2d3e4f5a6b";
        for (String sample : Envelopes.samples(skillId)) {
            RequestEnvelope envelope = Envelopes.read(new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)));
            assertEquals(skillId, envelope.getContext().getSystem().getApplication().getApplicationId());
            if (envelope.getSession() != null) {
                assertEquals(skillId, envelope.getSession().getApplication().getApplicationId());
            }
        }
    }

    @Test
    void onTheJvmLoadingTheReaderWarmsNothing() {
        assertEquals(0, Envelopes.warmedAtImageBuild());
    }

    private static Set<Class<? extends Request>> sampleRequestTypes() {
        return Envelopes.samples(Envelopes.ANY_SKILL).stream()
                .map(sample -> Envelopes.read(new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8))))
                .map(envelope -> envelope.getRequest().getClass())
                .collect(Collectors.toSet());
    }

    private static List<Path> testEnvelopes() throws IOException {
        try (Stream<Path> files = Files.list(TEST_ENVELOPES)) {
            return files.filter(file -> file.toString().endsWith(".json")).sorted().toList();
        }
    }
}
