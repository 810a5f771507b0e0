package org.chartcoder.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.eval.ChartBatch;
import org.chartcoder.engine.eval.ChartFiles;
import org.chartcoder.engine.format.ComprehendIcd10Format;
import org.chartcoder.runtime.EngineConfiguration;
import org.chartcoder.runtime.Settings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Codes chart files and prints their ranked codes. */
@Command(name = "code", mixinStandardHelpOptions = true,
        description = "Code chart files (*.txt; a directory means every *.txt under it) and print their codes.")
public final class CodeCommand implements Callable<Integer> {

    enum Format { tsv, json, comprehend }

    @Mixin
    CommonOptions common;
    @Mixin
    EngineOptions engine;

    @Option(names = "--format", paramLabel = "tsv|json|comprehend", defaultValue = "tsv",
            description = {"tsv: chartId, code, score, description per line; json: {\"chartId\":..,\"result\":{..}} per chart;",
                    "comprehend: {\"chartId\":..,\"result\":{..}} with the result in Amazon Comprehend Medical's",
                    "InferICD10CM response shape. Default: ${DEFAULT-VALUE}."})
    Format format;

    @Option(names = "--threads", paramLabel = "N", description = "Coding threads (default: the number of cores).")
    Integer threads;

    @Parameters(paramLabel = "FILE|DIR", arity = "1..*", description = "Chart files or directories.")
    List<Path> charts;

    private final PrintStream out;

    public CodeCommand() {
        this(System.out);
    }

    CodeCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() throws Exception {
        Settings settings = common.settings("local", engine.values());
        Map<String, String> texts = ChartFiles.read(charts);
        CodingEngine codingEngine = CodingEngines.create(EngineConfiguration.engineSettings(settings.lookup()));
        Map<String, CodingResult> results = ChartBatch.code(codingEngine, texts,
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, CodingResult> chart : results.entrySet()) {
            switch (format) {
                case json -> out.println(json.writeValueAsString(line(chart.getKey(), chart.getValue())));
                case comprehend -> out.println(json.writeValueAsString(
                        line(chart.getKey(), ComprehendIcd10Format.toTree(chart.getValue()))));
                case tsv -> {
                    for (CodingResult.RankedCode code : chart.getValue().codes()) {
                        out.println(chart.getKey() + "\t" + code.code() + "\t" + code.score() + "\t" + code.description());
                    }
                }
            }
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> line(String chartId, Object result) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("chartId", chartId);
        line.put("result", result);
        return line;
    }
}
