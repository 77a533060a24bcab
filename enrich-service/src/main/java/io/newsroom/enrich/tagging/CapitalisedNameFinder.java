package io.newsroom.enrich.tagging;

import io.newsroom.schemas.EnrichedArticle.Entity;
import io.newsroom.schemas.EnrichedArticle.EntityType;
import io.newsroom.schemas.EnrichedArticle.Mention;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The walking skeleton's entity finder: runs of capitalised words, typed by simple cues (organisation
 * suffixes and acronyms, a locative preposition before a place, several words for a person). Crude, but
 * computed from the text; the statistical engine of the NLP issue replaces it.
 */
final class CapitalisedNameFinder {

    private static final Pattern NAME = Pattern.compile(
            "\\b\\p{Lu}[\\p{L}\\p{M}'’-]*(?:[ \\t]+(?:(?:of|de|von|van|al|bin|the|and|for)[ \\t]+)?\\p{Lu}[\\p{L}\\p{M}'’-]*)*");
    private static final Set<String> NOT_NAMES = Set.of("The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We",
            "I", "This", "That", "These", "Those", "But", "And", "Or", "If", "When", "While", "After", "Before", "For",
            "As", "By", "From", "With", "His", "Her", "Their", "Its", "Our", "There", "Here", "Monday", "Tuesday",
            "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May",
            "June", "July", "August", "September", "October", "November", "December", "Mr", "Mrs", "Ms", "Dr",
            "President", "Prime", "Minister", "Chancellor", "Secretary", "Officials", "Some", "Many", "Most", "Also");
    private static final Set<String> ORG_WORDS = Set.of("Inc", "Corp", "Corporation", "Ltd", "Company", "Group", "Bank",
            "Union", "Council", "Ministry", "Party", "Parliament", "Commission", "Agency", "Association", "University",
            "Organisation", "Organization", "Fund", "Court", "Committee", "Federation", "Institute", "Airlines", "Motors");
    private static final Set<String> PLACE_CUES = Set.of("in", "at", "from", "to", "near", "across", "into");
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,6}");

    private CapitalisedNameFinder() {
    }

    static List<Entity> find(String headline, String bodyText) {
        Map<String, Found> byKey = new LinkedHashMap<>();
        scan(bodyText, Mention.BODY_TEXT, byKey);
        scan(headline, Mention.HEADLINE, byKey);
        List<Entity> entities = new ArrayList<>();
        for (Found f : byKey.values()) {
            // More mentions, more confidence that this really is a name; capped well below a trained model's.
            double confidence = Math.min(0.9, 0.5 + 0.1 * (f.mentions.size() - 1));
            entities.add(new Entity(f.type, f.name, f.key, null, f.mentions.size(), f.mentions, confidence));
        }
        entities.sort((a, b) -> Integer.compare(b.mentionCount(), a.mentionCount()));
        return entities;
    }

    private static void scan(String text, String field, Map<String, Found> byKey) {
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            int start = m.start();
            String name = m.group().strip();
            // Leading function or title words ("The", "President") are not part of the name.
            while (true) {
                int space = name.indexOf(' ');
                String first = space < 0 ? name : name.substring(0, space);
                if (!NOT_NAMES.contains(first.replaceAll("[.,]$", "")) || space < 0) {
                    break;
                }
                start += name.length() - name.substring(space + 1).stripLeading().length();
                name = name.substring(space + 1).stripLeading();
            }
            name = name.replaceAll("(['’]s|['’])$", "");
            if (name.isEmpty() || NOT_NAMES.contains(name) || name.length() < 2) {
                continue;
            }
            EntityType type = typeOf(name, text, start);
            String key = type.name().toLowerCase(Locale.ROOT) + ":" + slug(name);
            String canonical = name;
            Found found = byKey.computeIfAbsent(key, k -> new Found(type, canonical, k));
            found.mentions.add(new Mention(field, start, start + name.length()));
        }
    }

    private static EntityType typeOf(String name, String text, int start) {
        String[] words = name.split("\\s+");
        if (ACRONYM.matcher(name).matches() || ORG_WORDS.contains(words[words.length - 1])) {
            return EntityType.ORGANIZATION;
        }
        String before = text.substring(Math.max(0, start - 8), start).strip().toLowerCase(Locale.ROOT);
        String previousWord = before.contains(" ") ? before.substring(before.lastIndexOf(' ') + 1) : before;
        if (PLACE_CUES.contains(previousWord) || text.startsWith(name.toUpperCase(Locale.ROOT), start)) {
            return EntityType.LOCATION;
        }
        return words.length >= 2 ? EntityType.PERSON : EntityType.MISC;
    }

    static String slug(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
    }

    private static final class Found {
        final EntityType type;
        final String name;
        final String key;
        final List<Mention> mentions = new ArrayList<>();

        Found(EntityType type, String name, String key) {
            this.type = type;
            this.name = name;
            this.key = key;
        }
    }
}
