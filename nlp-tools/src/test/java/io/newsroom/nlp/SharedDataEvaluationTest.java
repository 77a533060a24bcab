package io.newsroom.nlp;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.ner.NamedEntityRecognizer;
import io.newsroom.nlp.train.NerEvaluator;
import io.newsroom.nlp.train.NerScore;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed NER model against the CoNLL-2003 development split, when ../shared/data is present (it is
 * not part of the repository; the test skips with a message where it is absent). The bar is the must-have
 * of the issue, not the current score, so retraining with a different seed does not break the build.
 */
class SharedDataEvaluationTest {

    @Test
    void shouldReachTheMustHaveF1OnConllValid() throws Exception {
        // Surefire runs with the module folder as working directory: ../../shared/data is the project's ../shared.
        String env = System.getenv("NEWSROOM_DATA");
        Path valid = (env != null ? Path.of(env) : Path.of("../../shared/data")).resolve("ner/conll2003/valid.txt");
        Assumptions.assumeTrue(Files.exists(valid),
                "skipped: CoNLL-2003 valid.txt not found at " + valid.toAbsolutePath().normalize() + " (set NEWSROOM_DATA)");
        NamedEntityRecognizer ner = NamedEntityRecognizer.loadDefault(Gazetteer.loadDefault());
        NerScore score = new NerEvaluator(ner).evaluate(valid);
        assertThat(score.f1()).as(score.report()).isGreaterThanOrEqualTo(0.90);
    }
}
