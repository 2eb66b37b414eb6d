package io.github.musicbutler.podcasts;

import java.util.List;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.reply.ReleaseDates;
import io.github.musicbutler.spotify.Artwork;
import io.github.musicbutler.spotify.Episode;
import io.github.musicbutler.spotify.ReleaseDate;
import io.github.musicbutler.spotify.SavedShow;
import io.github.musicbutler.spotify.Show;
import io.github.musicbutler.spotify.SpotifySession;

/** What the podcast handlers share: which show was meant, how a time is said, and starting an episode. */
final class Podcasts {

    private Podcasts() {
    }

    /**
     * The show whose name was heard among {@code shows} (Spotify's ranking), by the same matcher as playlists;
     * when no name comes near, Spotify's first result, whose name the answer then says.
     */
    static Optional<Show> closest(Speech speech, String heard, List<Show> shows) {
        List<Show> named = shows.stream().filter(Show::usable).toList();
        return switch (speech.names().match(heard, named, Show::name)) {
            case Match.Clear<Show> clear -> Optional.of(clear.choice());
            case Match.Close<Show> close -> Optional.of(close.first());
            case Match.Suggestion<Show> guess -> Optional.of(guess.guess());
            case Match.None<Show> none -> named.stream().findFirst();
        };
    }

    /** Followed shows compared with a name heard: more than most people follow, one call. */
    static final int FOLLOWED_READ = 50;

    /**
     * The show meant by {@code heard}: one the listener follows when its name is clearly that (the matcher of
     * playlist names), else the closest of Spotify's search in their country.
     */
    static Optional<Show> find(Speech speech, SpotifySession spotify, String heard) {
        List<Show> followed = spotify.followedShows(FOLLOWED_READ).stream().map(SavedShow::show)
                .filter(show -> show != null && show.usable()).toList();
        if (speech.names().match(heard, followed, Show::name) instanceof Match.Clear<Show> clear) {
            return Optional.of(clear.choice());
        }
        return closest(speech, heard, spotify.searchShows(heard, SHOWS_SEARCHED, speech.locale()));
    }

    /** Search results to choose the show from: Spotify ranks them, the matcher picks the name heard among them. */
    static final int SHOWS_SEARCHED = 5;

    /** "from December 6, 2026", "from the week of December 7, 2026", "aus dem Dezember 2026". */
    static Phrase period(Speech speech, AskedDate asked) {
        return switch (asked.span()) {
            case DAY -> ReleaseDates.from(speech, new ReleaseDate(asked.first(), ReleaseDate.Precision.DAY));
            case MONTH -> ReleaseDates.from(speech, new ReleaseDate(asked.first(), ReleaseDate.Precision.MONTH));
            case YEAR -> ReleaseDates.from(speech, new ReleaseDate(asked.first(), ReleaseDate.Precision.YEAR));
            case WEEK -> sayBeforeDay(speech, "podcast.period.week", asked);
            case WEEKEND -> sayBeforeDay(speech, "podcast.period.weekend", asked);
        };
    }

    /**
     * Starts the episode from its start and says it: "Playing The Daily: The Year in Climate, from December 4,
     * 2026." The card shows the episode's picture, or its show's.
     */
    static Optional<Response> start(HandlerInput input, SpotifySession spotify, String show, List<Artwork> showImages,
            Episode episode) {
        return start(input, spotify, episode, showImages, null, playing(Speech.of(input), show, episode));
    }

    /** "Playing The Daily: The Year in Climate, from December 4, 2026." */
    static Phrase playing(Speech speech, String show, Episode episode) {
        return episode.released()
                .map(date -> speech.say("podcast.playing", show, episode.name(), ReleaseDates.from(speech, date)))
                .orElseGet(() -> speech.say("podcast.playing.undated", show, episode.name()));
    }

    /**
     * Starts the episode at {@code positionMs} (from its start when {@code null}) on the active device and says
     * {@code said}, with the episode's picture (or its show's) on the card.
     */
    static Optional<Response> start(HandlerInput input, SpotifySession spotify, Episode episode,
            List<Artwork> showImages, Long positionMs, Phrase said) {
        spotify.playEpisode(episode, positionMs, null);
        List<Artwork> images = episode.images() != null && !episode.images().isEmpty() ? episode.images()
                : showImages;
        return Cards.withArtwork(input.getResponseBuilder(), episode.name(), said.text(), images)
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }

    static Optional<Response> end(HandlerInput input, Phrase said) {
        return input.getResponseBuilder().withSpeech(said.ssml()).withShouldEndSession(true).build();
    }

    private static Phrase sayBeforeDay(Speech speech, String key, AskedDate asked) {
        String day = ReleaseDates.day(speech, asked.first());
        return speech.sayBefore(day, key, day);
    }
}
