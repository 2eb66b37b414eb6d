package io.github.musicbutler.i18n;

import java.util.List;

/**
 * "A, B and C" in the request's language ({@code list.and} in the speech files).
 */
public final class SpokenList {

    private SpokenList() {
    }

    public static String join(Speech speech, List<String> items) {
        if (items.isEmpty()) {
            return "";
        }
        if (items.size() == 1) {
            return items.getFirst();
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + speech.text("list.and") + " " + items.getLast();
    }
}
