package io.github.musicbutler.podcasts;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.screens.ListScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.SavedShow;
import io.github.musicbutler.spotify.Show;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "What podcasts do I follow": the shows in the listener's library ({@code GET /me/shows}), the most recently
 * followed first, at most {@value #SAID} of them by name; the card lists every one read. Then the offer to play the
 * newest episode of one of those said ({@link ShowChoice}), which a screen shows to touch.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ListPodcastsIntentHandler extends LinkedIntentHandler {

    /** Names said: a longer list is not remembered. */
    static final int SAID = 5;

    private final Dialogue dialogue;

    ListPodcastsIntentHandler(Dialogue dialogue) {
        super(Intents.LIST_PODCASTS);
        this.dialogue = dialogue;
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        List<Show> shows = spotify.followedShows(Podcasts.FOLLOWED_READ).stream().map(SavedShow::show)
                .filter(show -> show != null && show.name() != null && !show.name().isBlank()).toList();
        List<String> names = shows.stream().map(Show::name).toList();
        if (names.isEmpty()) {
            return Podcasts.end(input, speech.say("podcast.followed.none"));
        }
        Phrase said = names.size() == 1 ? speech.say("podcast.followed.one", names.getFirst())
                : names.size() <= SAID ? speech.say("podcast.followed", names.size(), SpokenList.names(speech, names))
                : speech.say("podcast.followed.many", names.size(),
                        SpokenList.names(speech, names.subList(0, SAID)));
        // the ones said can be played: "the second one", a name, or a touch on the screen
        List<Show> offered = shows.subList(0, Math.min(SAID, shows.size()));
        ShowChoice choice = new ShowChoice(offered.stream().map(ShowChoice.Option::of).toList());
        dialogue.ask(input, choice);
        var response = input.getResponseBuilder()
                .withSimpleCard(speech.say("card.title").text(), String.join("\n", names));
        Screens.show(input, response, new ListScreen(speech.say("card.title").text(),
                speech.say("screen.hint.play").text(), IntStream.range(0, offered.size())
                        .mapToObj(i -> ListScreen.Item.of(offered.get(i).name(), offered.get(i).publisher(),
                                offered.get(i).images(), Touch.CHOOSE, String.valueOf(i + 1)))
                        .toList()));
        Phrase offer = speech.say(offered.size() == 1 ? "podcast.followed.offer.one" : "podcast.followed.offer");
        return response.withSpeech(said.then(offer).ssml())
                .withReprompt(choice.again(speech).ssml())
                .withShouldEndSession(false).build();
    }
}
