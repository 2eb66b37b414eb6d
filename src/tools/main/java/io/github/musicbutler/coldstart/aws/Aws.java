package io.github.musicbutler.coldstart.aws;

import java.util.List;

/** The AWS CLI, one command at a time: arguments after {@code aws}, standard output back. */
@FunctionalInterface
public interface Aws {

    String run(List<String> arguments);
}
