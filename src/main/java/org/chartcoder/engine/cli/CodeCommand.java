package org.chartcoder.engine.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.chartcoder.ChartCoder;
import org.chartcoder.engine.CodingEngine;
import org.chartcoder.engine.CodingEngines;
import org.chartcoder.engine.CodingResult;
import org.chartcoder.engine.EngineSettings;
import org.chartcoder.engine.eval.ChartBatch;
import org.chartcoder.engine.eval.ChartFiles;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code chart-coder code [--format json|tsv] [--codeset PATH] [--model MODEL] FILE|DIR...}: codes
 * charts and writes, per chart, its ranked codes as tsv lines {@code chartId<TAB>code<TAB>score<TAB>description}
 * or one JSON object per line {@code {"chartId":..,"result":{..}}}.
 */
public final class CodeCommand implements ChartCoder.Command {

    private final PrintStream out;

    public CodeCommand() {
        this(System.out);
    }

    CodeCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public int run(String[] args) throws Exception {
        Arguments arguments;
        String format;
        try {
            arguments = new Arguments(args, Set.of("format", "codeset", "model", "threads"));
            format = arguments.option("format", "tsv");
            if (!format.equals("tsv") && !format.equals("json")) {
                throw new IllegalArgumentException("--format must be json or tsv");
            }
            if (arguments.positional().isEmpty()) {
                throw new IllegalArgumentException("give at least one chart file or directory");
            }
        } catch (IllegalArgumentException e) {
            System.err.println("code: " + e.getMessage());
            System.err.println("usage: chart-coder code [--format json|tsv] [--codeset PATH] [--model MODEL] FILE|DIR...");
            return 2;
        }
        Map<String, String> charts = ChartFiles.read(arguments.positional().stream().map(Path::of).toList());
        CodingEngine engine = CodingEngines.create(new EngineSettings(arguments.path("codeset"), arguments.path("model")));
        Map<String, CodingResult> results = ChartBatch.code(engine, charts,
                arguments.integer("threads", Runtime.getRuntime().availableProcessors()));
        ObjectMapper json = new ObjectMapper();
        for (Map.Entry<String, CodingResult> chart : results.entrySet()) {
            if (format.equals("json")) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("chartId", chart.getKey());
                line.put("result", chart.getValue());
                out.println(json.writeValueAsString(line));
            } else {
                for (CodingResult.RankedCode code : chart.getValue().codes()) {
                    out.println(chart.getKey() + "\t" + code.code() + "\t" + code.score() + "\t" + code.description());
                }
            }
        }
        out.flush();
        return 0;
    }
}
