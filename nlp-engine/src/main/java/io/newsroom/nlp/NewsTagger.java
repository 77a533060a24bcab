package io.newsroom.nlp;

import io.newsroom.nlp.analysis.Analysis;
import io.newsroom.nlp.analysis.Category;
import io.newsroom.nlp.analysis.Entity;
import io.newsroom.nlp.analysis.Mention;
import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.hygiene.Furniture;
import io.newsroom.nlp.hygiene.MentionHygiene;
import io.newsroom.nlp.hygiene.MentionRepair;
import io.newsroom.nlp.hygiene.MissedOrganisations;
import io.newsroom.nlp.hygiene.NamedOffices;
import io.newsroom.nlp.hygiene.PlaceAreas;
import io.newsroom.nlp.hygiene.QuotedTitles;
import io.newsroom.nlp.keywords.KeywordExtractor;
import io.newsroom.nlp.keywords.VerbForms;
import io.newsroom.nlp.keywords.LeadSentence;
import io.newsroom.nlp.linking.AcronymFinder;
import io.newsroom.nlp.linking.EntityLinker;
import io.newsroom.nlp.linking.EntityResolver;
import io.newsroom.nlp.linking.MentionBuilder;
import io.newsroom.nlp.linking.RawMention;
import io.newsroom.nlp.multilingual.MultilingualTagger;
import io.newsroom.nlp.ner.NamedEntityRecognizer;
import io.newsroom.nlp.text.HtmlCleaner;
import io.newsroom.nlp.text.LanguageDetector;
import io.newsroom.nlp.text.Sentence;
import io.newsroom.nlp.text.SentenceSplitter;
import io.newsroom.nlp.text.Tokenizer;
import io.newsroom.nlp.topics.Terms;
import io.newsroom.nlp.topics.TopicClassifier;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The enrichment engine: clean text, language, named entities with linking, IPTC topics, keywords and a
 * one-line summary for one article. Immutable and thread-safe: every component is read-only after
 * {@link #loadDefault()}, and {@link #analyze} keeps its state on the stack.
 */
public final class NewsTagger {

    /** Text past this length is kept in {@code bodyText} but not analysed: bounds time on huge inputs. */
    static final int MAX_ANALYSED_CHARS = 200_000;

    private final HtmlCleaner cleaner = new HtmlCleaner();
    private final Tokenizer tokenizer = new Tokenizer();
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final LanguageDetector languages = new LanguageDetector();
    private final AcronymFinder acronyms = new AcronymFinder();
    private final LeadSentence lead = new LeadSentence();
    private final NamedEntityRecognizer ner;
    private final EntityResolver resolver;
    private final TopicClassifier topics;
    private final KeywordExtractor keywords;
    private final MentionBuilder mentions;
    private final MentionHygiene hygiene;
    private final MentionRepair repair;
    private final MissedOrganisations missed;
    private final QuotedTitles titles;
    private final PlaceAreas areas;
    private final NamedOffices offices = new NamedOffices();
    private final MultilingualTagger multilingual;
    private final Gazetteer gazetteer;

    NewsTagger(Gazetteer gazetteer, NamedEntityRecognizer ner, TopicClassifier topics) {
        this(gazetteer, ner, topics, MultilingualTagger.loadDefault(gazetteer));
    }

    private NewsTagger(Gazetteer gazetteer, NamedEntityRecognizer ner, TopicClassifier topics, MultilingualTagger multilingual) {
        this.ner = ner;
        this.gazetteer = gazetteer;
        this.mentions = new MentionBuilder(gazetteer);
        this.hygiene = new MentionHygiene(gazetteer);
        this.repair = new MentionRepair(gazetteer, ner == null ? w -> true : ner::writtenInLowerCase);
        this.missed = new MissedOrganisations(gazetteer, ner == null ? w -> true : ner::writtenInLowerCase);
        this.titles = new QuotedTitles(gazetteer, ner == null ? w -> true : ner::writtenInLowerCase);
        this.areas = new PlaceAreas(gazetteer);
        this.resolver = new EntityResolver(new EntityLinker(gazetteer));
        this.topics = topics;
        this.keywords = new KeywordExtractor(topics == null ? null : topics.model(), VerbForms.loadDefault());
        this.multilingual = multilingual;
    }

    /** Loads the committed gazetteers and models from the classpath. */
    public static NewsTagger loadDefault() {
        // The gazetteers take longest to read: a second thread reads them while this one reads the models, which need
        // them only once their features are built. On two cores that takes about a third off the load time.
        java.util.concurrent.FutureTask<Gazetteer> gazetteers = new java.util.concurrent.FutureTask<>(Gazetteer::loadDefault);
        Thread reader = new Thread(gazetteers, "newsroom-gazetteers");
        reader.setDaemon(true);
        reader.start();
        TopicClassifier topics = TopicClassifier.loadDefault();
        NamedEntityRecognizer ner = NamedEntityRecognizer.loadDefault(() -> loaded(gazetteers));
        return new NewsTagger(loaded(gazetteers), ner, topics);
    }

    private static Gazetteer loaded(java.util.concurrent.FutureTask<Gazetteer> gazetteers) {
        try {
            return gazetteers.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the gazetteers", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The committed engine with French, German and Spanish topics from keyword and entity signals alone (no trained
     * per-language topic model): the baseline {@code NlpCli eval-topics --lang} reports. Not for serving.
     */
    public static NewsTagger loadKeywordTopicsOnly() {
        Gazetteer gazetteer = Gazetteer.loadDefault();
        return new NewsTagger(gazetteer, NamedEntityRecognizer.loadDefault(gazetteer), TopicClassifier.loadDefault(),
                MultilingualTagger.keywordTopicsOnly(gazetteer));
    }

    /** "nlp-engine/1.0 ner-model-&lt;hash8&gt;": identifies the code line and the exact committed models (NER, clusters, topics, gazetteers). */
    public static String version() {
        return ModelVersion.VALUE;
    }

    /**
     * Enriches one article. Nulls count as empty; odd input (malformed HTML, emoji, huge bodies) never
     * throws.
     */
    public Analysis analyze(String headline, String body) {
        return analyze(headline, body, null);
    }

    /**
     * Enriches one article whose source declared its language ({@code declaredLanguage}, a BCP 47 tag such as "fr" or
     * "de-CH"; null or "und" when it did not): where detection cannot tell (too few function words: a short or
     * name-heavy text), the declared language chooses the path (English, French, German, Spanish, or none); where the
     * text clearly is a language, that language does, so a mislabelled English article is still tagged as English.
     */
    public Analysis analyze(String headline, String body, String declaredLanguage) {
        String head = headline == null ? "" : cleaner.maskMarkup(headline);
        HtmlCleaner.Cleaned cleaned = cleaner.cleanWithFurniture(body);
        String bodyText = cleaned.text();
        String analysed = bodyText.length() > MAX_ANALYSED_CHARS ? cut(bodyText) : bodyText;
        var headTokens = tokenizer.tokenize(head);
        List<Sentence> headSentences = splitter.split(head, headTokens);
        var bodyTokens = tokenizer.tokenize(analysed);
        List<Sentence> bodySentences = splitter.split(analysed, bodyTokens);
        String detected = languages.detect(head + "\n" + analysed);
        String declared = primaryLanguage(declaredLanguage);
        // The text's own evidence first; the source's word where the text is too thin to tell.
        String language = LanguageDetector.UNDETERMINED.equals(detected) && declared != null ? declared : detected;
        // Credits, bylines, tag lines and a dateline's agency are page furniture: never summary, entity or keyword.
        Furniture furniture = Furniture.of(analysed, cleaned.furniture());
        String story = furniture.storyText(analysed);
        String summary = lead.pick(furniture.summaryText(analysed), bodySentences, head);
        if (!treatAsEnglish(language, head + analysed)) {
            if (MultilingualTagger.supports(language)) {
                // French, German, Spanish: trained NER and gazetteer entities, a keyword topic (issue 19); the English path below is untouched.
                MultilingualTagger.Result r = multilingual.analyze(language, head, headSentences, analysed, bodySentences, furniture);
                List<String> names = keywords.extract(List.of(), List.of(), r.entities(), java.util.Set.of());
                return new Analysis(language, bodyText, r.categories(), r.entities(), names, summary);
            }
            return new Analysis(language, bodyText, List.of(), List.of(), List.of(), summary);
        }
        List<Entity> entities = List.of();
        if (ner != null) {
            List<RawMention> repaired = repair.apply(hygiene.apply(missed.apply(mentions.build(ner, head, headSentences, analysed,
                    bodySentences), head, analysed), furniture), head, analysed);
            List<RawMention> raw = titles.apply(offices.apply(areas.apply(repaired, head, analysed), head, analysed, furniture), head, analysed);
            Map<String, AcronymFinder.Definition> defined = acronyms.find(analysed, bodyTokens);
            entities = resolver.resolve(raw, defined, head, analysed);
        }
        List<Category> categories = List.of();
        List<String> headTerms = Terms.of(head);
        List<String> words = Terms.of(story);
        if (topics != null) {
            // The countries whose heads of state or government the article names: two ministers or MPs, or two prime
            // ministers, of one country make no international story.
            int leaderCountries = (int) entities.stream()
                    .filter(e -> "PERSON".equals(e.type()) && e.wikidataId() != null)
                    .map(e -> gazetteer.leaderCountry(e.wikidataId())).filter(java.util.Objects::nonNull)
                    .distinct().count();
            categories = topics.classify(Terms.ofArticle(headTerms, words), leaderCountries);
        }
        List<String> keywordList = keywords.extract(headTerms, words, entities, mentionTerms(entities, head, analysed));
        return new Analysis(language, bodyText, categories, entities, keywordList, summary);
    }

    /** Terms inside entity mentions: entities are keywords in their own right, not as loose words. */
    private static java.util.Set<String> mentionTerms(List<Entity> entities, String head, String body) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Entity e : entities) {
            for (Mention m : e.mentions()) {
                String field = Mention.HEADLINE.equals(m.field()) ? head : body;
                out.addAll(Terms.of(field.substring(m.start(), m.end())));
            }
        }
        return out;
    }

    /** "fr" of "fr", "fr-CA" or "FR_fr"; null for no tag, "und", "mul", "zxx" or anything that is not a language. */
    static String primaryLanguage(String tag) {
        if (tag == null) {
            return null;
        }
        String primary = tag.strip().split("[-_]", 2)[0].toLowerCase(java.util.Locale.ROOT);
        boolean code = primary.length() >= 2 && primary.length() <= 3 && primary.chars().allMatch(c -> c >= 'a' && c <= 'z');
        return code && !java.util.Set.of("und", "mul", "zxx", "mis").contains(primary) ? primary : null;
    }

    /** English, or undetermined Latin-script text (too short to tell, e.g. a bare headline). */
    private static boolean treatAsEnglish(String language, String text) {
        if ("en".equals(language)) {
            return true;
        }
        if (!LanguageDetector.UNDETERMINED.equals(language)) {
            return false;
        }
        int latin = 0;
        int letters = 0;
        for (int i = 0; i < text.length() && letters < 2000; i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                letters++;
                latin += c < 0x250 ? 1 : 0;
            }
        }
        return letters > 0 && latin * 10 >= letters * 9;
    }

    private static String cut(String text) {
        int end = MAX_ANALYSED_CHARS;
        while (end > MAX_ANALYSED_CHARS - 200 && !Character.isWhitespace(text.charAt(end))) {
            end--;
        }
        if (Character.isLowSurrogate(text.charAt(end))) {
            end--;
        }
        return text.substring(0, end);
    }

    /**
     * Holder so the model hash is computed once, on first use. Every file that changes the output is hashed: the NER
     * passes, the clusters (rebuilt clusters change the output without new weights), the topic model, the verb list and the gazetteers
     * (a new alias or office-holder changes entities and links), so a re-enrichment can tell old output from new.
     */
    private static final class ModelVersion {
        static final String VALUE = "nlp-engine/1.0 ner-model-" + io.newsroom.nlp.ner.ModelHash.of(resources());

        private static String[] resources() {
            java.util.List<String> r = new java.util.ArrayList<>(java.util.List.of(
                    NamedEntityRecognizer.MODEL_DIR + NamedEntityRecognizer.STAGE1,
                    NamedEntityRecognizer.MODEL_DIR + NamedEntityRecognizer.STAGE2,
                    NamedEntityRecognizer.MODEL_DIR + io.newsroom.nlp.ner.WordClusters.FILE,
                    io.newsroom.nlp.topics.TopicClassifier.RESOURCE, VerbForms.RESOURCE));
            r.addAll(MultilingualTagger.RESOURCES);
            String gazetteers = String.join(",", Gazetteer.ENTITIES_FILES, Gazetteer.LINK_ONLY_FILES, Gazetteer.CITIES_FILE, Gazetteer.NAMES_FILE);
            for (String file : gazetteers.split(",")) {
                r.add(Gazetteer.RESOURCE_DIR + file);
            }
            return r.toArray(String[]::new);
        }
    }
}
