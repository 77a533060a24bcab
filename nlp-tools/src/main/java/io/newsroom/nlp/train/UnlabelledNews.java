package io.newsroom.nlp.train;

import io.newsroom.nlp.ner.NerFeatures;
import io.newsroom.nlp.text.Sentence;
import io.newsroom.nlp.text.SentenceSplitter;
import io.newsroom.nlp.text.Token;
import io.newsroom.nlp.text.Tokenizer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The news text the cased word classes are learned from, tokenized and split as the engine does: the BBC 2004-05
 * articles of {@code topics/bbc-train}, the MasakhaNEWS English dev split (BBC 2022) and the HuffPost 2018 article
 * bodies, none of it labelled for NER and none of it CoNLL-2003 text, so the NER cross-validation's held-out folds
 * stay unseen. The MasakhaNEWS test split is left out too: our topic, link and modern NER development sets are
 * drawn from it.
 */
public final class UnlabelledNews {

    private UnlabelledNews() {
    }

    /** Texts of the three sources, in a fixed order (BBC by class and file, MasakhaNEWS by row, HuffPost by number). */
    public static List<String> texts(Path bbcTrain, Path masakhaNews, Path huffPostArticles) throws IOException {
        List<String> texts = new ArrayList<>();
        for (BbcCorpus.Article a : BbcCorpus.read(DataPaths.requireDir(bbcTrain, "BBC topic corpus"))) {
            texts.add(a.headline() + "\n\n" + a.body());
        }
        for (MasakhaNewsCorpus.Row r : MasakhaNewsCorpus.readSplit(masakhaNews, "dev")) {
            texts.add(r.headline() + "\n\n" + r.text());
        }
        for (OutsideNewsCorpus.Item i : OutsideNewsCorpus.readArticleFolder(huffPostArticles)) {
            texts.add(i.body());
        }
        return texts;
    }

    /** The texts as sentences of cased word keys ({@link NerFeatures#casedKey}). */
    public static ExchangeClusterer.Corpus corpus(List<String> texts) {
        Tokenizer tokenizer = new Tokenizer();
        SentenceSplitter splitter = new SentenceSplitter();
        ExchangeClusterer.Corpus corpus = new ExchangeClusterer.Corpus();
        for (String text : texts) {
            for (Sentence s : splitter.split(text, tokenizer.tokenize(text))) {
                List<String> words = new ArrayList<>(s.tokens().size());
                for (Token t : s.tokens()) {
                    words.add(NerFeatures.casedKey(t.text()));
                }
                corpus.add(words);
            }
        }
        return corpus;
    }
}
