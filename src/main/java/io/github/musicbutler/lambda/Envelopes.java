package io.github.musicbutler.lambda;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.amazon.ask.exception.AskSdkException;
import com.amazon.ask.model.RequestEnvelope;
import com.amazon.ask.model.ResponseEnvelope;
import com.amazon.ask.util.JacksonSerializer;

import io.github.musicbutler.skill.InvalidAlexaRequestException;
import io.quarkus.runtime.ImageMode;

/**
 * Reads and writes Alexa's envelopes with the ASK SDK's own serializer (one static Jackson {@code ObjectMapper}
 * configured by the SDK), so envelopes are read, and answers written, exactly as the SDK's own handlers do.
 *
 * <p>Jackson builds a deserializer for every class of the envelope the first time it meets it, by introspecting the
 * ASK model's builder classes: on a cold start that was a quarter of the native executable's time to its first
 * answer. So the reader is warmed on {@link #samples(String) sample envelopes} of every request type the skill
 * handles before a real one arrives:
 * <ul>
 * <li>in a native executable, while the image is built: Quarkus initialises classes at image build time, so this
 * class's static initialiser runs in the image builder, and the mapper with its built deserializers is stored in the
 * image heap, ready when the process starts;</li>
 * <li>on the JVM, only before a SnapStart snapshot ({@link SnapStartPriming} answers the same samples). An
 * on-demand JVM start does no extra work: warming there only moves the cost from the first request into init.</li>
 * </ul>
 * Warming changes no result, only when deserializers are built ({@code EnvelopesTest} compares every test envelope
 * read by a warmed and by a cold mapper). The image heap gains Jackson's deserializers and the samples' field names,
 * nothing read from the environment and no secret: the samples are constants of this class, without tokens, and
 * their values are not kept.
 */
public final class Envelopes {

    private static final JacksonSerializer SERIALIZER = new JacksonSerializer();

    /** Stands for the skill's id where none matters (reading) or none is configured (every id accepted). */
    static final String ANY_SKILL = "amzn1.ask.skill.00000000-0000-0000-0000-000000000000";

    /**
     * How many samples were read while the native image was built; 0 on the JVM and in a native executable whose
     * image was built without this warm-up. Being a static field set by the static initialiser, a value above 0 at
     * run time proves that the initialiser ran in the image builder and its result is in the image heap.
     */
    private static final int WARMED_AT_IMAGE_BUILD = ImageMode.current() == ImageMode.NATIVE_BUILD ? warmUp() : 0;

    private Envelopes() {
    }

    /** An Alexa request as the ASK SDK reads it; unreadable input is Alexa's mistake, not the skill's. */
    public static RequestEnvelope read(InputStream json) {
        try {
            return SERIALIZER.deserialize(json, RequestEnvelope.class);
        } catch (AskSdkException e) {
            throw InvalidAlexaRequestException.unreadable(e);
        }
    }

    public static void write(ResponseEnvelope response, OutputStream out) {
        SERIALIZER.serialize(response, out);
    }

    /** Reads every sample the way requests are read (bytes, not strings, so the parser's name tables warm too). */
    static int warmUp() {
        int read = 0;
        for (String sample : samples(ANY_SKILL)) {
            read(new ByteArrayInputStream(sample.getBytes(StandardCharsets.UTF_8)));
            read++;
        }
        return read;
    }

    static int warmedAtImageBuild() {
        return WARMED_AT_IMAGE_BUILD;
    }

    /**
     * One envelope of every request type the skill handles, of an unlinked user (answering them never calls
     * Spotify), addressed to {@code skillId}: launch with an Echo Show's viewport, an intent with a resolved slot and
     * the dialogue's session attributes from a recognised speaker, the end of a session with an error, a resumed
     * session, and a skill event without a session. Every nested type a real request carries that the skill reads
     * (session, user, person, device, viewport, slots, resolutions) appears at least once.
     */
    static List<String> samples(String skillId) {
        return List.of(
                ENVELOPE.formatted(session(true, skillId, "{}"), skillId, "", ECHO_SHOW, LAUNCH),
                ENVELOPE.formatted(session(false, skillId, DIALOGUE_ATTRIBUTES), skillId, PERSON, ECHO_SHOW,
                        PLAY_PLAYLIST),
                ENVELOPE.formatted(session(false, skillId, "{}"), skillId, "", "", SESSION_ENDED),
                ENVELOPE.formatted(session(false, skillId, "{}"), skillId, "", "", SESSION_RESUMED),
                ENVELOPE.formatted("", skillId, "", "", SKILL_ENABLED));
    }

    private static String session(boolean isNew, String skillId, String attributes) {
        return SESSION.formatted(isNew, skillId, attributes);
    }

    private static final String ENVELOPE = """
            {"version":"1.0",%s
             "context":{"System":{"application":{"applicationId":"%s"},"user":{"userId":"amzn1.ask.account.sample"},%s
              "device":{"deviceId":"amzn1.ask.device.sample","supportedInterfaces":{}},
              "apiEndpoint":"https://api.amazonalexa.com"}%s},
             "request":%s}""";

    private static final String SESSION = """
            "session":{"new":%s,"sessionId":"amzn1.echo-api.session.sample",
              "application":{"applicationId":"%s"},"attributes":%s,"user":{"userId":"amzn1.ask.account.sample"}},""";

    /** Voice ID recognised the speaker, who has not linked personally: no token either way. */
    private static final String PERSON = """
            "person":{"personId":"amzn1.ask.person.sample","authenticationConfidenceLevel":{"level":400}},""";

    private static final String ECHO_SHOW = """
            ,"Viewport":{"experiences":[{"arcMinuteWidth":246,"arcMinuteHeight":144,"canRotate":false,"canResize":false}],
               "shape":"RECTANGLE","pixelWidth":1024,"pixelHeight":600,"dpi":160,"currentPixelWidth":1024,
               "currentPixelHeight":600,"touch":["SINGLE"]},
              "Viewports":[{"type":"APL","id":"main","shape":"RECTANGLE","dpi":160,"presentationType":"STANDARD",
               "canRotate":false,"configuration":{"current":{"mode":"HUB","video":{"codecs":["H_264_42"]},
                "size":{"type":"DISCRETE","pixelWidth":1024,"pixelHeight":600}}}}]""";

    /**
     * A question the skill asked, as {@code dialogue.Dialogue} keeps it between turns ({@code playlists.PlaylistChoice};
     * {@code DialogueFormatTest} checks that the skill reads it as that question).
     */
    static final String DIALOGUE_ATTRIBUTES = """
            {"dialogue":{"waitingFor":"playlist-choice",
              "options":[{"name":"Running Mix","uri":"spotify:playlist:sample"}]}}""";

    private static final String LAUNCH = """
            {"type":"LaunchRequest","requestId":"amzn1.echo-api.request.sample-1",
             "timestamp":"2026-01-01T00:00:00Z","locale":"en-US","shouldLinkResultBeReturned":false}""";

    private static final String PLAY_PLAYLIST = """
            {"type":"IntentRequest","requestId":"amzn1.echo-api.request.sample-2",
             "timestamp":"2026-01-01T00:00:01Z","locale":"en-US","dialogState":"STARTED",
             "intent":{"name":"PlayPlaylistIntent","confirmationStatus":"NONE",
              "slots":{"playlist":{"name":"playlist","value":"running mix","confirmationStatus":"NONE","source":"USER",
               "resolutions":{"resolutionsPerAuthority":[{"authority":"amzn1.er-authority.echo-sdk.sample.PlaylistName",
                "status":{"code":"ER_SUCCESS_MATCH"},"values":[{"value":{"name":"running mix","id":"RUNNING_MIX"}}]}]},
               "slotValue":{"type":"Simple","value":"running mix"}}}}}""";

    private static final String SESSION_ENDED = """
            {"type":"SessionEndedRequest","requestId":"amzn1.echo-api.request.sample-3",
             "timestamp":"2026-01-01T00:00:02Z","locale":"en-US","reason":"ERROR",
             "error":{"type":"INVALID_RESPONSE","message":"sample"}}""";

    private static final String SESSION_RESUMED = """
            {"type":"SessionResumedRequest","requestId":"amzn1.echo-api.request.sample-4",
             "timestamp":"2026-01-01T00:00:03Z","locale":"en-US",
             "cause":{"type":"ConnectionCompleted","token":"sample","status":{"code":"200","message":"OK"}}}""";

    private static final String SKILL_ENABLED = """
            {"type":"AlexaSkillEvent.SkillEnabled","requestId":"amzn1.echo-api.request.sample-5",
             "timestamp":"2026-01-01T00:00:04Z","eventCreationTime":"2026-01-01T00:00:04Z",
             "eventPublishingTime":"2026-01-01T00:00:04Z"}""";
}
