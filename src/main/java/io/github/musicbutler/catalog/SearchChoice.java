package io.github.musicbutler.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

import io.github.musicbutler.dialogue.Choice;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.reply.DeviceRef;
import io.github.musicbutler.reply.Playables;
import io.github.musicbutler.reply.StartPlaying;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.SpotifySession;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Catalog results just read out, offered to play ("play the second one"), on {@code device} (the active device
 * when {@code null}), or, when {@code then} is {@link Then#QUEUE}, to add to the queue. Kept in the session as
 * {@value #NAME}: only what playing one and naming it need.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchChoice(List<Result> options, DeviceRef device, Then then) implements Choice {

    static final String NAME = "search-choice";

    /** What a result is, which decides how it is played (a song alone, anything else as a context) and named. */
    @RegisterForReflection
    public enum Kind {
        TRACK, ALBUM, ARTIST, PLAYLIST
    }

    /** What choosing one does: play it (also when absent, as search left it), or add the song to the queue. */
    @RegisterForReflection
    public enum Then {
        PLAY, QUEUE
    }

    /**
     * One result: its kind, name and Spotify URI, who made it ({@code null} for artists) and the https URL of its
     * picture (or {@code null}).
     */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Result(Kind kind, String name, String uri, String by, String image) {

        static Result of(Playable playable) {
            return new Result(Kind.valueOf(playable.kind().name()), playable.name(), playable.uri(), playable.by(),
                    playable.image());
        }

        Playable playable() {
            return new Playable(Playable.Kind.valueOf(kind.name()), name, uri, by, image);
        }
    }

    public SearchChoice {
        options = List.copyOf(options);
    }

    /** Search results: played on the active device. */
    static SearchChoice of(List<Playable> results) {
        return of(results, null, null);
    }

    /**
     * Things the listener was told about, offered to play on the active device (their top songs and artists): "no"
     * asks what to play instead.
     */
    public static SearchChoice toPlay(List<Playable> offered) {
        return of(offered, null, Then.PLAY);
    }

    static SearchChoice of(List<Playable> results, DeviceRef device, Then then) {
        return new SearchChoice(results.stream().map(Result::of).toList(), device, then);
    }

    private boolean queueing() {
        return then == Then.QUEUE;
    }

    @Override
    public List<String> names() {
        return options.stream().map(Result::name).toList();
    }

    @Override
    public Optional<Response> choose(HandlerInput input, SpotifySession spotify, int index) {
        Playable chosen = options.get(index).playable();
        return queueing() ? StartPlaying.queue(input, spotify, chosen, null)
                : StartPlaying.answer(input, spotify, chosen, device == null ? null : device.id(),
                        device == null ? null : device.name(), false);
    }

    /**
     * "No": after a search, what to search for instead (the bare answer is SearchIntent's query); after "play …",
     * what to play instead (PlayPlaylistIntent's name, on the same device); after "queue …", which song.
     */
    @Override
    public Optional<Response> decline(HandlerInput input) {
        Speech speech = Speech.of(input);
        if (queueing()) {
            return Elicitation.ask(input, Intents.QueueSong.NAME, Intents.QueueSong.SONG, Map.of(),
                    speech.say("catalog.declined.queue"), speech.say("catalog.what.queue"));
        }
        if (then == Then.PLAY) {
            Map<String, String> filled = device == null ? Map.of() : Map.of(Intents.PlayPlaylist.DEVICE, device.name());
            return Elicitation.ask(input, Intents.PlayPlaylist.NAME, Intents.PlayPlaylist.PLAYLIST, filled,
                    speech.say("catalog.declined"), speech.say("catalog.what"));
        }
        return Elicitation.ask(input, Intents.Search.NAME, Intents.Search.QUERY, Map.of(),
                speech.say("search.declined"), speech.say("search.declined.reprompt"));
    }

    /** One option: "Shall I play it?"; several: which one. */
    @Override
    public Phrase again(Speech speech) {
        if (options.size() == 1) {
            return speech.say(queueing() ? "catalog.suggest.queue" : "catalog.suggest.play",
                    Playables.spoken(speech, options.getFirst().playable()));
        }
        return which(speech);
    }

    @Override
    public Phrase which(Speech speech) {
        return then == null ? speech.say("play.which", options.size())
                : speech.say(queueing() ? "catalog.which.queue" : "catalog.which.play");
    }

    /** A name heard as "play …", or, for a song to queue, as "queue …". */
    @Override
    public Optional<String> nameHeard(HandlerInput input) {
        return Choice.super.nameHeard(input).or(() -> queueing()
                && input.matches(com.amazon.ask.request.Predicates.intentName(Intents.QueueSong.NAME))
                ? Slots.value(input, Intents.QueueSong.SONG) : Optional.empty());
    }
}
