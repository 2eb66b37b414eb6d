package io.github.musicbutler.podcasts;

import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Playback;
import io.github.musicbutler.spotify.PlayableItem;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Follow this podcast": the show of the episode playing goes to the listener's library ({@code PUT /me/library}
 * with the show's URI, the endpoint Spotify offers since 2026 for every kind of item). A song playing, or nothing:
 * said, nothing saved. ("Save this episode" is "save this song": it saves whatever plays.)
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class FollowPodcastIntentHandler extends LinkedIntentHandler {

    FollowPodcastIntentHandler() {
        super(Intents.FOLLOW_PODCAST);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<PlayableItem.Show> show = spotify.currentlyPlaying().map(Playback::item)
                .filter(PlayableItem::isEpisode).map(PlayableItem::show)
                .filter(s -> s.uri() != null && s.uri().startsWith("spotify:show:"));
        if (show.isEmpty()) {
            return Podcasts.end(input, speech.say("podcast.follow.noEpisode"));
        }
        spotify.follow(show.get().name(), show.get().uri());
        return Podcasts.end(input, speech.say("podcast.follow.done", show.get().name()));
    }
}
