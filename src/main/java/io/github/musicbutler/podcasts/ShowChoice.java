package io.github.musicbutler.podcasts;

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
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.Intents.PlayPodcast;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Artwork;
import io.github.musicbutler.spotify.Episode;
import io.github.musicbutler.spotify.Show;
import io.github.musicbutler.spotify.SpotifySession;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * The podcasts the listener follows, just read out, offered to play ("Shall I play the newest episode of one of
 * them?"): "the second one", a show's name or a touch plays that show's newest episode, as "play the podcast …" does.
 * Kept in the session as {@value #NAME}: each show's name, id and picture.
 */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShowChoice(List<Option> options) implements Choice {

    static final String NAME = "show-choice";

    /** One show: its name, its Spotify id and the https URL of its picture (or {@code null}). */
    @RegisterForReflection
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Option(String name, String id, String image) {

        static Option of(Show show) {
            return new Option(show.name(), show.id(), Artwork.widest(show.images()));
        }

        List<Artwork> artwork() {
            return Artwork.of(image);
        }

        Show show() {
            return new Show(id, null, name, null, artwork(), null, null);
        }
    }

    public ShowChoice {
        options = List.copyOf(options);
    }

    @Override
    public List<String> names() {
        return options.stream().map(Option::name).toList();
    }

    @Override
    public Optional<Response> choose(HandlerInput input, SpotifySession spotify, int index) {
        Option chosen = options.get(index);
        Speech speech = Speech.of(input);
        Optional<Episode> newest = !chosen.show().usable() ? Optional.empty()
                : Episodes.newest(spotify.showEpisodes(chosen.show(), NewEpisodesIntentHandler.EPISODES_READ,
                        speech.locale()).items());
        return newest.map(episode -> Podcasts.start(input, spotify, chosen.name(), chosen.artwork(), episode))
                .orElseGet(() -> Podcasts.end(input, speech.say("podcast.noEpisodes", chosen.name())));
    }

    /** "No": which podcast, then? The bare name answers, as after "play a podcast". */
    @Override
    public Optional<Response> decline(HandlerInput input) {
        Speech speech = Speech.of(input);
        return Elicitation.ask(input, PlayPodcast.NAME, PlayPodcast.SHOW, Map.of(), speech.say("podcast.which"),
                speech.say("podcast.which"));
    }

    @Override
    public Phrase again(Speech speech) {
        return options.size() == 1 ? speech.say("podcast.followed.offer.one") : which(speech);
    }

    @Override
    public Phrase which(Speech speech) {
        return speech.say("catalog.which.play");
    }

    /** A show's name heard as "play …", or as "play the podcast …". */
    @Override
    public Optional<String> nameHeard(HandlerInput input) {
        return Choice.super.nameHeard(input).or(() -> input.matches(
                com.amazon.ask.request.Predicates.intentName(PlayPodcast.NAME)) ? Slots.value(input, PlayPodcast.SHOW)
                : Optional.empty());
    }
}
