package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.linking.RawMention;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.newsroom.nlp.hygiene.Mentions.body;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PlaceAreasTest {

    private static final PlaceAreas areas = new PlaceAreas(Gazetteer.loadDefault());

    @Test
    void shouldJoinTwoNamesBeforeOneAreaNounIntoOnePlace() {
        String text = "Protests spread in Sistan and Baluchestan province on Friday.";
        assertThat(areas.apply(List.of(body(text, "Sistan", "LOCATION", 0.9), body(text, "Baluchestan", "LOCATION", 0.9)), "", text))
                .extracting(RawMention::text, RawMention::type, RawMention::start)
                .containsExactly(tuple("Sistan and Baluchestan", "LOCATION", text.indexOf("Sistan")));
    }

    @Test
    void shouldKeepTwoPlacesBeforeThePluralAndTypeANameBeforeAnAreaNounAPlace() {
        String text = "Shelling hit the Kharkiv and Sumy regions; voters in Ahal velayat went to the polls.";
        assertThat(areas.apply(List.of(body(text, "Kharkiv", "LOCATION", 0.9), body(text, "Sumy", "LOCATION", 0.9),
                body(text, "Ahal", "ORGANIZATION", 0.9)), "", text))
                .extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Kharkiv", "LOCATION"), tuple("Sumy", "LOCATION"), tuple("Ahal", "LOCATION"));
    }

    @Test
    void shouldTypeANameBeforeANounOfLandOrWaterOrADistrictAPlace() {
        String text = "Troops crossed the Khalkhin Gol river below the Tian Shan mountains; she queued in the Vake district.";
        assertThat(areas.apply(List.of(body(text, "Khalkhin Gol", "ORGANIZATION", 0.9), body(text, "Tian Shan", "PERSON", 0.9),
                body(text, "Vake", "ORGANIZATION", 0.9)), "", text)).extracting(RawMention::type)
                .containsExactly("LOCATION", "LOCATION", "LOCATION");
        String fields = "Output at the Kashagan oilfield rose; trucks queued at the Upper Lars crossing; the Democratic field grew.";
        assertThat(areas.apply(List.of(body(fields, "Kashagan", "ORGANIZATION", 0.9), body(fields, "Upper Lars", "ORGANIZATION", 0.9),
                body(fields, "Democratic", "ORGANIZATION", 0.9)), "", fields)).extracting(RawMention::type)
                .containsExactly("LOCATION", "LOCATION", "ORGANIZATION");
        String person = "It is the Smith district of the party.";
        assertThat(areas.apply(List.of(body(person, "Smith", "PERSON", 0.9)), "", person)).extracting(RawMention::type)
                .containsExactly("PERSON");
    }

    @Test
    void shouldTypeANameTypedMiscBeforeAnAreaNounAPlaceUnlessItIsAPeoplesWord() {
        String text = "Voters in the Rushan district and the Kurdish region; the Hawaiian island.";
        assertThat(areas.apply(List.of(body(text, "Rushan", "MISC", 0.6), body(text, "Kurdish", "MISC", 0.9),
                body(text, "Hawaiian", "MISC", 0.9)), "", text)).extracting(RawMention::text, RawMention::type)
                .containsExactly(tuple("Rushan", "LOCATION"), tuple("Kurdish", "MISC"), tuple("Hawaiian", "MISC"));
    }

    @Test
    void shouldLeaveNamesBeforeOtherWordsAndPeoplesWordsAlone() {
        String text = "Wagner and Prigozhin district offices; the Arab region; Ahal Teke horses.";
        List<RawMention> given = List.of(body(text, "Wagner", "ORGANIZATION", 0.9), body(text, "Prigozhin", "PERSON", 0.9),
                body(text, "Arab", "MISC", 0.9), body(text, "Ahal Teke", "MISC", 0.9));
        assertThat(areas.apply(given, "", text)).isEqualTo(given);
    }
}
