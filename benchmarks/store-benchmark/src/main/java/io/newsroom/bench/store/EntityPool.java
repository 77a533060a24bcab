package io.newsroom.bench.store;

import io.newsroom.schemas.EnrichedArticle.EntityType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A few thousand named entities, drawn with a Zipf skew: a handful (a head of state, a capital) are in a third of
 * the articles, most in a few dozen. Keys follow the contract: {@code wikidata:Q…} when linked, else
 * {@code <type>:<slug>}.
 */
final class EntityPool {

    record PoolEntity(EntityType type, String name, String key, String wikidataId) {
    }

    private static final String[] ORG_SUFFIXES = {"Holdings", "Group", "Bank", "Party", "Union", "Council",
            "Institute", "Airlines", "Energy", "United", "Motors", "Foundation"};
    private static final String[] ORG_PREFIXES = {"Ministry of", "University of", "Bank of", "Port of"};
    private static final String[] MISC_SUFFIXES = {"Cup", "Festival", "Summit", "Prize", "Accord", "Games"};

    private final List<PoolEntity> entities;
    private final Zipf zipf;

    EntityPool(long seed, int size) {
        Random random = new Random(seed);
        Set<String> names = new HashSet<>();
        entities = new ArrayList<>(size);
        while (entities.size() < size) {
            EntityType type = pickType(random);
            String name = name(type, random);
            if (!names.add(name)) {
                continue;
            }
            boolean linked = random.nextDouble() < 0.6;
            String wikidataId = linked ? "Q" + (100 + entities.size() * 37L) : null;
            String key = linked ? "wikidata:" + wikidataId
                    : type.name().toLowerCase(Locale.ROOT) + ":" + name.toLowerCase(Locale.ROOT).replace(' ', '-');
            entities.add(new PoolEntity(type, name, key, wikidataId));
        }
        zipf = new Zipf(size, 0.8);
    }

    PoolEntity next(RandomGenerator random) {
        return entities.get(zipf.next(random));
    }

    /** Entity at a popularity rank (0 = the most mentioned). */
    PoolEntity atRank(int rank) {
        return entities.get(rank);
    }

    int size() {
        return entities.size();
    }

    private static EntityType pickType(RandomGenerator random) {
        double x = random.nextDouble();
        return x < 0.4 ? EntityType.PERSON : x < 0.65 ? EntityType.ORGANIZATION : x < 0.9 ? EntityType.LOCATION : EntityType.MISC;
    }

    private static String name(EntityType type, RandomGenerator random) {
        return switch (type) {
            case PERSON -> proper(random, 2) + " " + proper(random, 2 + random.nextInt(2));
            case ORGANIZATION -> random.nextBoolean()
                    ? proper(random, 2) + " " + ORG_SUFFIXES[random.nextInt(ORG_SUFFIXES.length)]
                    : ORG_PREFIXES[random.nextInt(ORG_PREFIXES.length)] + " " + proper(random, 2 + random.nextInt(2));
            case LOCATION -> proper(random, 2 + random.nextInt(2));
            case MISC -> proper(random, 2) + " " + MISC_SUFFIXES[random.nextInt(MISC_SUFFIXES.length)];
        };
    }

    private static String proper(RandomGenerator random, int syllables) {
        String word = Vocabulary.pseudoWord(random, syllables);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
