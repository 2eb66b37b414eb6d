package io.github.musicbutler.coldstart.reference;

import static com.amazon.ask.request.Predicates.requestType;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Optional;

import com.amazon.ask.Skill;
import com.amazon.ask.builder.CustomSkillBuilder;
import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.LaunchRequest;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.Response;
import com.amazon.ask.util.JacksonSerializer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

/**
 * The benchmark's yardstick: the same two answers from a plain ASK SDK for Java function without Quarkus, shaped
 * like Amazon's Java samples (a stream handler that builds the skill in its constructor; {@code SkillStreamHandler}
 * does the same three steps but ships in the aggregate {@code ask-sdk} artifact, which this project does not use).
 */
public class PlainAskSdkFunction implements RequestStreamHandler {

    private static final Skill SKILL = new CustomSkillBuilder()
            .addRequestHandler(new Launch())
            .addRequestHandler(new AnythingElse())
            .build();

    private final JacksonSerializer serializer = new JacksonSerializer();

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        RequestEnvelope request = serializer.deserialize(input, RequestEnvelope.class);
        serializer.serialize(SKILL.invoke(request, context), output);
    }

    static final class Launch implements RequestHandler {

        @Override
        public boolean canHandle(HandlerInput input) {
            return input.matches(requestType(LaunchRequest.class));
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder()
                    .withSpeech("Welcome to Music Butler! What would you like?")
                    .withReprompt("Try saying, what are my playlists.")
                    .build();
        }
    }

    static final class AnythingElse implements RequestHandler {

        @Override
        public boolean canHandle(HandlerInput input) {
            return true;
        }

        @Override
        public Optional<Response> handle(HandlerInput input) {
            return input.getResponseBuilder().withSpeech("You have three playlists.").build();
        }
    }
}
