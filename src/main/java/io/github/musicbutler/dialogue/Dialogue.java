package io.github.musicbutler.dialogue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.amazon.ask.dispatcher.request.handler.HandlerInput;
import com.amazon.ask.dispatcher.request.interceptor.RequestInterceptor;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.jsontype.NamedType;

import io.quarkus.arc.All;

/**
 * The one typed accessor of the dialogue state: the {@link Question} the skill asked last, under the session
 * attribute {@value #KEY}, written and read with the application's ObjectMapper and the names the features gave
 * their questions ({@link QuestionType}).
 * <p>
 * A question is open for exactly the next turn: as a request arrives the question is taken out of the session,
 * and it stays there only if this turn asks one again ({@link #ask}) or, for a turn that did not understand the
 * answer, keeps it ({@link #keep}). So no handler ever reads what belongs to a question that is no longer open.
 */
@Singleton
public class Dialogue implements RequestInterceptor {

    static final String KEY = "dialogue";
    static final String TYPE = "waitingFor";

    private static final Logger LOG = Logger.getLogger(Dialogue.class);
    private static final String ASKED = Dialogue.class.getName() + ".asked";

    private final ObjectMapper mapper;
    private final List<QuestionType> types;

    Dialogue(ObjectMapper mapper, @All List<QuestionType> types) {
        this.mapper = mapper.copy();
        this.types = List.copyOf(types);
        this.types.forEach(type -> this.mapper.registerSubtypes(new NamedType(type.type(), type.name())));
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
        if (types.stream().noneMatch(type -> type.type() == question.getClass())) {
            // Written under its class name it could never be read back: fail where the feature is tested.
            throw new IllegalStateException(question.getClass().getName() + " has no QuestionType bean");
        }
        input.getAttributesManager().getSessionAttributes().put(KEY, mapper.convertValue(question, Map.class));
    }

    /** Keeps the question of the previous turn open for one more turn (the answer was not understood). */
    public void keep(HandlerInput input) {
        open(input).ifPresent(question -> ask(input, question));
    }

    Optional<Question> read(Object stored) {
        if (!(stored instanceof Map<?, ?> attributes)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(mapper.convertValue(current(attributes), Question.class));
        } catch (IllegalArgumentException unreadable) {
            // An attribute this version cannot read (an older skill's, or tampered with): as if nothing were open.
            LOG.debugf("Ignoring an unreadable dialogue state (%s)", unreadable.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    /** A question of the previous format, under its record's name; any other as it is. */
    private Map<?, ?> current(Map<?, ?> attributes) {
        Object name = attributes.get(TYPE);
        if (types.stream().anyMatch(type -> type.name().equals(name))) {
            return attributes;
        }
        return types.stream()
                .filter(type -> !type.previousFormat().isEmpty() && type.previousFormat().entrySet().stream()
                        .allMatch(entry -> entry.getValue().equals(attributes.get(entry.getKey()))))
                .findFirst()
                .<Map<?, ?>>map(type -> {
                    Map<Object, Object> renamed = new HashMap<>(attributes);
                    renamed.put(TYPE, type.name());
                    return renamed;
                })
                .orElse(attributes);
    }
}
