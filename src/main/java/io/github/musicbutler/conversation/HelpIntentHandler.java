package io.github.musicbutler.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Phrase;
import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.i18n.SpokenList;
import io.github.musicbutler.linking.AccountLinking;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;

/**
 * "Help": what this person can do now. A linked person hears their music's features, someone who has not linked
 * hears search (all that works without a link) and how to get the rest. Both come from one list per case in the
 * speech files ({@code help.examples}, {@code help.unlinked.examples}), which the tests also say to the console word
 * for word. The card lists every example; the speech says only the first {@value #SPOKEN_EXAMPLES} and points to the
 * card for the rest, because a spoken list of fifteen phrases is too long to remember (and to sit through).
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class HelpIntentHandler implements IntentHandler {

    /** How many examples the speech says; the card has them all. */
    static final int SPOKEN_EXAMPLES = 5;

    @Override
    public Set<String> intents() {
        return Set.of(Intents.HELP);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        boolean linked = AccountLinking.isLinked(input);
        Phrase intro = speech.say(linked ? "help" : "help.unlinked");
        List<String> examples = examples(speech, linked ? "help.examples" : "help.unlinked.examples");
        Phrase youCanSay = speech.say("help.card");
        List<String> said = examples.subList(0, Math.min(SPOKEN_EXAMPLES, examples.size()));
        Phrase list = SpokenList.either(speech, said.stream().map(Phrase::of).toList());
        Phrase spoken = intro.then(new Phrase(youCanSay.ssml() + " " + list.ssml() + ".",
                youCanSay.text() + " " + list.text() + "."));
        if (said.size() < examples.size()) {
            spoken = spoken.then(speech.say("help.more"));
        }
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
