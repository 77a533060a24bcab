package io.newsroom.nlp.keywords;

import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.linking.Titles;
import io.newsroom.nlp.text.TextKeys;
import io.newsroom.nlp.topics.TopicModel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A handful of salient terms: the most-mentioned named entities first (what an editor would tag), then
 * content terms ranked by tf-idf against the topic corpus, skipping words already covered by an entity and a verb's
 * forms ("signed", "agree": a story's things, not what was done to them).
 * Thread-safe.
 */
public final class KeywordExtractor {

    static final int MAX_KEYWORDS = 8;
    static final int MAX_ENTITY_KEYWORDS = 4;

    /**
     * Never keywords: name particles (left over when "Ursula von der Leyen" is split), and calendar words that
     * datelines and timestamps repeat in every story.
     */
    static final Set<String> NOT_KEYWORDS = Set.of("von", "van", "der", "den", "des", "del", "della", "dos", "das", "bin",
            "ibn", "abu", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            // Function words the topic terms keep (their stopwords are the topic model's and stay as trained):
            // prepositions, indefinite pronouns, sentence adverbs, and the stems "couldn't" and its kind leave.
            "aboard", "across", "along", "alongside", "amid", "amidst", "amongst", "beneath", "beside", "besides", "beyond",
            "despite", "inside", "onto", "outside", "throughout", "toward", "towards", "underneath", "unlike", "versus",
            "whilst", "anybody", "anyone", "anything", "everybody", "everyone", "everything", "nobody", "nothing",
            "somebody", "someone", "something", "already", "always", "anyway", "elsewhere", "everywhere", "instead",
            "later", "meanwhile", "otherwise", "sometimes", "somewhere", "together", "yes", "couldn", "wouldn", "shouldn",
            "aren", "hasn", "haven", "weren", "hadn", "mustn", "needn");

    private final TopicModel idfSource;
    private final VerbForms verbForms;

    /** @param verbForms words that are a verb's form ("signed", "agree"), never keywords: {@link VerbForms#NONE} for none */
    public KeywordExtractor(TopicModel idfSource, VerbForms verbForms) {
        this.idfSource = idfSource;
        this.verbForms = verbForms;
    }

    public List<String> extract(List<String> headlineTerms, List<String> terms, List<Entity> entities,
                                Set<String> mentionTerms) {
        Set<String> out = new LinkedHashSet<>();
        Set<String> covered = new HashSet<>(mentionTerms);
        for (Entity e : entities) {
            if (out.size() < MAX_ENTITY_KEYWORDS && !"MISC".equals(e.type()) && (e.mentionCount() >= 2 || out.size() < 2)) {
                out.add(e.name());
            }
            // Words of any entity are better represented by the entity than as loose terms.
            for (String part : TextKeys.key(e.name()).split("[ -]")) {
                covered.add(part);
                covered.add(io.newsroom.nlp.topics.Terms.of(part).stream().findFirst().orElse(part));
            }
        }
        Map<String, Double> score = new HashMap<>();
        for (String t : terms) {
            score.merge(t, 1.0, Double::sum);
        }
        for (String t : headlineTerms) {
            score.merge(t, 2.0, Double::sum); // headline words are chosen by an editor: count them more
        }
        List<Map.Entry<String, Double>> ranked = new ArrayList<>();
        for (Map.Entry<String, Double> e : score.entrySet()) {
            if (e.getKey().length() < 3 || covered.contains(e.getKey()) || e.getValue() < 2 || NOT_KEYWORDS.contains(e.getKey())
                    || Titles.isTitle(e.getKey()) || verbForms.isVerbForm(e.getKey())) {
                continue;
            }
            double idf = idfSource == null ? 1 : idfSource.idf(e.getKey());
            ranked.add(Map.entry(e.getKey(), (1 + Math.log(e.getValue())) * idf));
        }
        ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        for (Map.Entry<String, Double> e : ranked) {
            if (out.size() >= MAX_KEYWORDS) {
                break;
            }
            out.add(e.getKey());
        }
        return new ArrayList<>(out);
    }
}
