package io.github.musicbutler.conversation;

import static com.amazon.ask.request.Predicates.intentName;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.handler.RequestHandler;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.Intents;

/**
 * "Help": what this person can do now. A linked person hears their music's features, someone who has not linked
 * hears search (all that works without a link) and how to get the rest. The card says the same words as the
 * speech, the examples as a list: both come from one list per case in the speech files ({@code help.examples},
 * {@code help.unlinked.examples}), which the tests also say to the console word for word.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class HelpIntentHandler implements RequestHandler {

    @Override
    public boolean canHandle(HandlerInput input) {
        return input.matches(intentName(Intents.HELP));
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        boolean linked = AccountLinking.isLinked(input);
        Phrase intro = speech.say(linked ? "help" : "help.unlinked");
        List<String> examples = examples(speech, linked ? "help.examples" : "help.unlinked.examples");
        Phrase youCanSay = speech.say("help.card");
        Phrase list = SpokenList.either(speech, examples.stream().map(Phrase::of).toList());
        Phrase spoken = intro.then(new Phrase(youCanSay.ssml() + " " + list.ssml() + ".",
                youCanSay.text() + " " + list.text() + "."));
        StringBuilder card = new StringBuilder(intro.text()).append('\n').append(youCanSay.text());
        examples.forEach(example -> card.append("\n- \"").append(example).append('"'));
        if (!linked) {
            Phrase link = speech.say("help.unlinked.link");
            spoken = spoken.then(link);
            card.append('\n').append(link.text());
        }
        return input.getResponseBuilder()
                .withSpeech(spoken.then(speech.say("help.ask")).ssml())
                .withReprompt(speech.say("help.reprompt", examples.getFirst()).ssml())
                .withSimpleCard(speech.say("card.title").text(), card.toString())
                .build();
    }

    /** The example phrases of a help text, as they are written in the speech file. */
    public static List<String> examples(Speech speech, String key) {
        return Arrays.stream(speech.say(key).text().split("\\|")).map(String::strip).toList();
    }
}
