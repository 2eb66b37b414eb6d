package io.github.musicbutler.dialogue;

import java.util.Optional;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;

/**
 * Asking an open {@link Choice} again, in the words that fit where its options came from; it stays open.
 */
final class Choices {

    private Choices() {
    }

    /** The answer named none of the options: the question once more. */
    static Optional<Response> askAgain(HandlerInput input, Dialogue dialogue, Choice choice) {
        Speech speech = Speech.of(input);
        if (choice.source() == Choice.Source.SEARCH) {
            return ask(input, dialogue, choice, speech.say("play.which", choice.options().size()).ssml());
        }
        String question = choice.options().size() == 1
                ? speech.say("playlists.suggest.reprompt", choice.options().getFirst().name()).ssml()
                : speech.say("playlists.didYouMean", choice.options().get(0).name(), choice.options().get(1).name()).ssml();
        return ask(input, dialogue, choice, question);
    }

    /** "Yes" to a question with several options: which one? */
    static Optional<Response> askWhich(HandlerInput input, Dialogue dialogue, Choice choice) {
        Speech speech = Speech.of(input);
        String question = choice.source() == Choice.Source.SEARCH || choice.options().size() != 2
                ? speech.say("play.which", choice.options().size()).ssml()
                : speech.say("playlists.whichOfTwo", choice.options().get(0).name(), choice.options().get(1).name()).ssml();
        return ask(input, dialogue, choice, question);
    }

    private static Optional<Response> ask(HandlerInput input, Dialogue dialogue, Choice choice, String question) {
        dialogue.ask(input, choice);
        return input.getResponseBuilder().withSpeech(question).withReprompt(question).build();
    }
}
