package io.github.musicbutler.library;

import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedAccountHandler;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.Playback;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Save this song", "save this episode": adds what is playing to the user's library ({@code PUT /me/library} with
 * its URI).
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class SaveCurrentTrackIntentHandler extends LinkedAccountHandler implements IntentHandler {

    @Override
    public Set<String> intents() {
        return Set.of(Intents.SAVE_CURRENT_TRACK);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<PlayableItem> playing = spotify.currentlyPlaying().map(Playback::item);
        // a blank uri is as unusable as none (the description only says it is a string; issue 25)
        if (playing.isEmpty() || playing.get().uri() == null || playing.get().uri().isBlank()) {
            return input.getResponseBuilder().withSpeech(speech.say("library.nothingPlaying").ssml())
                    .withShouldEndSession(true).build();
        }
        PlayableItem item = playing.get();
        spotify.saveToLibrary(item);
        if (item.isEpisode()) {
            // "save this episode": the episode of its show, not "by" the show
            Phrase saved = speech.say("library.saved.episode", item.name(),
                    item.show() == null ? null : item.show().name());
            return Cards.withArtwork(input.getResponseBuilder(), item.name(), saved.text(), item.artwork())
                    .withSpeech(saved.ssml()).withShouldEndSession(true).build();
        }
        Phrase byline = Playables.byline(speech, item);
        return Cards.withArtwork(input.getResponseBuilder(), item.name(), speech.say("library.saved.card", byline).text(),
                        item.artwork())
                .withSpeech(speech.say("library.saved", item.name(), byline).ssml())
                .withShouldEndSession(true)
                .build();
    }
}
