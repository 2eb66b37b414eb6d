package io.github.musicbutler.dialogue;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one typed accessor of the dialogue state: the {@link Question} the skill asked last, under the session
 * attribute {@value #KEY}, written and read with the application's ObjectMapper.
 * <p>
 * A question is open for exactly the next turn: as a request arrives the question is taken out of the session,
 * and it stays there only if this turn asks one again ({@link #ask}) or, for a turn that did not understand the
 * answer, keeps it ({@link #keep}). So no handler ever reads what belongs to a question that is no longer open.
 */
@Singleton
public class Dialogue implements RequestInterceptor {

    static final String KEY = "dialogue";

    private static final Logger LOG = Logger.getLogger(Dialogue.class);
    private static final String ASKED = Dialogue.class.getName() + ".asked";

    private final ObjectMapper mapper;

    Dialogue(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public void process(HandlerInput input) {
        if (input.getRequestEnvelope().getSession() == null) {
            return;
        }
        Object stored = input.getAttributesManager().getSessionAttributes().remove(KEY);
        read(stored).ifPresent(question -> input.getAttributesManager().getRequestAttributes().put(ASKED, question));
    }

    /** The question the skill asked in the previous turn, if it is of the given kind. */
    public <Q extends Question> Optional<Q> open(HandlerInput input, Class<Q> kind) {
        return open(input).filter(kind::isInstance).map(kind::cast);
    }

    public Optional<Question> open(HandlerInput input) {
        return Optional.ofNullable((Question) input.getAttributesManager().getRequestAttributes().get(ASKED));
    }

    /** Asks {@code question}: it is what the next turn answers. */
    public void ask(HandlerInput input, Question question) {
        input.getAttributesManager().getSessionAttributes().put(KEY, mapper.convertValue(question, Map.class));
    }

    /** Keeps the question of the previous turn open for one more turn (the answer was not understood). */
    public void keep(HandlerInput input) {
        open(input).ifPresent(question -> ask(input, question));
    }

    private Optional<Question> read(Object stored) {
        if (stored == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mapper.convertValue(stored, Question.class));
        } catch (IllegalArgumentException unreadable) {
            // An attribute this version cannot read (an older skill's, or tampered with): as if nothing were open.
            LOG.debugf("Ignoring an unreadable dialogue state (%s)", unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
