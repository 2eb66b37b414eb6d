package io.github.musicbutler.lambda;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.noContent;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.github.musicbutler.support.Alexa.ask;

import org.junit.jupiter.api.Test;

import io.github.musicbutler.support.AlexaRequest;
import io.github.musicbutler.support.FakeSpotify;
import io.github.musicbutler.support.FakeSpotifyResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The question in the warm-up samples is one the skill really reads, so priming builds the deserializer a real
 * follow-up needs (and the sample cannot drift from the session format unnoticed).
 */
@QuarkusTest
@WithTestResource(FakeSpotifyResource.class)
class WarmUpSessionSampleTest {

    FakeSpotify spotify;

    @Test
    void theSamplesQuestionIsAnsweredAsTheDidYouMeanItStandsFor() {
        spotify.stubFor(put(urlPathEqualTo("/v1/me/player/play")).willReturn(noContent()));

        ask(AlexaRequest.intent("SelectOptionIntent").slot("position", "1")
                .sessionAttributes(Envelopes.DIALOGUE_ATTRIBUTES));

        spotify.verify(putRequestedFor(urlPathEqualTo("/v1/me/player/play"))
                .withRequestBody(equalToJson("{\"context_uri\": \"spotify:playlist:sample\"}")));
    }
}
