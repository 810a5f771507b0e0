package org.chartcoder.engine;

import org.chartcoder.engine.codeset.CodeSet;
import org.chartcoder.engine.codeset.CodeSetLoader;
import org.chartcoder.engine.context.ContextClassifier;
import org.chartcoder.engine.lexicon.ClinicalLexicon;
import org.chartcoder.engine.match.TermIndex;
import org.chartcoder.engine.match.TermMatcher;
import org.chartcoder.engine.text.ChartTokenizer;
import org.chartcoder.engine.text.PhraseAnalyzer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;

/** Builds coding engines. The result is thread-safe: build once, share across worker threads. */
public final class CodingEngines {

    private static final Logger LOG = LoggerFactory.getLogger(CodingEngines.class);
    static final String LEXICON_ONLY = "lexicon-only";
    /**
     * Codes whose titles a chart does not use to name a condition: encounters (Z00-Z13, Z30-Z53),
     * social circumstances (Z55-Z65), BMI (Z68) and external causes (V00-Y99). Their titles' generic
     * words ("examination", "activity", "exposure") would otherwise match everywhere. The lexicon can
     * still name such codes.
     */
    private static final java.util.function.Predicate<String> NamedInCharts = java.util.regex.Pattern
            .compile("^(?![VWXY]|Z0\\d|Z1[0-3]|Z3\\d|Z4\\d|Z5\\d|Z6[0-5]|Z68)").asPredicate();

    private CodingEngines() {
    }

    /**
     * Loads the code set ({@link EngineSettings#codeSetPath()}, else none: the built-in lexicon
     * alone), builds the term index and, when a model is
     * configured, wraps the rule engine with it. The chart-level list is then cut at
     * {@link EngineSettings#minScore()} and {@link EngineSettings#maxCodes()}.
     */
    public static CodingEngine create(EngineSettings settings) {
        CodingEngine engine = createFull(settings);
        return settings.keepsAllCodes() ? engine : new LimitedCodingEngine(engine, settings.minScore(), settings.maxCodes());
    }

    private static CodingEngine createFull(EngineSettings settings) {
        long started = System.nanoTime();
        // The tokenizer and the context classifier load their own classes and lexicons: build them
        // while the code set is read.
        CompletableFuture<ChartTokenizer> tokenizer = CompletableFuture.supplyAsync(() -> {
            ContextClassifier.standard();
            return new ChartTokenizer();
        });
        CodeSet codeSet = loadCodeSet(settings.codeSetPath());
        RuleCodingEngine rules = createRuleEngine(codeSet, tokenizer.join());
        LOG.info("Coding engine ready in {} ms (code set {})", (System.nanoTime() - started) / 1_000_000, rules.codeSetVersion());
        if (settings.modelPath() == null) {
            return rules;
        }
        Iterator<ModelSupport> support = ServiceLoader.load(ModelSupport.class).iterator();
        if (!support.hasNext()) {
            throw new IllegalStateException("a model is configured but this build has no model support");
        }
        try {
            return support.next().load(rules, settings.modelPath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load model " + settings.modelPath().getFileName(), e);
        }
    }

    /** The rule engine over a code set already loaded (empty: the lexicon alone). */
    public static RuleCodingEngine createRuleEngine(CodeSet codeSet) {
        return createRuleEngine(codeSet, new ChartTokenizer());
    }

    private static RuleCodingEngine createRuleEngine(CodeSet codeSet, ChartTokenizer tokenizer) {
        ClinicalLexicon lexicon = ClinicalLexicon.builtIn();
        PhraseAnalyzer analyzer = lexicon.phraseAnalyzer();
        TermIndex.Builder terms = TermIndex.builder(analyzer);
        Map<String, String> lexiconTitles = new HashMap<>();
        for (ClinicalLexicon.Entry entry : lexicon.entries()) {
            terms.add(entry.code(), entry.term(), TermIndex.Source.LEXICON);
            lexiconTitles.putIfAbsent(entry.code(), entry.description());
        }
        List<CodeSet.Code> namedInCharts = codeSet.codes().stream().filter(c -> NamedInCharts.test(c.code())).toList();
        // Analysing ~100k titles and synonyms is most of the load time, and each is independent.
        List<List<PhraseAnalyzer.AnalyzedTerm>> analysed = namedInCharts.parallelStream()
                .map(code -> analyse(analyzer, code))
                .toList();
        for (int i = 0; i < namedInCharts.size(); i++) {
            CodeSet.Code code = namedInCharts.get(i);
            List<PhraseAnalyzer.AnalyzedTerm> codeTerms = analysed.get(i);
            int inclusions = code.inclusionTerms().size();
            for (int t = 0; t < codeTerms.size(); t++) {
                TermIndex.Source source = t == 0 ? TermIndex.Source.TITLE
                        : t <= inclusions ? TermIndex.Source.INCLUSION : TermIndex.Source.INDEX;
                terms.add(code.code(), codeTerms.get(t), source);
            }
        }
        TermIndex index = terms.build();
        String version = codeSet.isEmpty() ? LEXICON_ONLY : "ICD-10-CM " + codeSet.version();
        return new RuleCodingEngine(tokenizer, new TermMatcher(index, analyzer),
                new RuleCodingEngine.CodeDescriptions(codeSet, Map.copyOf(lexiconTitles)), version);
    }

    /** The title, then the inclusion terms, then the index terms of a code, analysed. */
    private static List<PhraseAnalyzer.AnalyzedTerm> analyse(PhraseAnalyzer analyzer, CodeSet.Code code) {
        List<PhraseAnalyzer.AnalyzedTerm> analysed = new ArrayList<>(1 + code.inclusionTerms().size() + code.indexTerms().size());
        analysed.add(analyzer.analyzeTerm(code.title()));
        code.inclusionTerms().forEach(term -> analysed.add(analyzer.analyzeTerm(term)));
        code.indexTerms().forEach(term -> analysed.add(analyzer.analyzeTerm(term)));
        return analysed;
    }

    private static CodeSet loadCodeSet(Path path) {
        if (path == null) {
            LOG.warn("No ICD-10-CM code set configured or installed: coding with the built-in clinical lexicon only "
                    + "(install one with 'chart-coder codeset install')");
            return CodeSet.empty();
        }
        try {
            CodeSet codeSet = CodeSetLoader.load(path);
            LOG.info("Loaded ICD-10-CM {}: {} codes, {} billable", codeSet.version(), codeSet.codes().size(), codeSet.billableCount());
            return codeSet;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the ICD-10-CM code set at " + path, e);
        }
    }
}
