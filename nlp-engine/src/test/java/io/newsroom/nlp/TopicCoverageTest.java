package io.newsroom.nlp;

import io.newsroom.nlp.analysis.Analysis;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed topic model on short stories of the topics BBC has no class for (issue 12: crime, disaster,
 * conflict, health and weather stories were filed under politics, arts or economy, the sample storm story
 * under economy first). Texts written for this test, not taken from any training source.
 */
class TopicCoverageTest {

    private static NewsTagger tagger;

    @BeforeAll
    static void load() {
        tagger = NewsTagger.loadDefault();
    }

    private static String first(String headline, String body) {
        Analysis a = tagger.analyze(headline, body);
        assertThat(a.categories()).as("categories of " + headline).isNotEmpty();
        return a.categories().get(0).code();
    }

    @Test
    void shouldFileTheStormAndFloodSampleUnderDisasterOrWeatherFirst() {
        String code = first("Storm brings flooding to northern England as rivers burst banks",
                "YORK - Heavy rain from a storm that swept across northern England overnight caused flooding in towns "
                        + "along the River Ouse, and the Environment Agency issued more than 40 flood warnings on Tuesday.\n\n"
                        + "Rescue teams evacuated homes in York and Selby as water levels rose, and the Met Office warned that "
                        + "more rain and strong winds would follow. The weather forecast shows temperatures dropping later in "
                        + "the week, with snow possible on higher ground.\n\nNetwork Rail said several lines were closed after "
                        + "flooding, and North Yorkshire Police asked people not to drive through flood water.");
        assertThat(code).isIn("medtop:03000000", "medtop:17000000");
    }

    @Test
    void shouldFileAMurderTrialUnderCrime() {
        assertThat(first("Man jailed for life for murder of shopkeeper",
                "A 34-year-old man was sentenced to life in prison on Friday after a jury found him guilty of murdering "
                        + "a shopkeeper during a robbery last year. Police arrested him two days after the killing, and "
                        + "prosecutors told the court he had stabbed the victim before fleeing with the cash. The judge "
                        + "said he must serve at least 25 years before he can apply for parole."))
                .isEqualTo("medtop:02000000");
    }

    @Test
    void shouldFileFightingBetweenArmyAndRebelsUnderConflict() {
        assertThat(first("Rebels and troops clash near border, dozens killed",
                "Government troops fought rebel forces for a third day near the northern border, and at least 40 "
                        + "soldiers and guerrillas were killed, the army said. Artillery shelled rebel positions in the hills "
                        + "while fighters ambushed a military convoy. Both sides accused each other of breaking a ceasefire "
                        + "agreed last month, and thousands of civilians fled the fighting."))
                .isEqualTo("medtop:16000000");
    }

    @Test
    void shouldFileADiseaseOutbreakUnderHealth() {
        assertThat(first("Cholera outbreak kills 30 as hospitals fill up",
                "An outbreak of cholera has killed 30 people and infected more than 600 in the past two weeks, health "
                        + "officials said. Doctors said hospitals were overwhelmed with patients suffering from the disease, "
                        + "and the health ministry sent medicine and vaccines to the area. The infection spreads through "
                        + "contaminated drinking water."))
                .isEqualTo("medtop:07000000");
    }
}
