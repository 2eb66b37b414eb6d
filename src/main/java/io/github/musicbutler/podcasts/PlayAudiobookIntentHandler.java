package io.github.musicbutler.podcasts;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.matching.SpokenNameMatcher.Match;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents.PlayAudiobook;
import io.github.musicbutler.skill.Slots;
import io.github.musicbutler.spotify.Audiobook;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Play the audiobook ‹title›": finds it in Spotify's catalogue of the listener's country ({@code GET /search}, type
 * audiobook), reads its chapters ({@code GET /audiobooks/{id}/chapters}) and goes on where the listener stopped
 * ({@link Audiobooks}), or starts it. Where Spotify offers no audiobooks, the search finds none, and the answer
 * says that audiobooks exist only in some countries: a sentence, not an error.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class PlayAudiobookIntentHandler extends LinkedIntentHandler {

    static final int SEARCHED = 5;

    PlayAudiobookIntentHandler() {
        super(PlayAudiobook.NAME);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        Optional<String> heard = Slots.value(input, PlayAudiobook.TITLE).filter(title -> !title.isBlank());
        if (heard.isEmpty()) {
            return Elicitation.ask(input, PlayAudiobook.TITLE, speech.say("audiobook.which"),
                    speech.say("audiobook.which"));
        }
        List<Audiobook> found = spotify.searchAudiobooks(heard.get(), SEARCHED, speech.locale()).stream()
                .filter(Audiobook::usable).toList();
        Optional<Audiobook> book = switch (speech.names().match(heard.get(), found, Audiobook::name)) {
            case Match.Clear<Audiobook> clear -> Optional.of(clear.choice());
            case Match.Close<Audiobook> close -> Optional.of(close.first());
            case Match.Suggestion<Audiobook> guess -> Optional.of(guess.guess());
            case Match.None<Audiobook> none -> found.stream().findFirst();
        };
        if (book.isEmpty()) {
            return Podcasts.end(input, speech.say("audiobook.notFound", heard.get()));
        }
        return ContinueAudiobookIntentHandler.goOn(input, spotify, speech, book.get(),
                spotify.audiobookChapters(book.get(), ContinueAudiobookIntentHandler.CHAPTERS_READ, speech.locale()));
    }
}
