package io.newsroom.bench.store;

import io.newsroom.schemas.EnrichedArticle;
import io.newsroom.schemas.EventSchemas;
import io.newsroom.schemas.PubStatus;
import io.newsroom.schemas.RawArticle;
import io.newsroom.schemas.StorageContract;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Raw article number {@code i} as ingest-service would publish it, always the same for the same seed: the fields of
 * {@link ArticleGenerator}'s article {@code i} without the enrichment, and a body of 2-4 KB of HTML paragraphs that
 * opens with a real news lead (real people, organisations and places the engine recognises and links) followed by
 * the generated article's paragraphs, cut at a varied length. So enrichment does the work of a real story: sentence
 * splitting, tagging every token, classifying, linking.
 * <p>
 * Every article is {@code usable} and in English (the generator's other languages and cancellations would make
 * "all N stored" a weaker check: a cancellation of an unknown article is not an article).
 */
public final class RawArticleGenerator {

    static final int MIN_BODY_BYTES = 2_000;
    static final int MAX_BODY_BYTES = 4_000;

    /** Leads in the style of the samples: dateline, who, what; names the gazetteer knows. */
    private static final List<String> LEADS = List.of(
            "BRUSSELS - European Union leaders met Ursula von der Leyen on Thursday to agree joint gas purchases for "
                    + "the winter, while Hungary asked for guarantees on its contracts with Russia.",
            "LONDON - The Bank of England kept interest rates unchanged on Thursday, and Governor Andrew Bailey said "
                    + "inflation in the United Kingdom would ease only slowly next year.",
            "ASTANA - President Kassym-Jomart Tokayev met Xi Jinping on Monday to sign agreements on trade, rail "
                    + "transport and energy between Kazakhstan and China.",
            "PARIS - French farmers blocked roads around Paris on Tuesday as Emmanuel Macron's government promised "
                    + "new support against rising costs and cheap imports.",
            "MADRID - Real Madrid beat Manchester City 2-1 in the Champions League on Wednesday, with Kylian Mbappe "
                    + "scoring twice in front of a full Santiago Bernabeu.",
            "BERLIN - Chancellor Friedrich Merz said on Friday that Germany would raise defence spending, after talks "
                    + "with NATO Secretary General Mark Rutte in Berlin.",
            "WASHINGTON - The Federal Reserve held rates steady on Wednesday and Jerome Powell told reporters the "
                    + "United States economy remained strong despite higher tariffs.",
            "GENEVA - The World Health Organization warned on Monday of a rise in measles cases in Europe, and urged "
                    + "governments in Italy, France and Romania to speed up vaccination.",
            "TOKYO - Toyota and Sony announced a joint venture on Tuesday to build electric cars in Japan, sending "
                    + "shares of both companies higher on the Tokyo Stock Exchange.",
            "NEW DELHI - Prime Minister Narendra Modi opened a new airport near New Delhi on Sunday, part of India's "
                    + "plan to double its air traffic within a decade.");

    private final ArticleGenerator articles;
    private final long seed;

    public RawArticleGenerator(ArticleGenerator articles, long seed) {
        this.articles = articles;
        this.seed = seed;
    }

    public int count() {
        return articles.count();
    }

    public RawArticle article(int i) {
        EnrichedArticle e = articles.article(i);
        SplittableRandom random = new SplittableRandom(seed * 7_919L + i);
        int target = random.nextInt(MIN_BODY_BYTES, MAX_BODY_BYTES + 1);
        StringBuilder body = new StringBuilder("<p>").append(LEADS.get(random.nextInt(LEADS.size()))).append("</p>");
        for (String paragraph : e.bodyText().split("\n\n")) {
            // ASCII text: characters are bytes. Always reach the minimum, never pass the target.
            if (body.length() >= MIN_BODY_BYTES && body.length() + paragraph.length() + 8 > target) {
                break;
            }
            body.append("\n<p>").append(paragraph).append("</p>");
        }
        return new RawArticle(e.id(), e.source(), e.sourceId(), e.url(), e.version(), e.headline(), body.toString(),
                "en", e.firstCreated(), e.versionCreated(), e.published(), e.authors(), PubStatus.USABLE, e.ingestedAt());
    }

    /** Fails unless every sampled article is a valid raw event that the storage contract accepts, of 2-4 KB of body. */
    public void validateSample(int sample) {
        int step = Math.max(1, count() / sample);
        for (int i = 0; i < count(); i += step) {
            RawArticle raw = article(i);
            var violations = EventSchemas.get().validate(EventSchemas.Kind.RAW, Json.MAPPER.valueToTree(raw));
            if (!violations.isEmpty() || !StorageContract.violations(raw).isEmpty()) {
                throw new IllegalStateException("Generated raw article " + i + " is not valid: " + violations
                        + StorageContract.violations(raw));
            }
            int bytes = raw.body().getBytes(StandardCharsets.UTF_8).length;
            if (bytes < MIN_BODY_BYTES || bytes > MAX_BODY_BYTES) {
                throw new IllegalStateException("Generated raw article " + i + " has a body of " + bytes + " bytes");
            }
        }
    }
}
