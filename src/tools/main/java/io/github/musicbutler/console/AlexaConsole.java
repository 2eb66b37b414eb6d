package io.github.musicbutler.console;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;


/**
 * Talk to the skill without an Echo: type what you would say, read what Alexa would answer.
 * <p>
 * The words become the request Alexa would send ({@link UtteranceResolver} on the skill's interaction model, the
 * session kept by {@link Conversation}); the request goes through the real Lambda path, {@code target/function.zip}
 * run as Lambda runs it ({@link ConsoleSkill}); the answer is printed as heard (SSML as plain text), with its card
 * and whether Alexa keeps listening. Spotify is the demo account {@link DemoAccount} unless a real access token is
 * given.
 * Options: {@link ConsoleOptions}. Started by {@code ./mvnw -q package -Pconsole}.
 */
public final class AlexaConsole {

    private static final String INDENT = "  ";

    private final ConsoleOptions options;
    private final PrintStream out;

    private AlexaConsole(ConsoleOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        try {
            ConsoleOptions options = ConsoleOptions.parse(List.of(args), System.getProperties(), System.getenv());
            Reader in = options.script().filter(path -> !path.toString().equals("-"))
                    .map(AlexaConsole::open)
                    .orElseGet(() -> new InputStreamReader(System.in, StandardCharsets.UTF_8));
            run(options, in, out);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
            out.println("console: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Runs a whole conversation: utterances from {@code in}, one per line, the transcript to {@code out}. */
    public static void run(ConsoleOptions options, Reader in, PrintStream out) {
        try (ConsoleSkill skill = ConsoleSkill.start(options)) {
            run(options, skill, in, out);
        }
    }

    /**
     * The same with a skill already running for the options' locale, as tests holding many conversations share one:
     * the demo household moves in afresh first, so a conversation never hears what an earlier one changed.
     */
    public static void run(ConsoleOptions options, ConsoleSkill skill, Reader in, PrintStream out) {
        if (!skill.speaks(options.locale()) || skill.demo() == options.spotifyToken().isPresent()) {
            throw new IllegalArgumentException(skill + " cannot hold a conversation in " + options.locale()
                    + (options.spotifyToken().isPresent() ? " with a real Spotify" : " with the demo account"));
        }
        skill.moveIn();
        new AlexaConsole(options, out).converse(skill, new BufferedReader(in));
    }

    private void converse(ConsoleSkill skill, BufferedReader in) {
        UtteranceResolver resolver = UtteranceResolver.forLocale(options.locale());
        String token = options.unlinked() ? null : options.spotifyToken().orElse(DemoAccount.token(options.locale()));
        header(resolver, skill);
        Optional<String> person = options.person();
        Conversation conversation = new Conversation(resolver, skill::invoke, token,
                person.map(name -> "amzn1.ask.person.console-" + name).orElse(null),
                person.map(name -> DemoAccount.samToken(options.locale())).orElse(null));
        if (options.screen()) {
            conversation.onScreen();
        }
        boolean interactive = options.script().isEmpty();
        for (String line = prompt(in, interactive); line != null; line = prompt(in, interactive)) {
            String utterance = line.strip();
            if (utterance.isEmpty() || utterance.startsWith("#")) {
                continue;
            }
            if (!interactive) {
                out.println("> " + utterance);
            }
            // Console commands start with "/" (or ":"): words people say never do, so they never reach the skill.
            if (utterance.startsWith("/") || utterance.startsWith(":")) {
                if (!command(utterance.substring(1).strip(), resolver)) {
                    break;
                }
                continue;
            }
            try {
                print(conversation.say(utterance));
            } catch (RuntimeException | AssertionError failure) {
                out.println(INDENT + "Alexa: There was a problem with the requested skill's response.");
                String reason = String.valueOf(failure.getMessage()).lines().findFirst().orElse("");
                out.println(INDENT + "(the function failed: " + reason + "; see " + skill.logFile() + ")");
            }
        }
    }

    /** Runs a console command; false to leave the console. */
    private boolean command(String command, UtteranceResolver resolver) {
        switch (command) {
            case "quit", "exit", "q" -> {
                return false;
            }
            case "help", "h", "?" -> {
                out.println(INDENT + "Type what you would say to Alexa, e.g. \"" + resolver.opening()
                        + "\". Console commands start with / or :");
                out.println(INDENT + "/help   this text");
                out.println(INDENT + "/quit   leave the console (also /exit or Ctrl-D)");
            }
            default -> out.println(INDENT + "Unknown console command /" + command + " (not sent to the skill): "
                    + "/help lists the commands.");
        }
        return true;
    }

    private void header(UtteranceResolver resolver, ConsoleSkill skill) {
        String spotify = skill.demo()
                ? "the demo account \"" + DemoAccount.userName() + "\" (served locally; set SPOTIFY_ACCESS_TOKEN to use yours)"
                : "your account (SPOTIFY_ACCESS_TOKEN) at " + options.spotifyApiUrl();
        out.println("Music Butler console, " + resolver.locale() + ", Spotify: "
                + (options.unlinked() ? "not linked (no token in the requests)" : spotify)
                + options.person().map(name -> "; speaking as " + name + ", who linked their own demo Spotify"
                        + " (a recognised voice: requests carry context.System.person)").orElse(""));
        if (options.script().isEmpty()) {
            out.println("Say \"" + resolver.opening() + "\" to start; /help for console commands, /quit or Ctrl-D to leave. Function log: "
                    + skill.logFile());
        }
    }

    private void print(Turn turn) {
        out.println(INDENT + "[" + turn.understanding() + (turn.newSession() ? ", new session" : "") + "]");
        out.println(INDENT + "Alexa: " + (turn.speech().isEmpty() ? "(says nothing)" : turn.speech()));
        if (options.verbose()) {
            turn.reprompt().ifPresent(reprompt -> out.println(INDENT + "Reprompt: " + reprompt));
        }
        turn.card().ifPresent(card -> out.println(INDENT + (card.type().equals("LinkAccount")
                ? "Card: LinkAccount (sign in to Spotify in the Alexa app)"
                : "Card \"" + card.title() + "\": " + card.content().replace("\n", "\n" + INDENT + INDENT))));
        if (options.screen()) {
            ScreenText.of(turn.responseJson()).forEach(line -> out.println(INDENT + line));
        }
        out.println(INDENT + (turn.sessionOpen() ? "(Alexa is listening)" : "(session closed)"));
        if (options.verbose()) {
            out.println(INDENT + "request:  " + turn.requestJson());
            out.println(INDENT + "response: " + turn.responseJson());
        }
    }

    private String prompt(BufferedReader in, boolean interactive) {
        if (interactive) {
            out.print("> ");
            out.flush();
        }
        try {
            String line = in.readLine();
            if (line == null && interactive) {
                out.println();
            }
            return line;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Reader open(Path script) {
        try {
            return Files.newBufferedReader(script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the script " + script, e);
        }
    }
}
