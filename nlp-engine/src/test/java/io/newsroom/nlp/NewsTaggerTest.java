package io.newsroom.nlp;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Category;
import io.newsroom.nlp.analysis.Analysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The engine end to end with the committed models, on the hard cases of the acceptance list: names with
 * hyphens and several words, acronyms, titles, headlines and tag lines, possessives, quotes, non-English,
 * empty, huge, HTML-only and malformed bodies, emoji, and concurrent use.
 */
class NewsTaggerTest {

    private static NewsTagger tagger;

    static final String HEADLINE = "Tokayev hosts Xi in Astana as CICA summit opens";
    static final String BODY = """
            ASTANA (Reuters) - Kazakh President Kassym-Jomart Tokayev welcomed Chinese President Xi Jinping to Astana on Tuesday for the summit of the Conference on Interaction and Confidence-Building Measures in Asia (CICA), a regional security forum.
            Tokayev said the talks with Xi covered energy, trade and security. "Kazakhstan is a bridge between Europe and Asia," Tokayev's office quoted him as saying.
            The EU sent its foreign policy chief Josep Borrell to the CICA meeting, and the European Union will publish a statement. Russian President Vladimir Putin is expected on Wednesday.
            Tags: Kazakhstan, China, diplomacy""";

    @BeforeAll
    static void load() {
        tagger = NewsTagger.loadDefault();
    }

    private static Entity entity(Analysis a, String name) {
        return a.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + a.entities().stream().map(Entity::name).toList()));
    }

    private static String text(Analysis a, String headline, Mention m) {
        return (m.field().equals(Mention.HEADLINE) ? headline : a.bodyText()).substring(m.start(), m.end());
    }

    /** Every mention of every entity: checked with isNotEmpty() first, so a check over them cannot pass on none. */
    private static List<Mention> mentions(Analysis a) {
        return a.entities().stream().flatMap(e -> e.mentions().stream()).toList();
    }

    @Test
    void shouldMergeSurnameMentionsIntoTheFullHyphenatedNameAndLinkIt() {
        Analysis a = tagger.analyze(HEADLINE, BODY);
        Entity tokayev = entity(a, "Kassym-Jomart Tokayev");
        assertThat(tokayev.type()).isEqualTo("PERSON");
        assertThat(tokayev.wikidataId()).isEqualTo("Q200881");
        assertThat(tokayev.key()).isEqualTo("wikidata:Q200881");
        assertThat(tokayev.mentions()).extracting(m -> text(a, HEADLINE, m))
                .contains("Kassym-Jomart Tokayev", "Tokayev");
        assertThat(tokayev.mentionCount()).isEqualTo(tokayev.mentions().size()).isGreaterThanOrEqualTo(4);
        assertThat(a.entities()).filteredOn(e -> e.name().contains("Tokayev")).hasSize(1);
    }

    @Test
    void shouldLinkCompaniesAndPublicBodiesButNotACommonWordTaggedAsOne() {
        String body = "The Met Office warned of more rain. Network Rail closed lines, North Yorkshire Police asked drivers "
                + "to stay away and Deutsche Bank shut two branches in York.\n\nShares in Shell rose 2%.";
        Analysis a = tagger.analyze("Storm closes railway lines", body);
        assertThat(a.entities()).extracting(Entity::name, Entity::wikidataId).contains(
                tuple("Met Office", "Q1851405"), tuple("Network Rail", "Q1501071"),
                tuple("North Yorkshire Police", "Q4590862"), tuple("Deutsche Bank", "Q66048"));
        assertThat(entity(a, "Shell").wikidataId()).as("an ordinary word two brands share").isNull();
    }

    @Test
    void shouldMergeAnOrganisationsLastWordIntoItsFullNameOnlyWhenOneFits() {
        String body = "Ursula von der Leyen, the President of the European Commission, spoke in Brussels. The European "
                + "Council will review the plan in March, and leaders asked the Commission to report every month.";
        Analysis a = tagger.analyze("EU leaders agree gas plan", body);
        Entity commission = entity(a, "European Commission");
        assertThat(commission.wikidataId()).isEqualTo("Q8880");
        assertThat(commission.mentions()).extracting(m -> text(a, "EU leaders agree gas plan", m))
                .containsExactly("European Commission", "Commission");
        assertThat(a.entities()).extracting(Entity::name).doesNotContain("Commission");
    }

    @Test
    void shouldKeepTitlesAndPossessivesOutsideNames() {
        Analysis a = tagger.analyze(HEADLINE, BODY);
        assertThat(mentions(a)).isNotEmpty().allSatisfy(m -> assertThat(text(a, HEADLINE, m))
                .doesNotStartWith("President").doesNotEndWith("'s").doesNotContain("\""));
        assertThat(entity(a, "Xi Jinping").type()).isEqualTo("PERSON");
        assertThat(entity(a, "Vladimir Putin").wikidataId()).isNotNull();
    }

    @Test
    void shouldMapAcronymsToTheirLongForm() {
        Analysis a = tagger.analyze(HEADLINE, BODY);
        Entity cica = entity(a, "Conference on Interaction and Confidence-Building Measures in Asia");
        assertThat(cica.mentions()).extracting(m -> text(a, HEADLINE, m)).contains("CICA");
        assertThat(cica.mentionCount()).isGreaterThanOrEqualTo(3);
        Entity eu = entity(a, "European Union");
        assertThat(eu.key()).isEqualTo("wikidata:Q458");
        assertThat(eu.mentions()).extracting(m -> text(a, HEADLINE, m)).contains("EU", "European Union");
    }

    @Test
    void shouldGiveOffsetsIntoTheFieldsAndConfidencesInRange() {
        Analysis a = tagger.analyze(HEADLINE, BODY);
        assertThat(a.entities()).isNotEmpty().allSatisfy(e -> {
            assertThat(e.confidence()).isBetween(0.0, 1.0);
            assertThat(e.mentions()).isNotEmpty().allSatisfy(m -> {
                String field = m.field().equals(Mention.HEADLINE) ? HEADLINE : a.bodyText();
                assertThat(m.start()).isGreaterThanOrEqualTo(0).isLessThan(m.end());
                assertThat(m.end()).isLessThanOrEqualTo(field.length());
            });
        });
    }

    @Test
    void shouldClassifyDiplomacyBetweenHeadsOfStateAsPolitics() {
        Analysis a = tagger.analyze(HEADLINE, BODY);
        assertThat(a.categories()).isNotEmpty();
        assertThat(a.categories().get(0).code()).isEqualTo("medtop:11000000");
        assertThat(a.categories()).extracting(Category::confidence)
                .allSatisfy(c -> assertThat(c).isBetween(0.0, 1.0))
                .isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }

    @Test
    void shouldClassifySportAndBusinessArticles() {
        Analysis sport = tagger.analyze("Arsenal beat Chelsea in derby",
                "Arsenal beat Chelsea 2-1 in the Premier League on Sunday. The striker scored twice before half-time "
                        + "and the manager praised the defence after the match. The win lifts the club to second in the table.");
        assertThat(sport.categories().get(0).code()).isEqualTo("medtop:15000000");
        Analysis business = tagger.analyze("Bank profits rise",
                "Quarterly profits at the bank rose 12% as interest rates and lending grew. Shares rose 3% and the "
                        + "firm raised its dividend for investors, analysts said, citing strong sales and lower costs.");
        assertThat(business.categories().get(0).code()).isEqualTo("medtop:04000000");
    }

    @Test
    void shouldTreatHeadlineAndTagLineAsSeparateFromBodySentences() {
        Analysis a = tagger.analyze(HEADLINE, BODY);
        assertThat(a.summary()).startsWith("Kazakh President Kassym-Jomart Tokayev welcomed").doesNotContain("Tags:");
        assertThat(entity(a, "Kazakhstan").key()).isEqualTo("wikidata:Q232");
    }

    @Test
    void shouldGiveAHandfulOfKeywords() {
        Analysis a = tagger.analyze(HEADLINE, BODY);
        assertThat(a.keywords()).hasSizeBetween(3, 10).contains("Kassym-Jomart Tokayev").doesNotHaveDuplicates();
    }

    @Test
    void shouldTagGermanByGazetteerOnlyAndPassOtherLanguagesThroughWithNoTags() {
        Analysis de = tagger.analyze("Tokajew empfängt Xi in Astana",
                "Der kasachische Präsident hat am Dienstag den chinesischen Staatschef empfangen. Die Gespräche "
                        + "über Handel und Sicherheit waren nach Angaben des Präsidialamts sehr konstruktiv und werden fortgesetzt.");
        assertThat(de.language()).isEqualTo("de");
        // Issue 19: German names the gazetteers know are linked; nothing else (no English NER on German text).
        assertThat(de.entities()).extracting(Entity::name, Entity::key).containsExactly(tuple("Astana", "wikidata:Q1520"));
        assertThat(de.bodyText()).startsWith("Der kasachische");
        Analysis ru = tagger.analyze("Токаев принял Си Цзиньпина", "Президент Казахстана провёл переговоры в Астане.");
        assertThat(ru.language()).isEqualTo("ru");
        assertThat(ru.entities()).isEmpty();
    }

    @Test
    void shouldTagARepeatedEnglishSentenceDeclaredEnglishAsEnglish() {
        // Its only function words are "met" and "in", which Dutch has too: the text is too thin to overrule the source.
        Analysis a = tagger.analyze("Scholz meets Macron",
                "Chancellor Olaf Scholz met President Emmanuel Macron in Paris. ".repeat(12), "en");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.entities()).extracting(Entity::name).contains("Olaf Scholz", "Emmanuel Macron", "Paris");
    }

    @Test
    void shouldHandleEmptyNullAndMarkupOnlyBodies() {
        for (String body : new String[]{null, "", "   ", "<div><script>x()</script><img src=a></div>", "<<<>>>"}) {
            Analysis a = tagger.analyze(null, body);
            assertThat(a.language()).isEqualTo("und");
            assertThat(a.entities()).isEmpty();
            assertThat(a.categories()).isEmpty();
            assertThat(a.summary()).isNotNull();
        }
    }

    @Test
    void shouldExtractEntitiesFromMalformedHtmlWithOffsetsIntoTheCleanText() {
        Analysis a = tagger.analyze("Merkel meets Macron",
                "<p>German Chancellor <b>Angela Merkel</b> met French President Emmanuel Macron in Paris on Monday"
                        + "<p>The two leaders discussed the budget of the European Union</div></span>");
        assertThat(a.bodyText()).doesNotContain("<").contains("Angela Merkel met");
        Entity merkel = entity(a, "Angela Merkel");
        Mention first = merkel.mentions().stream().filter(m -> m.field().equals(Mention.BODY_TEXT)).findFirst().orElseThrow();
        assertThat(a.bodyText().substring(first.start(), first.end())).isEqualTo("Angela Merkel");
        assertThat(entity(a, "Paris").type()).isEqualTo("LOCATION");
    }

    @Test
    void shouldNeverTagMarkupPastedIntoAHeadlineWhileMentionsStillAddressTheStoredHeadline() {
        String headline = "<img src=x onerror=\"alert('PWNED-H')\"><script>Acme Corp</script>"
                + "<b>Angela Merkel</b> meets Emmanuel Macron in Paris<!-- Zeta Holdings -->";
        Analysis a = tagger.analyze(headline, "German Chancellor Angela Merkel met French President Emmanuel Macron"
                + " in Paris on Monday to discuss the budget of the European Union.");
        assertThat(a.entities()).extracting(Entity::name)
                .contains("Angela Merkel", "Emmanuel Macron")
                .noneMatch(n -> n.contains("PWNED") || n.contains("Acme") || n.contains("Zeta") || n.contains("img"));
        assertThat(a.keywords()).noneMatch(k -> k.toLowerCase(java.util.Locale.ROOT).matches(".*(pwned|onerror|alert|script|zeta).*"));
        Mention inHeadline = entity(a, "Angela Merkel").mentions().stream()
                .filter(m -> m.field().equals(Mention.HEADLINE)).findFirst().orElseThrow();
        assertThat(headline.substring(inHeadline.start(), inHeadline.end())).isEqualTo("Angela Merkel");
    }

    @Test
    void shouldCopeWithEmojiAndUnusualUnicode() {
        String body = "🎉🇰🇿 Big day! Kassym-Jomart Tokayev 👍🏽 met Recep Tayyip Erdoğan in Ankara\u200B today. "
                + "Zero\u00A0width\u2028line and combining e\u0301 marks; lone surrogate \uD83D here.";
        Analysis a = tagger.analyze("Tokayev 🤝 Erdoğan", body);
        assertThat(a.entities()).extracting(Entity::name).contains("Kassym-Jomart Tokayev");
        assertThat(entity(a, "Recep Tayyip Erdoğan").wikidataId()).isNotNull();
        assertThat(mentions(a)).isNotEmpty()
                .allSatisfy(m -> assertThat(text(a, "Tokayev 🤝 Erdoğan", m)).doesNotContain("🎉", "👍", "🤝"));
    }

    @Test
    void shouldAnalyseHugeBodiesWithoutFailing() {
        StringBuilder sb = new StringBuilder();
        while (sb.length() < 1_500_000) {
            sb.append("Kassym-Jomart Tokayev met Xi Jinping in Astana to discuss trade and security. ");
        }
        long t0 = System.nanoTime();
        Analysis a = tagger.analyze("Long", sb.toString());
        assertThat(a.bodyText()).hasSize(sb.toString().strip().length());
        assertThat(a.entities()).extracting(Entity::name).contains("Kassym-Jomart Tokayev");
        assertThat((System.nanoTime() - t0) / 1e9).as("seconds for a 1.5 MB body").isLessThan(30);
    }

    @Test
    void shouldGiveTheSameResultsFromSeveralThreadsAtOnce() throws Exception {
        List<String[]> articles = List.of(new String[]{HEADLINE, BODY},
                new String[]{"Merkel meets Macron", "Angela Merkel met Emmanuel Macron in Paris. The EU budget was discussed."},
                new String[]{"Arsenal win", "Arsenal beat Chelsea 2-1 at the Emirates Stadium in London on Sunday."});
        List<Analysis> expected = articles.stream().map(x -> tagger.analyze(x[0], x[1])).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                int k = i % articles.size();
                results.add(pool.submit(() -> tagger.analyze(articles.get(k)[0], articles.get(k)[1]).equals(expected.get(k))));
            }
            for (Future<Boolean> r : results) {
                assertThat(r.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void shouldNameTheModelInTheVersion() {
        assertThat(NewsTagger.version()).matches("nlp-engine/1\\.0 ner-model-[0-9a-f]{8}");
    }

    @Test
    void shouldNeverThrowOnOddInput() {
        for (String s : new String[]{"\u0000\u0001", "&amp;&lt;&#x1F600;", "<p", "(((", "A (B) C (DE) (", "'s 's", "\uD800"}) {
            assertThatCode(() -> tagger.analyze(s, s)).doesNotThrowAnyException();
        }
    }
}
