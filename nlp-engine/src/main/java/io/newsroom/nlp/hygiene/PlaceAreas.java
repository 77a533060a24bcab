package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.linking.RawMention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A name before a lower-case noun of land or water ("Khalkhin Gol river", "Tian Shan mountains") or of a city's
 * district ("the Vake district") is a place. A name before a lower-case area noun of a state's map ("Ahal velayat",
 * "Osh region", "Gilan province") names that area, a place, whatever the recogniser typed it ("Ahal" as an
 * organisation); two names joined by "and" before the singular noun are one area ("Sistan and Baluchestan province",
 * "Kohgiluyeh and Boyer-Ahmad province"), which the recogniser cuts in two. A name typed MISC there is the place too
 * ("the Karasai district", "Turkestan region"), unless it is a people's word ("the Kurdish region"). The plural keeps
 * the names two ("the Kharkiv and Sumy regions"). Not "district" or "county", which follow bodies' and people's names
 * too ("the Trump district"), nor a person's name after a title. The noun stays out of the name: most writers mark
 * "the Batken region" as a mention of Batken.
 */
public final class PlaceAreas {

    /** The area nouns, in lower case, right after the name. */
    private static final Pattern AREA_AFTER = Pattern.compile(
            "\\h(?:region|province|oblast|velayat|viloyat|governorate|prefecture|krai|okrug|voivodeship)(?![\\p{L}\\p{N}-])");
    /**
     * Land and water named before a lower-case noun: "Khalkhin Gol river", "Tian Shan mountains", "Jidir Duzu plain", an oil
     * or gas field ("the Kashagan oilfield"; not "field" alone: "the Democratic field"), a border crossing ("the Upper
     * Lars crossing"); and
     * a city's district, after a name typed a body or place only ("the Vake district"; "the Trump district" is no place).
     */
    private static final Pattern FEATURE_AFTER = Pattern.compile(
            "\\h(?:river|lake|mountains|mountain range|valley|plain|plateau|desert|steppe|gorge|peninsula|island|"
                    + "islands|glacier|basin|delta|canyon|oilfield|oil field|gasfield|gas field|condensate field|crossing|"
                    + "border crossing)(?![\\p{L}\\p{N}-])");
    private static final Pattern DISTRICT_AFTER = Pattern.compile("\\h(?:district|neighbourhood|neighborhood)(?![\\p{L}\\p{N}-])");

    private final KnownAs known;

    public PlaceAreas(Gazetteer gazetteer) {
        this.known = new KnownAs(gazetteer);
    }

    public List<RawMention> apply(List<RawMention> mentions, String headline, String body) {
        List<RawMention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparing(RawMention::field).thenComparingInt(RawMention::start));
        List<RawMention> out = new ArrayList<>(sorted.size());
        for (RawMention m : sorted) {
            String text = Mention.HEADLINE.equals(m.field()) ? headline : body;
            // A lower-case word after one space, or nothing to tell (a cheap test first).
            if (text == null || m.end() + 2 >= text.length() || m.titled() || text.charAt(m.end()) != ' '
                    || !Character.isLowerCase(text.charAt(m.end() + 1))) {
                out.add(m);
                continue;
            }
            boolean misc = "MISC".equals(m.type());
            if (!misc && FEATURE_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                out.add(asPlace(m));
                continue;
            }
            if (misc && isPeoplesWord(m.text())) {
                out.add(m);
                continue;
            }
            if (!"PERSON".equals(m.type()) && DISTRICT_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                out.add(asPlace(m));
                continue;
            }
            if (!AREA_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                out.add(m);
                continue;
            }
            RawMention last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.field().equals(m.field()) && !last.titled() && !"MISC".equals(last.type())
                    && last.tokens().size() <= 2 && m.tokens().size() <= 2
                    && " and ".equals(text.substring(last.end(), m.start()))) {
                List<String> tokens = new ArrayList<>(last.tokens());
                tokens.add("and");
                tokens.addAll(m.tokens());
                RawMention both = new RawMention(m.field(), last.start(), m.end(), text.substring(last.start(), m.end()),
                        List.copyOf(tokens), "LOCATION", Math.max(last.confidence(), m.confidence()), false);
                out.set(out.size() - 1, both);
                continue;
            }
            out.add(asPlace(m));
        }
        return out;
    }

    private static RawMention asPlace(RawMention m) {
        return "LOCATION".equals(m.type()) ? m
                : new RawMention(m.field(), m.start(), m.end(), m.text(), m.tokens(), "LOCATION", m.confidence(), false);
    }

    /**
     * A people's word typed MISC before the noun ("the Kurdish region", "the Arab region") names no place; other MISC
     * names there are places the recogniser did not know ("the Karasai district", "Zhanakorgan district").
     */
    private boolean isPeoplesWord(String name) {
        return known.isPeoplesWord(name) || name.endsWith("ish") || name.endsWith("ese")
                || !known.isUnknown(name) && !known.isPlace(name) || name.contains(" ");
    }
}
