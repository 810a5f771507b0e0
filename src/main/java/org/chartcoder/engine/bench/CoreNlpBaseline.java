package org.chartcoder.engine.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The CoreNLP {@code tokenize,ssplit,pos,lemma} pipeline the engine is measured against. Its POS
 * model lives in the separate CoreNLP models jar (474 MB), which is not shipped inside chart-coder:
 * the tagger is read out of that jar into a temporary file and handed to CoreNLP by path.
 */
public final class CoreNlpBaseline {

    public static final String CORENLP_VERSION = "4.5.10";
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma";
    static final String POS_MODEL = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

    private final StanfordCoreNLP pipeline;

    private CoreNlpBaseline(StanfordCoreNLP pipeline) {
        this.pipeline = pipeline;
    }

    /** Where Maven puts the models jar: ~/.m2/repository/edu/stanford/nlp/stanford-corenlp/V/stanford-corenlp-V-models.jar. */
    public static Path defaultModelsJar() {
        return Path.of(System.getProperty("user.home"), ".m2", "repository", "edu", "stanford", "nlp", "stanford-corenlp",
                CORENLP_VERSION, "stanford-corenlp-" + CORENLP_VERSION + "-models.jar");
    }

    public static String howToGetModels() {
        return "get the CoreNLP models jar with: mvn dependency:get -Dartifact=edu.stanford.nlp:stanford-corenlp:"
                + CORENLP_VERSION + ":jar:models (474 MB, into ~/.m2), or pass its path with --corenlp-models PATH";
    }

    public static CoreNlpBaseline load(Path modelsJar) throws IOException {
        if (!Files.isRegularFile(modelsJar)) {
            throw new IOException("CoreNLP models jar not found at " + modelsJar + ": " + howToGetModels());
        }
        Path tagger = Files.createTempFile("corenlp-pos", ".tagger");
        tagger.toFile().deleteOnExit();
        try (ZipFile jar = new ZipFile(modelsJar.toFile())) {
            ZipEntry entry = jar.getEntry(POS_MODEL);
            if (entry == null) {
                throw new IOException(modelsJar + " has no " + POS_MODEL + ": is it the CoreNLP " + CORENLP_VERSION + " models jar? "
                        + howToGetModels());
            }
            try (InputStream in = jar.getInputStream(entry)) {
                Files.copy(in, tagger, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Properties properties = new Properties();
        properties.setProperty("annotators", ANNOTATORS);
        properties.setProperty("pos.model", tagger.toString());
        properties.setProperty("tokenize.language", "en");
        return new CoreNlpBaseline(new StanfordCoreNLP(properties));
    }

    public void annotate(String text) {
        pipeline.annotate(new Annotation(text));
    }
}
