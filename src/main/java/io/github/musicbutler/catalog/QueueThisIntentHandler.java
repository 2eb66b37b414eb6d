package io.github.musicbutler.catalog;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Singleton;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.model.Response;

import io.github.musicbutler.i18n.Speech;
import io.github.musicbutler.skill.Elicitation;
import io.github.musicbutler.skill.HandlerPriority;
import io.github.musicbutler.skill.IntentHandler;
import io.github.musicbutler.skill.Intents;

/**
 * "Add this (song) to the queue": "this" is what is playing, which needs no queueing, so the honest answer says
 * what to say instead and asks which song (the bare answer is QueueSongIntent's song). Calls no one.
 */
@Singleton
@Priority(HandlerPriority.SPECIFIC)
public class QueueThisIntentHandler implements IntentHandler {

    @Override
    public Set<String> intents() {
        return Set.of(Intents.QUEUE_THIS);
    }

    @Override
    public Optional<Response> handle(HandlerInput input) {
        Speech speech = Speech.of(input);
        return Elicitation.ask(input, Intents.QueueSong.NAME, Intents.QueueSong.SONG, Map.of(),
                speech.say("queue.this"), speech.say("catalog.what.queue"));
    }
}
