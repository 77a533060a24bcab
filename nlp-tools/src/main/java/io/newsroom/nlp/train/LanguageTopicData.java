package io.newsroom.nlp.train;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Labelled French, German and Spanish topic data (issue 19), read as published from a folder {@code DIR} holding
 * checkouts of {@code masakhane-news} and {@code sib-200} (training-data/topics-languages/README.md):
 * <ul>
 *   <li>MasakhaNEWS French, BBC Afrique articles ({@code masakhane-news/data/fra/{dev,test}.tsv}; its train split is over
 *   the snapshot's size limit, so training takes the published 50-per-class few-shot sample of it,
 *   {@code few_shot_data/50_samples/fra/train.tsv}; columns category, headline, text[, url]);</li>
 *   <li>SIB-200 ({@code sib-200/data/annotated/<fra|deu|spa>_Latn/{train,dev,test}.tsv}: Flores-200 sentences;
 *   columns index_id, category, text).</li>
 * </ul>
 * Each label becomes a top-level IPTC Media Topic ({@link #IPTC}); SIB-200's {@code geography} has none and is left out.
 * A training or dev item whose text is also in the test split is dropped, so the test split stays unseen.
 */
public final class LanguageTopicData {

    /** Which split. */
    public enum Split { TRAIN, DEV, TEST }

    /** One labelled item: which corpus, its headline (empty for a SIB-200 sentence), body and top-level QCode. */
    public record Item(String source, String headline, String body, String code) {
    }

    public static final String MASAKHANEWS = "masakhanews";
    public static final String SIB200 = "sib200";

    /**
     * Source label → IPTC top-level topic (decision #233). travel: IPTC's "lifestyle and leisure" covers
     * leisure "including eating and travel"; geography (descriptions of places) has no IPTC topic and is left out.
     */
    public static final Map<String, String> IPTC = Map.of(
            "business", "medtop:04000000",
            "entertainment", "medtop:01000000",
            "health", "medtop:07000000",
            "politics", "medtop:11000000",
            "sports", "medtop:15000000",
            "technology", "medtop:13000000",
            "science/technology", "medtop:13000000",
            "travel", "medtop:10000000");

    /** English IPTC labels of the topics above, for the model file. */
    public static final Map<String, String> LABELS = Map.of(
            "medtop:01000000", "arts, culture, entertainment and media",
            "medtop:04000000", "economy, business and finance",
            "medtop:07000000", "health",
            "medtop:10000000", "lifestyle and leisure",
            "medtop:11000000", "politics",
            "medtop:13000000", "science and technology",
            "medtop:15000000", "sport");

    private static final Map<String, String> SIB_LANGUAGE = Map.of("fr", "fra_Latn", "de", "deu_Latn", "es", "spa_Latn");

    private LanguageTopicData() {
    }

    public static boolean supports(String language) {
        return SIB_LANGUAGE.containsKey(language);
    }

    /** Every item of a language's split, by source (MasakhaNEWS first, French only; then SIB-200). */
    public static Map<String, List<Item>> read(Path dir, String language, Split split) throws IOException {
        if (!supports(language)) {
            throw new IllegalArgumentException("no topic data for language " + language + " (fr, de, es)");
        }
        Map<String, List<Item>> out = new LinkedHashMap<>();
        if ("fr".equals(language)) {
            Path fra = dir.resolve("masakhane-news");
            out.put(MASAKHANEWS, items(MASAKHANEWS, switch (split) {
                case TRAIN -> fra.resolve("few_shot_data/50_samples/fra/train.tsv");
                case DEV -> fra.resolve("data/fra/dev.tsv");
                case TEST -> fra.resolve("data/fra/test.tsv");
            }, split == Split.TEST ? Set.of() : texts(fra.resolve("data/fra/test.tsv"), MASAKHANEWS)));
        }
        Path sib = dir.resolve("sib-200/data/annotated").resolve(SIB_LANGUAGE.get(language));
        Path sibTest = sib.resolve("test.tsv");
        out.put(SIB200, items(SIB200, sib.resolve(split.name().toLowerCase(java.util.Locale.ROOT) + ".tsv"),
                split == Split.TEST ? Set.of() : texts(sibTest, SIB200)));
        return out;
    }

    /** All items of a split in one list. */
    public static List<Item> readAll(Path dir, String language, Split split) throws IOException {
        List<Item> out = new ArrayList<>();
        read(dir, language, split).values().forEach(out::addAll);
        return out;
    }

    private static Set<String> texts(Path test, String source) throws IOException {
        Set<String> out = new HashSet<>();
        for (Item i : parse(source, test, false)) {
            out.add(key(i));
        }
        return out;
    }

    private static String key(Item i) {
        return i.headline().strip() + "\n" + i.body().strip();
    }

    private static List<Item> items(String source, Path file, Set<String> heldOut) throws IOException {
        List<Item> out = new ArrayList<>();
        for (Item i : parse(source, file, true)) {
            if (!heldOut.contains(key(i))) {
                out.add(i);
            }
        }
        return out;
    }

    /** Items of one file; those without an IPTC topic (SIB-200 geography) left out when {@code mappedOnly}. */
    static List<Item> parse(String source, Path file, boolean mappedOnly) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException(file.toAbsolutePath().normalize() + " not found (training-data/topics-languages/README.md says how to get it)");
        }
        boolean sib = source.equals(SIB200);
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        CsvSchema schema = CsvSchema.emptySchema().withHeader().withColumnSeparator('\t').withQuoteChar('"');
        List<Item> out = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             MappingIterator<Map<String, String>> rows = mapper.readerForMapOf(String.class).with(schema).readValues(in)) {
            while (rows.hasNext()) {
                Map<String, String> r = rows.next();
                String code = IPTC.get(String.valueOf(r.get("category")).strip());
                if (code == null && mappedOnly) {
                    continue;
                }
                out.add(new Item(source, sib ? "" : orEmpty(r.get("headline")).strip(), orEmpty(r.get("text")).strip(), code));
            }
        }
        return out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
