package io.newsroom.bench.store;

import io.newsroom.schemas.RawArticle;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.IntSummaryStatistics;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The soak's raw articles: valid raw events the storage contract accepts, distinct, with bodies of varied size. */
class RawArticleGeneratorTest {

    private static final List<ServiceArtifacts.Topic> TAXONOMY = List.of(
            new ServiceArtifacts.Topic("medtop:01000000", "", "arts, culture, entertainment and media"),
            new ServiceArtifacts.Topic("medtop:20000002", "medtop:01000000", "arts and entertainment"),
            new ServiceArtifacts.Topic("medtop:04000000", "", "economy, business and finance"),
            new ServiceArtifacts.Topic("medtop:11000000", "", "politics"));

    private final RawArticleGenerator generator = new RawArticleGenerator(new ArticleGenerator(7, 500, TAXONOMY), 7);

    @Test
    void shouldMakeValidRawEventsWithBodiesOfTwoToFourKilobytes() {
        generator.validateSample(500); // throws on the first invalid article or body outside 2-4 KB

        IntSummaryStatistics sizes = IntStream.range(0, generator.count())
                .map(i -> generator.article(i).body().getBytes(StandardCharsets.UTF_8).length).summaryStatistics();
        assertThat(sizes.getMin()).isBetween(RawArticleGenerator.MIN_BODY_BYTES, 2_500);
        assertThat(sizes.getMax()).isBetween(3_200, RawArticleGenerator.MAX_BODY_BYTES);
    }

    @Test
    void shouldGiveEveryArticleItsOwnIdAndTheSameArticleForTheSameSeed() {
        long distinct = IntStream.range(0, generator.count()).mapToObj(i -> generator.article(i).id()).distinct().count();
        RawArticle again = new RawArticleGenerator(new ArticleGenerator(7, 500, TAXONOMY), 7).article(42);

        assertThat(distinct).isEqualTo(generator.count());
        assertThat(again.body()).isEqualTo(generator.article(42).body());
        assertThat(again.id()).isEqualTo(generator.article(42).id());
    }
}
