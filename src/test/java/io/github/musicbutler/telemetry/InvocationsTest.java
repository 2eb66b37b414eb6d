package io.github.musicbutler.telemetry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.amazon.ask.model.Response;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.model.ui.LinkAccountCard;

class InvocationsTest {

    private final Invocations invocations = new Invocations();

    @Test
    void onlyTheFirstInvocationOfTheProcessIsAColdStart() {
        Invocation first = invocations.begin("request-1", "music-butler");
        invocations.end(first);
        Invocation second = invocations.begin("request-2", "music-butler");
        invocations.end(second);

        assertTrue(first.coldStart());
        assertFalse(second.coldStart());
    }

    @Test
    void workOutsideAnInvocationIsCountedNowhere() {
        Invocation outside = invocations.current();
        outside.spotifyCall(1_000_000);

        Invocation invocation = invocations.begin("request-1", null);
        assertEquals(0, invocation.spotifyCalls());
        assertEquals(Invocations.LOCAL, invocation.function());
        invocations.end(invocation);
    }

    @Test
    void linkAccountCardIsALinkPrompt() {
        Invocation invocation = invocations.begin("request-1", "music-butler");
        invocation.answered(ResponseEnvelope.builder().withResponse(
                Response.builder().withCard(LinkAccountCard.builder().build()).withShouldEndSession(true).build()).build());
        invocations.end(invocation);

        assertEquals(Outcome.LINK_ASKED, invocation.outcome());
    }

    @Test
    void outcomeSaidByAFailureHandlerIsKept() {
        Invocation invocation = invocations.begin("request-1", "music-butler");
        invocation.ended(Outcome.RELINK_ASKED);
        invocation.answered(ResponseEnvelope.builder().withResponse(
                Response.builder().withCard(LinkAccountCard.builder().build()).build()).build());
        invocations.end(invocation);

        assertEquals(Outcome.RELINK_ASKED, invocation.outcome());
    }

    @Test
    void invocationThatNobodyEndedIsAnError() {
        Invocation invocation = invocations.begin("request-1", "music-butler");
        invocations.end(invocation);

        assertEquals(Outcome.ERROR, invocation.outcome());
    }

    @Test
    void spotifyFailureIsNamedAfterItsKind() {
        enum Kind { PREMIUM_REQUIRED }
        Outcome outcome = Outcome.spotify(Kind.PREMIUM_REQUIRED);

        assertEquals("spotify_premium_required", outcome.name());
        assertTrue(outcome.isSpotifyFailure());
        assertFalse(outcome.isLinkPrompt());
    }

    @Test
    void conversationLabelIsStableAndDoesNotRepeatTheSessionId() {
        String session = "amzn1.echo-api.session.0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5b";

        assertEquals(Invocation.conversation(session), Invocation.conversation(session));
        assertNotEquals(Invocation.conversation(session),
                Invocation.conversation("amzn1.echo-api.session.0f1e2d3c-4b5a-4978-8a9b-0c1d2e3f4a5c"));
        assertEquals(16, Invocation.conversation(session).length());
        assertFalse(session.contains(Invocation.conversation(session)));
    }
}
