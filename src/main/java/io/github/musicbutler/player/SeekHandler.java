package io.github.musicbutler.player;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Playback;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * A jump within the song that is playing ("start this song over", "skip ahead thirty seconds", "go back ten
 * seconds"): reads where it is and how long it is ({@code GET /me/player}), moves to the new position, kept between
 * the start and the end of the song ({@code PUT /me/player/seek}), and says so; the session ends. Nothing playing:
 * said as such, without a call. No Premium, no active device: spoken by {@code SpotifyFailureHandler}.
 */
abstract class SeekHandler extends LinkedIntentHandler {

    /** The jump when no number was heard, in seconds. */
    static final int DEFAULT_SECONDS = 10;

    SeekHandler(String intent) {
        super(intent);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<Playback> playing = spotify.playback().filter(p -> p.item() != null && p.item().durationMs() != null);
        if (playing.isEmpty()) {
            return say(input, speech.say("seek.nothingPlaying"));
        }
        Playback playback = playing.get();
        long duration = playback.item().durationMs();
        long progress = playback.progressMs() == null ? 0 : playback.progressMs();
        long wanted = Math.max(0, Math.min(duration, target(input, progress)));
        spotify.seek(wanted, playback.device());
        return say(input, confirmation(input, speech));
    }

    /**
     * The seconds said in {@code slot}; ten when Alexa heard none or no usable number ({@code "?"}), as a jump in
     * a song is better than a question.
     */
    static int seconds(HandlerInput input, String slot) {
        return Slots.value(input, slot).flatMap(value -> {
            try {
                return Optional.of(Integer.parseInt(value.strip()));
            } catch (NumberFormatException notANumber) {
                return Optional.empty();
            }
        }).filter(seconds -> seconds > 0).orElse(DEFAULT_SECONDS);
    }

    /** The position wanted, in milliseconds, from the current one; may lie outside the song (then its nearest end). */
    abstract long target(HandlerInput input, long progressMs);

    abstract Phrase confirmation(HandlerInput input, Speech speech);

    private static Optional<Response> say(HandlerInput input, Phrase said) {
        return input.getResponseBuilder().withSpeech(said.ssml()).withShouldEndSession(true).build();
    }
}
