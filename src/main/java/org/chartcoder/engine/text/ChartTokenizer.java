package org.chartcoder.engine.text;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Splits chart text into sentences of tokens with CoreNLP's rule-based tokenizer and sentence
 * splitter. Only {@code tokenize,ssplit}: they need no model files and cost little, whereas POS
 * tagging would multiply the per-chart cost about thirtyfold. Thread-safe.
 */
public final class ChartTokenizer {

    private final StanfordCoreNLP pipeline;

    public ChartTokenizer() {
        Properties props = new Properties();
        props.setProperty("annotators", "tokenize,ssplit");
        props.setProperty("tokenize.language", "en");
        // Keep brackets and quotes as written; drop characters the tokenizer cannot handle.
        props.setProperty("tokenize.options", "ptb3Escaping=false,invertible=false,untokenizable=noneDelete");
        // Chart notes put list items and headings on their own lines.
        props.setProperty("ssplit.newlineIsSentenceBreak", "always");
        this.pipeline = new StanfordCoreNLP(props, false);
    }

    public List<Sentence> split(String text) {
        Annotation document = new Annotation(text);
        pipeline.annotate(document);
        List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        for (CoreMap coreSentence : coreSentences) {
            List<CoreLabel> labels = coreSentence.get(CoreAnnotations.TokensAnnotation.class);
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel label : labels) {
                tokens.add(new Token(label.originalText(), label.beginPosition(), label.endPosition()));
            }
            if (!tokens.isEmpty()) {
                sentences.add(new Sentence(sentences.size(), tokens));
            }
        }
        return sentences;
    }

    /** A token as written in the chart, with its character offsets. */
    public record Token(String text, int begin, int end) {
    }

    /** One sentence: its index in the chart and its tokens in order. */
    public record Sentence(int index, List<Token> tokens) {
        public int begin() {
            return tokens.get(0).begin();
        }

        public int end() {
            return tokens.get(tokens.size() - 1).end();
        }
    }
}
