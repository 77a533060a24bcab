package io.newsroom.nlp.train;

import io.newsroom.nlp.topics.LanguageTerms;
import io.newsroom.nlp.topics.TopicModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fr/de/es topic data as published (issue 19, part 2): SIB-200 and MasakhaNEWS labels mapped to IPTC top-level
 * topics, geography left out, an item of the test split never in train, and the trainer learning only the topics
 * the items have.
 */
class LanguageTopicDataTest {

    @TempDir
    Path dir;

    @Test
    void shouldMapLabelsDropGeographyAndKeepTestItemsOutOfTrain() throws IOException {
        Path sib = Files.createDirectories(dir.resolve("sib-200/data/annotated/deu_Latn"));
        Files.writeString(sib.resolve("train.tsv"), "index_id\tcategory\ttext\n"
                + "1\tsports\tDie Mannschaft gewann das Spiel.\n2\tgeography\tDer Fluss fließt ins Meer.\n"
                + "3\ttravel\tPacken Sie leichtes Gepäck.\n4\tpolitics\tDas Parlament stimmte ab.\n");
        Files.writeString(sib.resolve("test.tsv"), "index_id\tcategory\ttext\n4\tpolitics\tDas Parlament stimmte ab.\n");

        List<LanguageTopicData.Item> train = LanguageTopicData.readAll(dir, "de", LanguageTopicData.Split.TRAIN);

        assertThat(train).extracting(LanguageTopicData.Item::code).containsExactly("medtop:15000000", "medtop:10000000");
        assertThat(LanguageTopicData.readAll(dir, "de", LanguageTopicData.Split.TEST)).extracting(LanguageTopicData.Item::code)
                .containsExactly("medtop:11000000");
    }

    @Test
    void shouldReadFrenchArticlesWithTheirHeadlines() throws IOException {
        Path fra = Files.createDirectories(dir.resolve("masakhane-news/few_shot_data/50_samples/fra"));
        Files.createDirectories(dir.resolve("masakhane-news/data/fra"));
        Files.createDirectories(dir.resolve("sib-200/data/annotated/fra_Latn"));
        Files.writeString(fra.resolve("train.tsv"), "category\theadline\ttext\nbusiness\tLa bourse recule\t\"Les marchés, en baisse\"\n");
        Files.writeString(dir.resolve("masakhane-news/data/fra/test.tsv"), "category\theadline\ttext\turl\n");
        Files.writeString(dir.resolve("sib-200/data/annotated/fra_Latn/train.tsv"), "index_id\tcategory\ttext\n");
        Files.writeString(dir.resolve("sib-200/data/annotated/fra_Latn/test.tsv"), "index_id\tcategory\ttext\n");

        assertThat(LanguageTopicData.readAll(dir, "fr", LanguageTopicData.Split.TRAIN)).containsExactly(
                new LanguageTopicData.Item(LanguageTopicData.MASAKHANEWS, "La bourse recule", "Les marchés, en baisse", "medtop:04000000"));
    }

    @Test
    void shouldTrainOnlyTheTopicsTheItemsHave() {
        List<LanguageTopicData.Item> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            items.add(new LanguageTopicData.Item("t", "", "Der Trainer lobte die Mannschaft nach dem Spiel im Stadion " + i, "medtop:15000000"));
            items.add(new LanguageTopicData.Item("t", "", "Das Parlament stimmte über das Gesetz der Regierung ab " + i, "medtop:11000000"));
        }

        TopicModel model = LanguageTopicTrainer.train("de", items);

        assertThat(model.classCodes()).containsExactly("medtop:11000000", "medtop:15000000");
        double[] p = model.probabilities(model.vector(LanguageTerms.of("de", "Die Mannschaft feierte im Stadion")));
        assertThat(p[1]).isGreaterThan(0.5);
    }
}
