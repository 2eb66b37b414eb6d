package io.github.musicbutler.podcasts;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents.PlayPodcast;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Episode;
import io.github.musicbutler.spotify.Show;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Play the podcast The Daily", "play the newest daily", "play yesterday's episode of the daily", "play episode two
 * hundred of hardcore history": finds the show (one the listener follows, {@code GET /me/shows}, else
 * {@code GET /search}, type show, in the listener's country), reads its
 * newest episodes ({@code GET /shows/{id}/episodes}), picks the one meant ({@link Episodes}) and starts it by its URI
 * on the active device, then says the show, the episode and when it came out. Without a show's name it asks for one.
 * Spotify's refusals (no device, no Premium, 429) are spoken by {@code SpotifyFailureHandler}.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayPodcastIntentHandler extends LinkedIntentHandler {

    /** Episodes read, newest first: Spotify's most per page, enough for "yesterday's" and recent numbers. */
    static final int EPISODES_READ = 50;

    PlayPodcastIntentHandler() {
        super(PlayPodcast.NAME);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, PlayPodcast.SHOW).filter(name -> !name.isBlank());
        if (heard.isEmpty()) {
            return Elicitation.ask(input, PlayPodcast.SHOW, speech.say("podcast.which"),
                    speech.say("podcast.which"));
        }
        Optional<Show> show = Podcasts.find(speech, spotify, heard.get());
        if (show.isEmpty()) {
            return end(input, speech.say("podcast.notFound", heard.get()));
        }
        List<Episode> episodes = spotify.showEpisodes(show.get(), EPISODES_READ, speech.locale()).items();
        if (episodes.isEmpty()) {
            return end(input, speech.say("podcast.noEpisodes", show.get().name()));
        }
        Optional<AskedDate> date = Slots.value(input, PlayPodcast.DATE).flatMap(AskedDate::of);
        Optional<Integer> number = Slots.value(input, PlayPodcast.NUMBER).flatMap(PlayPodcastIntentHandler::number);
        Optional<Episode> episode;
        if (number.isPresent()) {
            episode = Episodes.numbered(episodes, number.get());
            if (episode.isEmpty()) {
                return end(input, speech.say("podcast.noEpisodeNumbered", show.get().name(), number.get()));
            }
        } else if (date.isPresent()) {
            episode = Episodes.from(episodes, date.get());
            if (episode.isEmpty()) {
                return end(input, speech.say("podcast.noEpisodeFrom", show.get().name(),
                        Podcasts.period(speech, date.get())));
            }
        } else {
            episode = Episodes.newest(episodes);
            if (episode.isEmpty()) {
                return end(input, speech.say("podcast.noEpisodes", show.get().name()));
            }
        }
        if (!episode.get().playable()) {
            return end(input, speech.say("podcast.unavailable", episode.get().name(), show.get().name()));
        }
        return Podcasts.start(input, spotify, show.get().name(), show.get().images(), episode.get());
    }

    private static Optional<Integer> number(String value) {
        try {
            return Optional.of(Integer.parseInt(value.strip())).filter(n -> n > 0);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    private static Optional<Response> end(HandlerInput input, Phrase said) {
        return Podcasts.end(input, said);
    }
}
