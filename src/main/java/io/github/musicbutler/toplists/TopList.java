package io.github.musicbutler.toplists;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.catalog.SearchChoice;
import io.github.musicbutler.dialogue.Dialogue;
import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.screens.ListScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.screens.Touch;
import io.github.musicbutler.spotify.Artwork;
import io.github.musicbutler.spotify.Playable;

/**
 * How both top lists are answered, so that artists and tracks sound and look alike: the entries spoken as one list
 * and shown one per line on a card with the first entry's artwork, then the offer to play one ("the second one", by
 * name, or a touch on the screen), or "nothing yet" when Spotify has no listening history for the time range.
 */
final class TopList {

    /** How many entries are read out: five is what a listener still takes in. */
    static final int HOW_MANY = 5;

    private TopList() {
    }

    /**
     * One entry of the ranking: what is said and shown, its pictures as Spotify lists them (the screen picks a small
     * one, the card a large one), and what playing it starts.
     */
    record Entry(Phrase said, List<Artwork> pictures, Playable plays) {
    }

    /**
     * @param kind the message key part, {@code artists} or {@code tracks} ({@code top.<kind>},
     *             {@code top.<kind>.card}, {@code top.<kind>.offer})
     * @param range the Spotify time range the entries are for
     * @param entries in rank order (the card shows the first one's picture)
     */
    static Optional<Response> answer(HandlerInput input, Dialogue dialogue, String kind, String range,
            List<Entry> entries) {
        Speech speech = Speech.of(input);
        if (entries.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("top.none").ssml()).withShouldEndSession(true).build();
        }
        Phrase when = speech.say("top.range." + range);
        String title = speech.say("top." + kind + ".card", when).text();
        List<Phrase> said = entries.stream().map(Entry::said).toList();
        SearchChoice choice = SearchChoice.toPlay(entries.stream().map(Entry::plays).toList());
        dialogue.ask(input, choice);
        var response = Cards.withArtwork(input.getResponseBuilder(), title, Phrase.lines(said),
                entries.getFirst().pictures());
        // the ranking as said, with each one's picture; a touch is "the second one"
        Screens.show(input, response, new ListScreen(title, speech.say("screen.hint.play").text(),
                IntStream.range(0, entries.size()).mapToObj(i -> ListScreen.Item.of(said.get(i).text(), "",
                        entries.get(i).pictures(), Touch.CHOOSE, String.valueOf(i + 1))).toList()));
        return response
                .withSpeech(speech.say("top." + kind, when, SpokenList.join(speech, said))
                        .then(speech.say("top." + kind + ".offer")).ssml())
                .withReprompt(choice.again(speech).ssml())
                .withShouldEndSession(false)
                .build();
    }
}
