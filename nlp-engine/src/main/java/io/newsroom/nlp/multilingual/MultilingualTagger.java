package io.newsroom.nlp.multilingual;

import io.newsroom.nlp.analysis.Category;
import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.GazetteerEntry;
import io.newsroom.nlp.gazetteer.GazetteerKind;
import io.newsroom.nlp.hygiene.Furniture;
import io.newsroom.nlp.text.TextKeys;
import io.newsroom.nlp.text.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Entities and a topic for French, German and Spanish articles, the first step beyond English (issue 19): gazetteer
 * names linked to the Wikidata ids the English linker gives, and a topic from keywords and those entities. There is no
 * trained NER for these languages yet, so a name the gazetteers do not know is not found. Immutable and thread-safe.
 */
public final class MultilingualTagger {

    /**
     * An exact gazetteer match in a language without a trained model: below the English engine's linked entities
     * (0.9-1.0), since nothing but the name says it is that entity.
     */
    static final double CONFIDENCE = 0.8;

    /** The files whose content changes this tagger's output: part of the engine's version hash. */
    public static final List<String> RESOURCES = java.util.stream.Stream.concat(
            MultilingualNames.RESOURCES.stream(), java.util.stream.Stream.of(TopicSignals.RESOURCE)).toList();

    private final GazetteerSpotter spotter;
    private final TopicSignals topics;

    MultilingualTagger(Gazetteer english, MultilingualNames names) {
        this.spotter = new GazetteerSpotter(english, names);
        this.topics = TopicSignals.loadDefault(english);
    }

    public static MultilingualTagger loadDefault(Gazetteer english) {
        return new MultilingualTagger(english, MultilingualNames.loadDefault(english));
    }

    public static boolean supports(String language) {
        return MultilingualNames.LANGUAGES.contains(language);
    }

    /** What the engine found: entities in the English engine's order (most mentioned first), at most one topic. */
    public record Result(List<Entity> entities, List<Category> categories) {
    }

    public Result analyze(String language, String head, List<Token> headTokens, String body, List<Token> bodyTokens,
                          Furniture furniture) {
        List<GazetteerSpotter.Spot> spots = new ArrayList<>(spotter.spot(language, Mention.HEADLINE, head, headTokens));
        for (GazetteerSpotter.Spot s : spotter.spot(language, Mention.BODY_TEXT, body, bodyTokens)) {
            if (!furniture.hides(s.start(), s.end())) {
                spots.add(s);
            }
        }
        spots.addAll(surnames(spots, head, headTokens, body, bodyTokens, furniture));
        Map<GazetteerEntry, List<Mention>> byEntry = new LinkedHashMap<>();
        for (GazetteerSpotter.Spot s : spots) {
            byEntry.computeIfAbsent(s.entry(), k -> new ArrayList<>()).add(new Mention(s.field(), s.start(), s.end()));
        }
        List<Entity> entities = new ArrayList<>();
        byEntry.forEach((entry, mentions) -> entities.add(entity(entry, mentions)));
        entities.sort(Comparator.comparingInt(Entity::mentionCount).reversed());
        Set<GazetteerEntry> linked = new LinkedHashSet<>(byEntry.keySet());
        return new Result(entities, topics.classify(language, headTokens, bodyTokens, linked));
    }

    /**
     * A capitalised token that is the surname of a person already found in the article is that person ("Macron" after
     * "Emmanuel Macron"), as the English engine merges a surname into the longer name.
     */
    private static List<GazetteerSpotter.Spot> surnames(List<GazetteerSpotter.Spot> found, String head, List<Token> headTokens,
                                                        String body, List<Token> bodyTokens, Furniture furniture) {
        Map<String, GazetteerEntry> bySurname = new HashMap<>();
        for (GazetteerSpotter.Spot s : found) {
            String[] parts = s.entry().canonical().split(" ");
            if (s.entry().kind() == GazetteerKind.PERSON && parts.length > 1) {
                bySurname.putIfAbsent(TextKeys.foldKey(parts[parts.length - 1]), s.entry());
            }
        }
        List<GazetteerSpotter.Spot> out = new ArrayList<>();
        if (bySurname.isEmpty()) {
            return out;
        }
        for (int pass = 0; pass < 2; pass++) {
            String field = pass == 0 ? Mention.HEADLINE : Mention.BODY_TEXT;
            for (Token t : pass == 0 ? headTokens : bodyTokens) {
                GazetteerEntry person = GazetteerSpotter.capitalised(t.text()) ? bySurname.get(TextKeys.foldKey(t.text())) : null;
                if (person != null && !covered(found, field, t) && (pass == 0 || !furniture.hides(t.start(), t.end()))) {
                    out.add(new GazetteerSpotter.Spot(person, field, t.start(), t.end()));
                }
            }
        }
        return out;
    }

    private static boolean covered(List<GazetteerSpotter.Spot> spots, String field, Token t) {
        for (GazetteerSpotter.Spot s : spots) {
            if (s.field().equals(field) && s.start() <= t.start() && t.end() <= s.end()) {
                return true;
            }
        }
        return false;
    }

    /** Named and keyed as the English engine names and keys the same entity. */
    private static Entity entity(GazetteerEntry entry, List<Mention> mentions) {
        String type = entry.kind().entityType();
        String wikidata = entry.wikidataId();
        String key = wikidata != null ? "wikidata:" + wikidata : type.toLowerCase(Locale.ROOT) + ":" + TextKeys.slug(entry.canonical());
        List<Mention> sorted = new ArrayList<>(mentions);
        sorted.sort(Comparator.comparingInt((Mention m) -> m.field().equals(Mention.HEADLINE) ? 0 : 1).thenComparingInt(Mention::start));
        return new Entity(type, entry.canonical(), key, wikidata, sorted.size(), sorted, CONFIDENCE);
    }
}
