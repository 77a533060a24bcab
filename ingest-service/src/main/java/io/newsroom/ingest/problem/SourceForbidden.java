package io.newsroom.ingest.problem;

import io.newsroom.support.http.Problem;

import java.util.Map;

/** A key may submit only its own source's items: anything else is 403 (checked by the mappers and the pull API). */
public final class SourceForbidden {

    private SourceForbidden() {
    }

    /** Throws 403 unless the authenticated source may submit items of {@code itemSource}. */
    public static void requireSameSource(String caller, String itemSource) {
        if (!caller.equals(itemSource)) {
            throw new RequestRefusedException(Problem.of(403, "source-forbidden", "Source forbidden",
                    "The API key belongs to source '" + caller + "' and may not submit items of source '" + itemSource + "'."),
                    Map.of());
        }
    }
}
