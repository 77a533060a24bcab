package io.newsroom.bench.store;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * English-like text without shipping a corpus: real function and news words at the head of a Zipf
 * distribution and generated pronounceable words in its long tail, plus stock phrases, so that full-text
 * queries can be chosen for a known frequency (common word, rare word, phrase).
 */
final class Vocabulary {

    private static final List<String> FUNCTION_WORDS = List.of(
            "the", "of", "and", "to", "in", "a", "on", "for", "that", "said", "with", "was", "is", "by", "at",
            "from", "as", "it", "after", "will", "has", "have", "be", "are", "were", "but", "not", "its", "an",
            "this", "their", "they", "which", "who", "over", "more", "than", "been", "would", "also", "about",
            "into", "had", "could", "since", "while", "before", "other", "new", "year");

    private static final List<String> NEWS_WORDS = List.of(
            "government", "minister", "president", "police", "officials", "people", "country", "market", "percent",
            "week", "city", "state", "election", "court", "report", "company", "group", "million", "years", "told",
            "police", "public", "party", "spokesman", "statement", "economy", "workers", "budget", "talks", "support",
            "security", "health", "plans", "leaders", "prices", "energy", "water", "national", "local", "team",
            "season", "match", "league", "players", "coach", "win", "record", "investors", "shares", "bank",
            "growth", "inflation", "rates", "trade", "exports", "imports", "tariffs", "deal", "agreement", "summit",
            "parliament", "vote", "law", "judge", "trial", "prison", "crime", "victims", "storm", "flood", "fire",
            "emergency", "hospital", "doctors", "patients", "vaccine", "school", "students", "teachers", "university",
            "research", "scientists", "climate", "emissions", "carbon", "forest", "wildlife", "protest", "strike",
            "union", "wages", "jobs", "housing", "rent", "transport", "rail", "airport", "flights", "border",
            "migrants", "refugees", "troops", "ceasefire", "attack", "military", "defence", "weapons", "church",
            "festival", "music", "film", "museum", "artist", "album", "concert", "tourism", "hotel", "weather",
            "drought", "harvest", "farmers", "food", "oil", "gas", "electricity", "technology", "software",
            "internet", "data", "privacy", "startup", "funding", "profit", "losses", "quarter", "revenue", "chief",
            "executive", "board", "committee", "investigation", "evidence", "witness", "lawyer", "appeal", "ruling",
            "constitution", "reform", "tax", "pension", "welfare", "debt", "loan", "currency", "stocks", "index");

    /** Two-word expressions that occur verbatim, so phrase queries have real matches. */
    static final List<String> PHRASES = List.of(
            "interest rates", "prime minister", "central bank", "climate change", "peace talks", "trade deal",
            "supreme court", "stock market", "general election", "public health", "energy prices", "labour market",
            "foreign minister", "human rights", "world cup", "city council", "police officers", "state media",
            "oil prices", "rail strike");

    private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "dr", "f", "g", "gr", "h", "k", "l", "m",
            "n", "p", "pl", "r", "s", "sh", "st", "t", "tr", "v", "w", "z"};
    private static final String[] NUCLEI = {"a", "e", "i", "o", "u", "ai", "ea", "ou", "io"};
    private static final String[] CODAS = {"", "", "n", "r", "l", "s", "t", "nd", "rk", "m"};

    private final List<String> words;
    private final Zipf zipf;
    private final int firstGenerated;

    Vocabulary(long seed, int generatedWords) {
        Set<String> all = new LinkedHashSet<>(FUNCTION_WORDS);
        all.addAll(NEWS_WORDS);
        firstGenerated = all.size();
        Random random = new Random(seed);
        while (all.size() < firstGenerated + generatedWords) {
            all.add(pseudoWord(random, 2 + random.nextInt(2)));
        }
        words = List.copyOf(all);
        zipf = new Zipf(words.size(), 1.0);
    }

    static String pseudoWord(RandomGenerator random, int syllables) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            word.append(ONSETS[random.nextInt(ONSETS.length)]).append(NUCLEI[random.nextInt(NUCLEI.length)])
                    .append(CODAS[random.nextInt(CODAS.length)]);
        }
        return word.toString();
    }

    String next(RandomGenerator random) {
        return words.get(zipf.next(random));
    }

    /** A content word (no function word), for keywords. */
    String contentWord(RandomGenerator random) {
        String word;
        do {
            word = next(random);
        } while (FUNCTION_WORDS.contains(word));
        return word;
    }

    /** News words around this rank are in roughly half the articles: a query matching very many rows. */
    List<String> commonWords() {
        List<String> common = new ArrayList<>();
        for (int rank = FUNCTION_WORDS.size(); rank < FUNCTION_WORDS.size() + 30; rank++) {
            common.add(words.get(rank));
        }
        return common;
    }

    /** Generated words deep in the tail: each is in a few hundred articles of 100,000. */
    List<String> rareWords() {
        return words.subList(words.size() - 2_000, words.size());
    }
}
