package io.github.musicbutler.screens;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.Playback;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * What is playing: the artwork, the title, who made it (the artists, or the show of an episode), where it is played
 * from and on which device, how far it has got, and the buttons that pause (or resume what is paused), skip and go
 * back (each sends a {@code UserEvent} the skill answers as the spoken command).
 *
 * @param progressMs how far into the item, 0 when Spotify did not say
 * @param durationMs its length, 0 when Spotify did not say (the document then shows no progress bar)
 */
@RegisterForReflection
@JsonInclude(JsonInclude.Include.ALWAYS)
public record NowPlayingScreen(String header, String title, String byline, String from, String device,
        String imageUrl, long progressMs, long durationMs, Transport transport) implements Screen {

    public static final String DOCUMENT = "NowPlaying";

    /**
     * The transport buttons' labels, in the listener's language, and whether it plays: the middle button pauses what
     * plays and resumes what is paused, and turns into the other once touched.
     */
    @RegisterForReflection
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Transport(String previous, String pause, String resume, String next, boolean playing) {
    }

    /** The screen of the answer to "what's playing": {@code byline} and {@code from} as the answer says them. */
    public static NowPlayingScreen of(Speech speech, Playback playback, Phrase byline, Optional<Phrase> from) {
        PlayableItem item = playback.item();
        return new NowPlayingScreen(speech.say("screen.nowPlaying").text(), text(item.name()), byline.text(),
                from.map(Phrase::text).orElse(""),
                playback.device() == null ? "" : text(playback.device().name()),
                Pictures.large(item.artwork()),
                playback.progressMs() == null ? 0 : Math.max(0, playback.progressMs()),
                item.durationMs() == null ? 0 : Math.max(0, item.durationMs()),
                new Transport(speech.say("screen.button.previous").text(), speech.say("screen.button.pause").text(),
                        speech.say("screen.button.resume").text(), speech.say("screen.button.next").text(),
                        playback.isPlaying()));
    }

    @Override
    public String document() {
        return DOCUMENT;
    }

    private static String text(String name) {
        return name == null ? "" : name;
    }
}
