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
import io.github.musicbutler.reply.StartPlaying;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Playable;
import io.github.musicbutler.spotify.SpotifySession;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The catalog search results just read out, offered to play on the active device ("play the second one"). Kept in
 * the session as {@value #NAME}: only what playing one and naming it need.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record SearchChoice(List<Result> options) implements Choice {

    static final String NAME = "search-choice";

    /** What a result is, which decides how it is played (a song alone, anything else as a context) and named. */
    public enum Kind {
        TRACK, ALBUM, ARTIST, PLAYLIST
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

    static SearchChoice of(List<Playable> results) {
        return new SearchChoice(results.stream().map(Result::of).toList());
    }

    @Override
    public List<String> names() {
        return options.stream().map(Result::name).toList();
    }

    @Override
    public Optional<Response> choose(HandlerInput input, SpotifySession spotify, int index) {
        return StartPlaying.answer(input, spotify, options.get(index).playable(), null, null, false);
    }

    /** "No": what to search for instead; the bare answer is SearchIntent's query. */
    @Override
    public Optional<Response> decline(HandlerInput input) {
        Speech speech = Speech.of(input);
        return Elicitation.ask(input, Intents.Search.NAME, Intents.Search.QUERY, Map.of(),
                speech.say("search.declined"), speech.say("search.declined.reprompt"));
    }

    @Override
    public Phrase again(Speech speech) {
        return speech.say("play.which", options.size());
    }

    @Override
    public Phrase which(Speech speech) {
        return speech.say("play.which", options.size());
    }
}
