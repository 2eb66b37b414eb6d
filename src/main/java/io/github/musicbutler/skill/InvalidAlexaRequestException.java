package io.github.musicbutler.skill;

import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;

/**
 * An event that cannot be answered as an Alexa request. Thrown to the Lambda runtime, which reports it as the
 * invocation's error and goes on serving the next one.
 * <p>
 * Messages say what was wrong and where, never the event's content: Jackson's own messages quote offending
 * tokens, and a malformed event may well carry an access token.
 */
public class InvalidAlexaRequestException extends RuntimeException {

    /** How Alexa names request types ({@code Alexa.Presentation.APL.UserEvent}); anything else is not repeated. */
    private static final Pattern REQUEST_TYPE = Pattern.compile("[A-Z][A-Za-z]{0,60}(\\.[A-Z][A-Za-z]{0,60}){0,5}");

    private InvalidAlexaRequestException(String message) {
        super(message, null, false, false);
    }

    public static InvalidAlexaRequestException unreadable(Throwable readFailure) {
        Throwable cause = readFailure.getCause() != null ? readFailure.getCause() : readFailure;
        if (cause instanceof InvalidTypeIdException unknownType) {
            String type = unknownType.getTypeId();
            String named = type != null && REQUEST_TYPE.matcher(type).matches()
                    ? "type '" + type + "'" : "a type that is not an Alexa request type";
            return new InvalidAlexaRequestException("Unsupported Alexa request: " + named + " at " + path(unknownType)
                    + " is not known to the ASK SDK model");
        }
        if (cause instanceof StreamReadException notJson) {
            return new InvalidAlexaRequestException("Not an Alexa request: the event is not valid JSON"
                    + at(notJson.getLocation()));
        }
        // A body cut short between two tokens reaches Jackson's data binding before its parser notices: still no JSON.
        if (cause instanceof MismatchedInputException cut && String.valueOf(cut.getOriginalMessage()).contains("end-of-input")) {
            return new InvalidAlexaRequestException("Not an Alexa request: the event is not valid JSON: it ends too early"
                    + at(cut.getLocation()));
        }
        if (cause instanceof DatabindException wrongShape && cause instanceof JsonMappingException mapping) {
            return new InvalidAlexaRequestException("Not an Alexa request: the event does not have the shape of a "
                    + "request envelope at " + path(mapping) + at(wrongShape.getLocation()));
        }
        return new InvalidAlexaRequestException("Not an Alexa request: the event could not be read ("
                + cause.getClass().getSimpleName() + ")");
    }

    public static InvalidAlexaRequestException notAnEnvelope(String missing) {
        return new InvalidAlexaRequestException("Not an Alexa request envelope: '" + missing + "' is missing");
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder("$");
        e.getPath().forEach(ref -> path.append(ref.getFieldName() != null ? "." + ref.getFieldName() : "[" + ref.getIndex() + "]"));
        return path.toString();
    }
}
