package io.newsroom.nlp.multilingual;

import io.newsroom.nlp.analysis.Category;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.text.SentenceSplitter;
import io.newsroom.nlp.text.Tokenizer;
import io.newsroom.nlp.hygiene.Furniture;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trained French, German and Spanish topic models in the multilingual path (issue 19, part 2): the model's topic
 * when it is confident, the keyword signals' topic for what the model was never taught (weather) and below the
 * threshold, and each language's model read only with the first article in that language.
 */
class LearnedTopicsTest {

    private static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
    private static final Set<String> KNOWN = Set.of("medtop:11000000", "medtop:15000000");

    @Test
    void shouldPreferTheModelWhenConfidentAndTheSignalsOtherwise() {
        List<Category> signals = List.of(new Category("medtop:11000000", "politics", 0.4));
        Category sure = new Category("medtop:15000000", "sport", 0.9);
        Category unsure = new Category("medtop:15000000", "sport", 0.2);
        Category weather = new Category("medtop:17000000", "weather", 0.5);

        assertThat(MultilingualTagger.choose(signals, sure, KNOWN, 0.3)).containsExactly(sure);
        assertThat(MultilingualTagger.choose(signals, unsure, KNOWN, 0.3)).containsExactly(signals.get(0));
        assertThat(MultilingualTagger.choose(List.of(), unsure, KNOWN, 0.3)).isEmpty();
        assertThat(MultilingualTagger.choose(List.of(weather), sure, KNOWN, 0.3)).containsExactly(weather);
    }

    @Test
    void shouldGiveAFrenchHealthArticleTheTrainedTopic() {
        MultilingualTagger tagger = MultilingualTagger.loadDefault(GAZETTEER);
        // No word of it is in the health keyword list: only the trained model knows these words for health.
        String head = "Le paludisme tue encore des milliers d'enfants";
        String body = "Le paludisme reste la première cause de décès des enfants de moins de cinq ans dans la région. Les "
                + "moustiquaires imprégnées réduisent la transmission du parasite.";
        MultilingualTagger.Result r = analyze(tagger, "fr", head, body);
        assertThat(analyze(MultilingualTagger.keywordTopicsOnly(GAZETTEER), "fr", head, body).categories()).isEmpty();
        assertThat(r.categories()).extracting(Category::code).containsExactly("medtop:07000000");
        assertThat(r.categories().get(0).confidence()).isGreaterThanOrEqualTo(MultilingualTagger.MIN_LEARNED_PROBABILITY);
    }

    @Test
    void shouldKeepTheWeatherTopicTheModelWasNeverTaught() {
        MultilingualTagger tagger = MultilingualTagger.loadDefault(GAZETTEER);
        MultilingualTagger.Result r = analyze(tagger, "de", "Unwetter: Orkan und Starkregen erwartet",
                "Der Wetterdienst warnt vor Orkanböen, Starkregen und Gewittern. Die Temperaturen fallen am Wochenende "
                        + "deutlich, in den Alpen wird Schnee erwartet.");
        assertThat(r.categories()).extracting(Category::code).containsExactly("medtop:17000000");
    }

    @Test
    void shouldReadALanguagesTopicModelWithItsFirstArticle() {
        MultilingualTagger tagger = MultilingualTagger.loadDefault(GAZETTEER);
        assertThat(tagger.topicModelLoaded("es")).isFalse();

        analyze(tagger, "es", "El Gobierno aprueba los presupuestos", "El Congreso votó los presupuestos del Gobierno.");

        assertThat(tagger.topicModelLoaded("es")).isTrue();
        assertThat(tagger.topicModelLoaded("fr")).isFalse();
        assertThat(MultilingualTagger.keywordTopicsOnly(GAZETTEER).topicModelLoaded("es")).isFalse();
    }

    private static MultilingualTagger.Result analyze(MultilingualTagger tagger, String language, String head, String body) {
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        return tagger.analyze(language, head, splitter.split(head, tokenizer.tokenize(head)), body,
                splitter.split(body, tokenizer.tokenize(body)), Furniture.of(body));
    }
}
