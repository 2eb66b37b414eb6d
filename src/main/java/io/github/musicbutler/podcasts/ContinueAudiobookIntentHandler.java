package io.github.musicbutler.podcasts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.linking.LinkedIntentHandler;
import io.github.musicbutler.reply.Cards;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;
import io.github.musicbutler.spotify.Audiobook;
import io.github.musicbutler.spotify.Chapter;
import io.github.musicbutler.spotify.SavedAudiobook;
import io.github.musicbutler.spotify.SpotifySession;

/**
 * "Continue my audiobook": of the audiobooks in the listener's library ({@code GET /me/audiobooks}, the most
 * recently saved first), the first {@value #BOOKS_READ} have their chapters read at the same time; the first book
 * with a chapter partly heard goes on there, else the first with a chapter heard goes on after it. An empty
 * library (also where Spotify offers no audiobooks) is said, with where audiobooks exist.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class ContinueAudiobookIntentHandler extends LinkedIntentHandler {

    static final int BOOKS_READ = 3;
    /** Chapters read per book: Spotify's most per page. */
    static final int CHAPTERS_READ = 50;

    ContinueAudiobookIntentHandler() {
        super(Intents.CONTINUE_AUDIOBOOK);
    }

    @Override
    protected Optional<Response> handleLinked(HandlerInput input, SpotifySession spotify) {
        Speech speech = Speech.of(input);
        List<Audiobook> books = spotify.savedAudiobooks(BOOKS_READ).stream().map(SavedAudiobook::audiobook)
                .filter(book -> book != null && book.usable()).toList();
        if (books.isEmpty()) {
            return Podcasts.end(input, speech.say("audiobook.noneSaved"));
        }
        Map<Audiobook, List<Chapter>> chapters = spotify.audiobookChapters(books, CHAPTERS_READ, speech.locale());
        Audiobook chosen = books.stream()
                .filter(book -> Audiobooks.whereToGoOn(chapters.get(book)).filter(Audiobooks.Place::started)
                        .filter(place -> place.positionMs() > 0).isPresent())
                .findFirst()
                .or(() -> books.stream().filter(book -> Audiobooks.whereToGoOn(chapters.get(book))
                        .filter(Audiobooks.Place::started).isPresent()).findFirst())
                .orElse(books.getFirst());
        return goOn(input, spotify, speech, chosen, chapters.get(chosen));
    }

    /** Starts the book where the listener stopped (or at its start) and says which book and chapter. */
    static Optional<Response> goOn(HandlerInput input, SpotifySession spotify, Speech speech, Audiobook book,
            List<Chapter> chapters) {
        Optional<Audiobooks.Place> place = Audiobooks.whereToGoOn(chapters);
        if (place.isEmpty()) {
            return Podcasts.end(input, speech.say("audiobook.noChapters", book.name()));
        }
        Audiobooks.Place at = place.get();
        spotify.playChapter(book, at.index(), at.positionMs() > 0 ? at.positionMs() : null, null);
        int minutes = (int) Math.max(1, at.positionMs() / 60_000);
        Phrase said = at.positionMs() > 0
                ? speech.say(minutes == 1 ? "audiobook.resuming.oneMinute" : "audiobook.resuming", book.name(),
                        at.chapter().name(), minutes)
                : speech.say("audiobook.playing", book.name(), at.chapter().name());
        return Cards.withArtwork(input.getResponseBuilder(), book.name(), said.text(), book.images())
                .withSpeech(said.ssml())
                .withShouldEndSession(true)
                .build();
    }
}
