package io.github.musicbutler.skill;

import jakarta.inject.Singleton;

import com.amazon.ask.Skill;
import com.amazon.ask.model.Intent;
import com.amazon.ask.model.IntentRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;

/**
 * Checks that an envelope is an Alexa request for this skill and lets the ASK skill answer it. The Lambda context
 * travels along as the handlers' {@code HandlerInput#getContext()}, so they can see the time left.
 */
@Singleton
public class AlexaGateway {

    private final Skill skill;
    private final SkillIdVerifier skillIdVerifier;

    AlexaGateway(Skill skill, SkillIdVerifier skillIdVerifier) {
        this.skill = skill;
        this.skillIdVerifier = skillIdVerifier;
    }

    public ResponseEnvelope answer(RequestEnvelope envelope, Object lambdaContext) {
        if (envelope == null) {
            throw InvalidAlexaRequestException.notAnEnvelope("the envelope itself");
        }
        if (envelope.getRequest() == null) {
            throw InvalidAlexaRequestException.notAnEnvelope("request");
        }
        skillIdVerifier.verify(envelope);
        return skill.invoke(withAnIntent(envelope), lambdaContext);
    }

    /**
     * An intent request that names no intent understood nothing, as a {@link Intents#FALLBACK}: so it is answered
     * with what the skill can do, and no handler asks a missing intent for its name.
     */
    private static RequestEnvelope withAnIntent(RequestEnvelope envelope) {
        if (!(envelope.getRequest() instanceof IntentRequest request) || request.getIntent() != null) {
            return envelope;
        }
        IntentRequest fallback = IntentRequest.builder()
                .withRequestId(request.getRequestId())
                .withTimestamp(request.getTimestamp())
                .withLocale(request.getLocale())
                .withDialogState(request.getDialogState())
                .withIntent(Intent.builder().withName(Intents.FALLBACK).build())
                .build();
        return RequestEnvelope.builder()
                .withVersion(envelope.getVersion())
                .withSession(envelope.getSession())
                .withContext(envelope.getContext())
                .withRequest(fallback)
                .build();
    }
}
