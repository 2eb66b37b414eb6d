package io.github.musicbutler.podcasts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.reply.ReleaseDates;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents.NewEpisodes;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Episode;
import io.github.musicbutler.spotify.SavedShow;
import io.github.musicbutler.spotify.Show;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Is there a new episode of The Daily": the show's newest episode the market offers, and when it came out, so the
 * listener judges "new" themselves (Spotify keeps no "unheard" mark; an episode they started says so). Without a
 * show, the newest of each of the {@value #FOLLOWED_SAID} shows they followed last, read at the same time.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class NewEpisodesIntentHandler extends LinkedIntentHandler {

    static final int FOLLOWED_SAID = 3;
    /** Episodes read per show: the newest few, in case the newest is not offered in the market. */
    static final int EPISODES_READ = 5;

    NewEpisodesIntentHandler() {
        super(NewEpisodes.NAME);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, NewEpisodes.SHOW).filter(name -> !name.isBlank());
        if (heard.isPresent()) {
            Optional<Show> show = Podcasts.find(speech, spotify, heard.get());
            if (show.isEmpty()) {
                return Podcasts.end(input, speech.say("podcast.notFound", heard.get()));
            }
            Optional<Episode> newest = Episodes.newest(spotify.showEpisodes(show.get(), EPISODES_READ,
                    speech.locale()).items());
            return Podcasts.end(input, newest.map(episode -> newest(speech, show.get(), episode))
                    .orElseGet(() -> speech.say("podcast.noEpisodes", show.get().name())));
        }
        List<Show> followed = spotify.followedShows(FOLLOWED_SAID).stream().map(SavedShow::show)
                .filter(show -> show != null && show.usable()).toList();
        if (followed.isEmpty()) {
            return Podcasts.end(input, speech.say("podcast.followed.none"));
        }
        List<Phrase> said = new ArrayList<>();
        for (Map.Entry<Show, List<Episode>> show : spotify.newestEpisodes(followed, EPISODES_READ, speech.locale())
                .entrySet()) {
            Episodes.newest(show.getValue()).ifPresent(episode -> said.add(newest(speech, show.getKey(), episode)));
        }
        if (said.isEmpty()) {
            return Podcasts.end(input, speech.say("podcast.newest.none"));
        }
        return Podcasts.end(input, said.stream().reduce(Phrase::then).orElseThrow());
    }

    /** "The newest episode of The Daily is Inside the Budget Fight, from December 5, 2026." */
    private static Phrase newest(Speech speech, Show show, Episode episode) {
        Phrase said = episode.released()
                .map(date -> speech.say("podcast.newest", show.name(), episode.name(), ReleaseDates.from(speech, date)))
                .orElseGet(() -> speech.say("podcast.newest.undated", show.name(), episode.name()));
        return episode.partlyHeardAt().isPresent() ? said.then(speech.say("podcast.newest.started")) : said;
    }
}
