package io.github.musicbutler.toplists;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.screens.ListScreen;
import io.github.musicbutler.screens.Screens;
import io.github.musicbutler.spotify.Artwork;

/**
 * How both top lists are answered, so that artists and tracks sound and look alike: the entries spoken as one list
 * and shown one per line on a card with the first entry's artwork, or "nothing yet" when Spotify has no listening
 * history for the time range.
 */
final class TopList {

    /** How many entries are read out: five is what a listener still takes in. */
    static final int HOW_MANY = 5;

    private TopList() {
    }

    /**
     * @param kind the message key part, {@code artists} or {@code tracks} ({@code top.<kind>}, {@code top.<kind>.card})
     * @param range the Spotify time range the entries are for
     * @param entries what is said and shown, one per entry, in rank order
     * @param pictures each entry's images, in the same order (the card shows the first entry's)
     */
    static Optional<Response> answer(HandlerInput input, String kind, String range, List<Phrase> entries,
            List<List<Artwork>> pictures) {
        Speech speech = Speech.of(input);
        if (entries.isEmpty()) {
            return input.getResponseBuilder().withSpeech(speech.say("top.none").ssml()).withShouldEndSession(true).build();
        }
        Phrase when = speech.say("top.range." + range);
        String title = speech.say("top." + kind + ".card", when).text();
        var response = Cards.withArtwork(input.getResponseBuilder(), title, Phrase.lines(entries), pictures.getFirst());
        // the ranking as said, with each one's picture; nothing to touch: they are not played from here
        Screens.show(input, response, new ListScreen(title, "", IntStream.range(0, entries.size())
                .mapToObj(i -> ListScreen.Item.of(entries.get(i).text(), "", pictures.get(i), "", "")).toList()));
        return response
                .withSpeech(speech.say("top." + kind, when, SpokenList.join(speech, entries)).ssml())
                .withShouldEndSession(true)
                .build();
    }
}
