package io.github.musicbutler.screens;

import java.util.Map;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Context;
import com.amazon.ask.model.Device;
import com.amazon.ask.model.SupportedInterfaces;
import com.amazon.ask.model.interfaces.alexa.presentation.apl.RenderDocumentDirective;
import com.amazon.ask.model.interfaces.system.SystemState;
import com.amazon.ask.response.ResponseBuilder;

/**
 * The one way an answer adds its screen: {@link #show(HandlerInput, ResponseBuilder, Screen)} adds Alexa's
 * {@code Alexa.Presentation.APL.RenderDocument} directive to the response the handler already builds, and only for
 * a device that has a screen ({@link #present(HandlerInput)}); Alexa refuses a response that sends APL to a device
 * without one. The speech stays the handler's: a screen adds to what is said, it never replaces it.
 * <p>
 * The documents live in the skill package ({@code skill-package/response/display/<document>/document.json}) and are
 * sent as a {@code Link}, so a response carries only the screen's data: one datasource named {@link #DATASOURCE}.
 */
public final class Screens {

    /** The one datasource every document reads: {@code ${payload.screen.…}}. */
    public static final String DATASOURCE = "screen";

    private static final String DOCUMENTS = "doc://alexa/apl/documents/";

    private Screens() {
    }

    /** Whether the device this request came from can show APL documents (Echo Show, Echo Spot, Fire TV). */
    public static boolean present(HandlerInput input) {
        return Optional.ofNullable(input.getRequestEnvelope().getContext())
                .map(Context::getSystem)
                .map(SystemState::getDevice)
                .map(Device::getSupportedInterfaces)
                .map(SupportedInterfaces::getAlexaPresentationAPL)
                .isPresent();
    }

    /** Adds {@code screen} to {@code response} where there is a screen; returns {@code response} either way. */
    public static ResponseBuilder show(HandlerInput input, ResponseBuilder response, Screen screen) {
        if (!present(input)) {
            return response;
        }
        return response.addDirective(RenderDocumentDirective.builder()
                // the token comes back with every touch on this screen (UserEvent.token)
                .withToken(screen.document())
                .withDocument(Map.of("type", "Link", "src", DOCUMENTS + screen.document()))
                .withDatasources(Map.of(DATASOURCE, screen))
                .build());
    }
}
