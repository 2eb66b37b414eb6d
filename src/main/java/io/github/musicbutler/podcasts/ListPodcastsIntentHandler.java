package io.github.musicbutler.podcasts;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SavedShow;
import io.github.musicbutler.spotify.Show;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What podcasts do I follow": the shows in the listener's library ({@code GET /me/shows}), the most recently
 * followed first, at most {@value #SAID} of them by name; the card lists every one read.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ListPodcastsIntentHandler extends LinkedIntentHandler {

    /** Names said: a longer list is not remembered. */
    static final int SAID = 5;

    ListPodcastsIntentHandler() {
        super(Intents.LIST_PODCASTS);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        List<String> names = spotify.followedShows(Podcasts.FOLLOWED_READ).stream().map(SavedShow::show)
                .filter(show -> show != null && show.name() != null && !show.name().isBlank()).map(Show::name)
                .toList();
        if (names.isEmpty()) {
            return Podcasts.end(input, speech.say("podcast.followed.none"));
        }
        Phrase said = names.size() == 1 ? speech.say("podcast.followed.one", names.getFirst())
                : names.size() <= SAID ? speech.say("podcast.followed", names.size(), SpokenList.names(speech, names))
                : speech.say("podcast.followed.many", names.size(),
                        SpokenList.names(speech, names.subList(0, SAID)));
        return input.getResponseBuilder().withSpeech(said.ssml())
                .withSimpleCard(speech.say("card.title").text(), String.join("\n", names))
                .withShouldEndSession(true).build();
    }
}
