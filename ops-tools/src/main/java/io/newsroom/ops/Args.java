package io.newsroom.ops;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A command's words and its {@code --name value} or {@code --flag} options; an unknown option is a usage error. */
final class Args {

    private final List<String> positional = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    /**
     * @param valued the options that take a value
     * @param flags  the options that stand alone
     */
    Args(List<String> words, Set<String> valued, Set<String> flags) {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (!word.startsWith("--")) {
                positional.add(word);
            } else if (flags.contains(word)) {
                options.put(word, "true");
            } else if (valued.contains(word)) {
                if (i + 1 >= words.size()) {
                    throw new UsageException(word + " needs a value");
                }
                options.put(word, words.get(++i));
            } else {
                throw new UsageException("unknown option " + word);
            }
        }
    }

    List<String> positional() {
        return positional;
    }

    Optional<String> value(String option) {
        return Optional.ofNullable(options.get(option));
    }

    boolean flag(String option) {
        return options.containsKey(option);
    }

    Optional<Long> number(String option) {
        return value(option).map(text -> {
            try {
                long n = Long.parseLong(text);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // below
            }
            throw new UsageException(option + " must be a whole number, 0 or more (was '" + text + "')");
        });
    }
}
