package io.newsroom.nlp.hygiene;

import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.linking.RawMention;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "the Office of the President of Mongolia", "head of the Office of the President": a head of state's or government's
 * office is a body of its own, one organisation over its whole name, the country included; so is a prosecutor's or
 * auditor's ("the Prosecutor General's Office"). The recogniser keeps "Office" or "Office of the" and the country apart.
 */
public final class NamedOffices {

    /** The office and its holder; the country after "of" is the recogniser's place there. */
    private static final Pattern OFFICE = Pattern.compile(
            "(?<![\\p{L}\\p{N}-])(?:Office of the (?:President|Prime Minister|Vice[- ]President|Chief Executive|Presidency|First Minister|Chief Minister)"
                    + "|(?:Prosecutor|Attorney|Auditor|Solicitor|Inspector|Procurator)[- ]General['\u2019]s Office)(?![\\p{L}\\p{N}-])");
    private static final Pattern OF_PLACE = Pattern.compile(" of (?:the )?");

    /** @param furniture the body's page furniture: a picture's credit "Photo: Office of the President of Ukraine" is none */
    public List<RawMention> apply(List<RawMention> mentions, String headline, String body, Furniture furniture) {
        List<RawMention> out = mentions;
        out = spot(Mention.HEADLINE, headline, out, null);
        return spot(Mention.BODY_TEXT, body, out, furniture);
    }

    private static List<RawMention> spot(String field, String text, List<RawMention> mentions, Furniture furniture) {
        if (text == null || text.indexOf("Office") < 0) {
            return mentions;
        }
        Matcher o = OFFICE.matcher(text);
        List<RawMention> out = mentions;
        while (o.find()) {
            if (furniture != null && furniture.hides(o.start(), o.end())) {
                continue;
            }
            int from = o.start();
            int to = o.end();
            Matcher of = OF_PLACE.matcher(text).region(to, text.length());
            if (of.lookingAt()) {
                for (RawMention m : out) {
                    if (m.field().equals(field) && m.start() == of.end() && "LOCATION".equals(m.type())) {
                        to = m.end(); // "… of Mongolia"
                    }
                }
            }
            List<RawMention> kept = new ArrayList<>(out.size());
            for (RawMention m : out) {
                if (m.field().equals(field) && m.start() < to && m.end() > from) {
                    if (m.end() > to) {
                        kept = null; // a longer name runs past the office's: leave it to the rules for names
                        break;
                    }
                    continue;
                }
                kept.add(m);
            }
            if (kept == null) {
                continue;
            }
            String name = text.substring(from, to);
            kept.add(new RawMention(field, from, to, name, List.of(name.split(" ")), "ORGANIZATION", 0.5, false));
            out = kept;
        }
        return out;
    }
}
