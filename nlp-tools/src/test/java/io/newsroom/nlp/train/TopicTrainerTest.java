package io.newsroom.nlp.train;

import io.newsroom.nlp.topics.Terms;
import io.newsroom.nlp.topics.TopicModel;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Topic training on a toy corpus: documents we label ourselves (or stories we write) teach a topic BBC has no class for, short
 * items teach it too at a lower weight, a further
 * topic of a labelled document gets a share of the target, and rare classes weigh more than common ones.
 */
class TopicTrainerTest {

    static final String CRIME = "medtop:02000000";
    static final String ECONOMY = "medtop:04000000";
    static final String SPORT = "medtop:15000000";

    private static final List<IptcTaxonomy.Concept> TAXONOMY = List.of(
            new IptcTaxonomy.Concept(CRIME, "crime, law and justice", "Breaking the rules of society", CRIME, null),
            new IptcTaxonomy.Concept(ECONOMY, "economy, business and finance", "Production and exchange of wealth", ECONOMY, null),
            new IptcTaxonomy.Concept(SPORT, "sport", "Competitive physical activity", SPORT, null));

    private static List<BbcCorpus.Article> bbc() {
        List<BbcCorpus.Article> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(new BbcCorpus.Article("business", i, "b" + i, "Shares rise", "The company said profits and sales rose, shares gained on the market."));
            out.add(new BbcCorpus.Article("sport", i, "s" + i, "Team wins", "The team won the match, the striker scored a goal in the league."));
        }
        return out;
    }

    private static List<ConllTopicCorpus.Document> crime() {
        List<ConllTopicCorpus.Document> out = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            out.add(new ConllTopicCorpus.Document(i, "Police arrest suspect",
                    "Police arrested a suspect and prosecutors charged him with murder in court.", CRIME, List.of(CRIME)));
        }
        return out;
    }

    private static double probability(TopicModel model, String code, String headline, String body) {
        double[] p = model.probabilities(model.vector(Terms.ofArticle(headline, body)));
        return p[List.of(CRIME, ECONOMY, SPORT).indexOf(code)];
    }

    @Test
    void shouldLearnFromShortItemsAtALowerWeightThanFromArticles() {
        String headline = "Suspect charged";
        String body = "Police said the suspect was charged with murder and will appear in court.";
        TopicModel without = new TopicTrainer(List.of()).train(bbc(), TAXONOMY);
        TopicModel shortItems = new TopicTrainer(List.of(), List.of(), crime(), BbcTopicLabels.none()).train(bbc(), TAXONOMY);
        TopicModel articles = new TopicTrainer(crime()).train(bbc(), TAXONOMY);
        assertThat(probability(shortItems, CRIME, headline, body)).isGreaterThan(probability(without, CRIME, headline, body) + 0.1)
                .isLessThan(probability(articles, CRIME, headline, body));
    }

    @Test
    void shouldLearnATopicBbcLacksFromLabelledDocuments() {
        String headline = "Suspect charged";
        String body = "Police said the suspect was charged with murder and will appear in court.";
        TopicModel without = new TopicTrainer(List.of()).train(bbc(), TAXONOMY);
        TopicModel with = new TopicTrainer(crime()).train(bbc(), TAXONOMY);
        assertThat(probability(with, CRIME, headline, body)).isGreaterThan(0.5)
                .isGreaterThan(probability(without, CRIME, headline, body) + 0.2);
    }

    @Test
    void shouldLearnFromWrittenStoriesLikeFromLabelledDocuments() {
        String headline = "Suspect charged";
        String body = "Police said the suspect was charged with murder and will appear in court.";
        TopicModel without = new TopicTrainer(List.of(), List.of(), BbcTopicLabels.none()).train(bbc(), TAXONOMY);
        TopicModel written = new TopicTrainer(List.of(), crime(), BbcTopicLabels.none()).train(bbc(), TAXONOMY);
        TopicModel labelled = new TopicTrainer(crime()).train(bbc(), TAXONOMY);
        assertThat(probability(written, CRIME, headline, body)).isGreaterThan(probability(without, CRIME, headline, body) + 0.2)
                .isCloseTo(probability(labelled, CRIME, headline, body), org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void shouldGiveAFurtherTopicOfALabelledDocumentAShareOfTheTarget() {
        List<ConllTopicCorpus.Document> docs = new ArrayList<>(crime());
        for (int i = 0; i < 4; i++) {
            docs.add(new ConllTopicCorpus.Document(10 + i, "Fraud trial of bank chief",
                    "The bank chief went on trial for fraud over the bank accounts.", CRIME, List.of(CRIME, ECONOMY)));
        }
        String headline = "Bank chief fraud trial";
        String body = "The fraud trial of the bank chief over the bank accounts opened.";
        double primaryOnly = probability(new TopicTrainer(docs.stream()
                .map(d -> new ConllTopicCorpus.Document(d.index(), d.headline(), d.body(), CRIME, List.of(CRIME)))
                .toList()).train(bbc(), TAXONOMY), ECONOMY, headline, body);
        double withShare = probability(new TopicTrainer(docs).train(bbc(), TAXONOMY), ECONOMY, headline, body);
        assertThat(withShare).isGreaterThan(primaryOnly);
    }

    @Test
    void shouldTrainABbcArticleForOurIptcLabelRatherThanItsBbcClass(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        // BBC files a fraud trial under business; our label files it under crime first, economy second.
        List<BbcCorpus.Article> articles = new ArrayList<>(bbc());
        StringBuilder labels = new StringBuilder("# id\tprimary\tcodes\tpin\n");
        for (int i = 0; i < 6; i++) {
            articles.add(new BbcCorpus.Article("business", 6 + i, "f" + i, "Fraud trial",
                    "Prosecutors told the court the accused stole from investors and faces jail if convicted."));
            labels.append("business/f").append(i).append('\t').append(CRIME).append('\t').append(CRIME).append(',')
                    .append(ECONOMY).append("\tFraud trial\n");
        }
        java.nio.file.Path file = dir.resolve("labels.tsv");
        java.nio.file.Files.writeString(file, labels);
        String headline = "Fraud case in court";
        String body = "The accused faces jail after prosecutors said he stole from investors.";
        TopicModel byClass = new TopicTrainer(List.of(), List.of(), BbcTopicLabels.none()).train(articles, TAXONOMY);
        TopicModel byLabel = new TopicTrainer(List.of(), List.of(), BbcTopicLabels.read(file)).train(articles, TAXONOMY);
        assertThat(probability(byClass, ECONOMY, headline, body)).isGreaterThan(probability(byClass, CRIME, headline, body));
        assertThat(probability(byLabel, CRIME, headline, body)).isGreaterThan(0.5);
        assertThat(BbcTopicLabels.read(file).codes(articles.get(articles.size() - 1))).containsExactly(CRIME, ECONOMY);
        assertThat(BbcTopicLabels.read(file).codes(articles.get(0))).isNull();
    }

    @Test
    void shouldRefuseALabelMadeForAnotherHeadline(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("labels.tsv");
        java.nio.file.Files.writeString(file, "business/001\t" + CRIME + "\t" + CRIME + "\tFraud trial\n");
        BbcCorpus.Article other = new BbcCorpus.Article("business", 0, "001", "Shares rise", "Shares rose.");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> BbcTopicLabels.read(file).codes(other))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("business/001").hasMessageContaining("Shares rise");
    }

    @Test
    void shouldWeighRareClassesMoreThanCommonOnes() {
        double[] w = TopicTrainer.classWeights(new int[] {8, 1, 1});
        assertThat(w[2]).isGreaterThan(w[0]).isEqualTo(w[1]);
        assertThat(w[0]).isGreaterThanOrEqualTo(TopicTrainer.MIN_CLASS_WEIGHT);
        assertThat(w[2]).isLessThanOrEqualTo(TopicTrainer.MAX_CLASS_WEIGHT);
    }
}
