package io.github.musicbutler.podcasts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents.ContinuePodcast;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Artwork;
import io.github.musicbutler.spotify.Episode;
import io.github.musicbutler.spotify.ReleaseDate;
import io.github.musicbutler.spotify.SavedEpisode;
import io.github.musicbutler.spotify.SavedShow;
import io.github.musicbutler.spotify.Show;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Continue my podcast", "continue where I left off", "resume the daily": the episode the listener started and did
 * not finish, started again where they stopped ({@code resume_point}, sent as {@code position_ms}). Without a show,
 * the candidates are their saved episodes ({@code GET /me/episodes}) and the newest episodes of the shows they
 * follow most recently ({@code GET /me/shows}, then {@code /shows/{id}/episodes}, at the same time); with a show,
 * its newest episodes. Spotify keeps no time of listening, so of several partly heard episodes the newest released
 * is taken, and the answer says there were several.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ContinuePodcastIntentHandler extends LinkedIntentHandler {

    static final int SAVED_EPISODES_READ = 50;
    /** Followed shows whose newest episodes are read: the most recently followed, each one call. */
    static final int FOLLOWED_SHOWS_READ = 5;
    static final int EPISODES_PER_SHOW = 10;

    ContinuePodcastIntentHandler() {
        super(ContinuePodcast.NAME);
    }

    /** An episode with the show it belongs to, as far as known. */
    private record Candidate(Episode episode, String show, List<Artwork> showImages) {
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, ContinuePodcast.SHOW).filter(name -> !name.isBlank());
        List<Candidate> candidates = new ArrayList<>();
        if (heard.isPresent()) {
            Optional<Show> show = Podcasts.find(speech, spotify, heard.get());
            if (show.isEmpty()) {
                return Podcasts.end(input, speech.say("podcast.notFound", heard.get()));
            }
            List<Episode> episodes = spotify.showEpisodes(show.get(), PlayPodcastIntentHandler.EPISODES_READ,
                    speech.locale()).items();
            episodes.forEach(e -> candidates.add(new Candidate(e, show.get().name(), show.get().images())));
            if (partlyHeard(candidates).isEmpty()) {
                Optional<Episode> newest = Episodes.newest(episodes);
                if (newest.isEmpty()) {
                    return Podcasts.end(input, speech.say("podcast.noEpisodes", show.get().name()));
                }
                // nothing to continue: the newest, and a word on why it starts from the beginning
                Phrase said = speech.say("podcast.resume.notStarted", show.get().name())
                        .then(Podcasts.playing(speech, show.get().name(), newest.get()));
                return Podcasts.start(input, spotify, newest.get(), show.get().images(), null, said);
            }
        } else {
            for (SavedEpisode saved : spotify.savedEpisodes(SAVED_EPISODES_READ, speech.locale())) {
                if (saved.episode() == null) {
                    // the description makes the saved episode optional
                    continue;
                }
                Show show = saved.episode().show();
                candidates.add(new Candidate(saved.episode(), show == null ? null : show.name(),
                        show == null ? List.of() : show.images()));
            }
            List<Show> followed = spotify.followedShows(FOLLOWED_SHOWS_READ).stream().map(SavedShow::show)
                    .filter(show -> show != null && show.usable()).toList();
            for (Map.Entry<Show, List<Episode>> show : spotify.newestEpisodes(followed, EPISODES_PER_SHOW,
                    speech.locale()).entrySet()) {
                show.getValue().forEach(e -> candidates.add(new Candidate(e, show.getKey().name(),
                        show.getKey().images())));
            }
        }
        List<Candidate> partly = partlyHeard(candidates);
        if (partly.isEmpty()) {
            return Podcasts.end(input, speech.say("podcast.resume.none"));
        }
        Candidate chosen = partly.getFirst();
        long position = chosen.episode().partlyHeardAt().orElseThrow();
        Phrase said = speech.say(minutes(position) == 1 ? "podcast.resuming.oneMinute" : "podcast.resuming",
                chosen.show(), chosen.episode().name(), minutes(position));
        if (partly.size() > 1) {
            said = speech.say("podcast.resume.several", partly.size()).then(said);
        }
        return Podcasts.start(input, spotify, chosen.episode(), chosen.showImages(), position, said);
    }

    /** The playable, partly heard episodes, once each, newest released first. */
    private static List<Candidate> partlyHeard(List<Candidate> candidates) {
        Set<String> seen = new HashSet<>();
        return candidates.stream()
                .filter(c -> c.episode().playable() && c.episode().partlyHeardAt().isPresent())
                .filter(c -> seen.add(c.episode().uri()))
                .sorted(Comparator.comparing((Candidate c) -> c.episode().released().map(ReleaseDate::first)
                        .orElse(LocalDate.MIN)).reversed())
                .toList();
    }

    /** Whole minutes heard, at least one: "12 minutes in". */
    private static int minutes(long positionMs) {
        return (int) Math.max(1, positionMs / 60_000);
    }
}
