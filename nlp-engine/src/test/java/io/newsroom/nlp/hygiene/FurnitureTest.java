package io.newsroom.nlp.hygiene;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Page furniture found in wire and web copy: what is hidden, what a dateline's place is called. */
class FurnitureTest {

    private static final String BODY = String.join("\n",
            "FRANKFURT, Oct 13 (Reuters) - Shares rose on Thursday. Photo: Getty Images",
            "By Jane Doe and John Roe",
            "The bank said profits rose. (Picture by Max Muster/AFP via Getty Images)",
            "Traders sold shares. Getty Image",
            "Tags: Banks, Germany",
            "Business | Europe");

    @Test
    void shouldHideCreditsBylinesTagLinesAndTheDatelineAgency() {
        Furniture f = Furniture.of(BODY);
        String story = f.storyText(BODY);
        assertThat(story).hasSameSizeAs(BODY)
                .contains("FRANKFURT", "Shares rose on Thursday.", "The bank said profits rose.", "Traders sold shares.")
                .doesNotContain("Reuters", "Oct 13", "Getty", "Jane Doe", "Max Muster", "Tags", "Business | Europe");
    }

    @Test
    void shouldHideCreditsInAnyCaseAndLeaveLinesWithoutOneAlone() {
        String body = String.join("\n",
                "Rain fell. PHOTOS: Jane Doe",
                "Rain fell. pictures by Max Muster",
                "Rain fell. Image: Reuters",
                "Rain fell. AFP via GETTY IMAGES",
                "Rain fell on the photographers, who pictured the images of Gettysburg.");
        String story = Furniture.of(body).storyText(body);

        assertThat(story.lines().toList()).containsExactly(
                blankedFrom("Rain fell. PHOTOS: Jane Doe", 11),
                blankedFrom("Rain fell. pictures by Max Muster", 11),
                blankedFrom("Rain fell. Image: Reuters", 11),
                blankedFrom("Rain fell. AFP via GETTY IMAGES", 11),
                "Rain fell on the photographers, who pictured the images of Gettysburg.");
        assertThat(Furniture.mayHoldCredit("Shares rose on Thursday as traders bought banks.")).isFalse();
    }

    @Test
    void shouldHideTheCaptionUnderACreditLineButNotTheStoryAfterIt() {
        String body = String.join("\n",
                "Getty Images",
                "Kazakh President Kassym-Jomart Tokayev welcomed Charles Michel to Astana on Thursday.",
                "",
                "Leaders of five Central Asian states met Charles Michel in Astana on Thursday.",
                "Photo: Reuters",
                "ASTANA - The talks went on into the night.",
                "",
                "AFP via Getty Images",
                "The summit was the first since 2019,",
                "officials said.");
        String story = Furniture.of(body).storyText(body);

        assertThat(story).hasSameSizeAs(body)
                .doesNotContain("Getty", "Kassym-Jomart Tokayev welcomed", "Reuters")
                .contains("Leaders of five Central Asian states met Charles Michel in Astana on Thursday.",
                        "The talks went on into the night.", // a dateline opens story, not a caption
                        "The summit was the first since 2019,\nofficials said."); // a paragraph of two lines
    }

    @Test
    void shouldNameADatelinePlaceInItsUsualCase() {
        Furniture f = Furniture.of("NEW YORK (AP) \u2014 Stocks fell.\nST. LOUIS, Mo. - Rain.");
        assertThat(f.datelines()).extracting(Furniture.Dateline::name).containsExactly("New York", "St. Louis");
        assertThat(f.datelines().get(0).start()).isZero();
        assertThat(f.datelines().get(0).end()).isEqualTo("NEW YORK".length());
    }

    @Test
    void shouldTellFurnitureLinesFromHeadlines() {
        assertThat(Furniture.isFurnitureLine("Politics | Asia")).isTrue();
        assertThat(Furniture.isFurnitureLine("Tags: Kazakhstan, CICA")).isTrue();
        assertThat(Furniture.isFurnitureLine("By Olzhas Auyezov")).isTrue();
        assertThat(Furniture.isFurnitureLine("Kazakhstan, CICA, Kassym-Jomart Tokayev")).isTrue();
        assertThat(Furniture.isFurnitureLine("Oil, gold rise as dollar slips")).isFalse();
        assertThat(Furniture.isFurnitureLine("Kazakhstan hosts Asian leaders as Tokayev calls for security pact")).isFalse();
        assertThat(Furniture.isFurnitureLine("By the numbers: how the storm hit the coast")).isFalse();
        assertThat(Furniture.isFurnitureLine("NATO leaders meet in Madrid")).isFalse();
    }

    private static String blankedFrom(String line, int from) {
        return line.substring(0, from) + " ".repeat(line.length() - from);
    }
}
