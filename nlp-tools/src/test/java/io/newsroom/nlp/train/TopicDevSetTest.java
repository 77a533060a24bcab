package io.newsroom.nlp.train;

import io.newsroom.nlp.NewsTagger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed topic development set: our labels cover every document of CoNLL-2003 valid.txt, the stories we
 * wrote cover each thin topic, and (when ../shared/data is present; skipped with a message otherwise) the export
 * lines the rebuilt texts up with the labels and eval-topics scores it with the whole engine.
 */
class TopicDevSetTest {

    // Surefire runs in the module folder.
    private static final Path DEV_SETS = Path.of("dev-sets");
    private static final Path CONLL_LABELS = DEV_SETS.resolve("topics-conll-valid/labels.tsv");
    private static final Path WRITTEN = DEV_SETS.resolve("topics-written");
    private static final Path MASAKHANEWS_LABELS = DEV_SETS.resolve("topics-masakhanews-test/labels.tsv");

    @TempDir
    Path out;

    @Test
    void shouldLabelEveryConllValidDocument() throws Exception {
        Map<String, LabelledTopicCorpus.Label> labels = LabelledTopicCorpus.readLabels(CONLL_LABELS);

        assertThat(labels).hasSize(TopicDevSetExporter.CONLL_VALID_DOCUMENTS).containsKeys("001", "216");
        assertThat(labels.values()).filteredOn(l -> l.primary() != null).isNotEmpty()
                .allSatisfy(l -> assertThat(l.codes()).contains(l.primary()));
    }

    @Test
    void shouldHaveAtLeastFiveWrittenStoriesPerThinTopic() throws Exception {
        Map<String, LabelledTopicCorpus.Label> labels = LabelledTopicCorpus.readLabels(WRITTEN.resolve("labels.tsv"));
        Map<String, Long> perTopic = labels.values().stream()
                .collect(Collectors.groupingBy(LabelledTopicCorpus.Label::primary, Collectors.counting()));

        assertThat(labels.keySet()).allSatisfy(id -> {
            assertThat(id).startsWith("w-");
            assertThat(WRITTEN.resolve(id + ".txt")).exists();
        });
        for (String thin : List.of("05", "06", "07", "09", "10", "12", "13", "14", "17")) {
            assertThat(perTopic.getOrDefault(TopicCodes.topLevel(thin), 0L)).as("stories for topic " + thin).isGreaterThanOrEqualTo(5);
        }
    }

    @Test
    void shouldExportTheSharedDocumentsWithTheirLabelsAndEvaluateThem() throws Exception {
        String env = System.getenv("NEWSROOM_DATA");
        Path valid = (env != null ? Path.of(env) : Path.of("../../shared/data")).resolve("ner/conll2003/valid.txt");
        Assumptions.assumeTrue(Files.exists(valid),
                "skipped: CoNLL-2003 valid.txt not found at " + valid.toAbsolutePath().normalize() + " (set NEWSROOM_DATA)");

        TopicDevSetExporter.Summary summary = new TopicDevSetExporter().export(valid, CONLL_LABELS, WRITTEN, out);
        List<LabelledTopicCorpus.Article> articles = LabelledTopicCorpus.read(out);

        assertThat(articles).hasSize(summary.total());
        assertThat(articles).filteredOn(a -> a.id().equals("001")).singleElement()
                .satisfies(a -> assertThat(a.headline()).isEqualTo("CRICKET - LEICESTERSHIRE TAKE OVER AT TOP AFTER INNINGS VICTORY."));
        assertThat(articles).filteredOn(a -> a.id().equals("091")).singleElement()
                .satisfies(a -> assertThat(a.primary()).isEqualTo("medtop:03000000"));
        NewsTagger tagger = NewsTagger.loadDefault();
        String report = TopicEvaluator.evaluateLabelled(a -> tagger.analyze(a.headline(), a.body()).categories().stream()
                .map(io.newsroom.nlp.analysis.Category::code).filter(TopicCodes::isTopLevel).findFirst().orElse(null), articles);
        assertThat(report).endsWith(" n=" + articles.size()).containsPattern("\nTOPICS accuracy=\\d\\.\\d{3} lenient=\\d\\.\\d{3} n=\\d+$");
    }

    @Test
    void shouldExportTheMasakhaNewsTestArticlesWithTheirLabels() throws Exception {
        String env = System.getenv("NEWSROOM_DATA");
        Path valid = (env != null ? Path.of(env) : Path.of("../../shared/data")).resolve("ner/conll2003/valid.txt");
        Path checkout = DataPaths.masakhaNewsDir(null);
        Assumptions.assumeTrue(Files.exists(valid) && Files.exists(checkout.resolve("data/eng/test.tsv")),
                "skipped: needs CoNLL-2003 valid.txt and a masakhane-news checkout at " + checkout.toAbsolutePath().normalize());

        TopicDevSetExporter.Summary summary = new TopicDevSetExporter().export(valid, CONLL_LABELS, WRITTEN, checkout,
                MASAKHANEWS_LABELS, out);
        List<LabelledTopicCorpus.Article> articles = LabelledTopicCorpus.read(out);

        assertThat(articles).hasSize(summary.total()).filteredOn(a -> a.id().startsWith("test-")).hasSize(948);
        assertThat(articles).filteredOn(a -> a.id().equals("test-0001")).singleElement()
                .satisfies(a -> assertThat(a.headline()).isEqualTo("CEO Secrets: 'Don't treat your business like your baby'"));
    }
}
