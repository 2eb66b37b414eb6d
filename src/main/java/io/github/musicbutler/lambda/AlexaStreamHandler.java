package io.github.musicbutler.lambda;

import java.io.InputStream;
import java.io.OutputStream;

import jakarta.inject.Inject;
import jakarta.inject.Named;

import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.util.JacksonSerializer;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;

import io.github.musicbutler.skill.AlexaGateway;
import io.github.musicbutler.skill.InvalidAlexaRequestException;

/**
 * The Lambda entry point ({@code quarkus.lambda.handler=alexa}). It only translates bytes: the ASK SDK's own
 * serializer reads and writes the envelopes, so responses omit empty fields exactly as the SDK's own handlers do.
 */
@Named("alexa")
public class AlexaStreamHandler implements RequestStreamHandler {

    private final JacksonSerializer serializer = new JacksonSerializer();

    @Inject
    AlexaGateway gateway;

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) {
        RequestEnvelope request;
        try {
            request = serializer.deserialize(input, RequestEnvelope.class);
        } catch (AskSdkException e) {
            throw InvalidAlexaRequestException.unreadable(e);
        }
        serializer.serialize(gateway.answer(request, context), output);
    }
}
