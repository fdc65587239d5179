package org.probation.analytics.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.provider.Arguments;

/** Malformed imports, each with the words its refusal must contain (where and why). */
final class ImportCorpus {

    static final String INSPECTION_HEADER = "id,provider_id,framework,title,fieldwork_start,fieldwork_start_precision,"
            + "published,score,max_score,overall_rating,source_file,source_line,notes";
    static final String RESULTS_HEADER =
            "inspection_id,item_code,subsample,percent_printed,percent,yes_count,denominator,"
                    + "marker,marker_meaning,question_as_printed,source_section,source_file,source_line";
    static final String INSPECTION_ROW =
            "devon-and-torbay-2024,devon-and-torbay,pdu-2021,An inspection of Devon and Torbay PDU,"
                    + "2024-03-04,day,2024-06,8,27,Requires improvement,report.txt,1,";
    static final String RESULT_ROW = "devon-and-torbay-2024,2.2.3,all,40%,40,8,20,,,q,table,report.txt,11";

    private ImportCorpus() {}

    static List<ImportFile> valid() {
        return List.of(
                new ImportFile("inspection.csv", INSPECTION_HEADER + "\n" + INSPECTION_ROW + "\n"),
                new ImportFile("results.csv", RESULTS_HEADER + "\n" + RESULT_ROW + "\n"));
    }

    static Arguments inspection(String name, UnaryOperator<String> row, String expected) {
        return Arguments.of(
                name,
                List.of(
                        new ImportFile("inspection.csv", INSPECTION_HEADER + "\n" + row.apply(INSPECTION_ROW) + "\n"),
                        new ImportFile("results.csv", RESULTS_HEADER + "\n" + RESULT_ROW + "\n")),
                expected);
    }

    static Arguments result(String name, UnaryOperator<String> row, String expected) {
        return Arguments.of(
                name,
                List.of(
                        new ImportFile("inspection.csv", INSPECTION_HEADER + "\n" + INSPECTION_ROW + "\n"),
                        new ImportFile("results.csv", RESULTS_HEADER + "\n" + row.apply(RESULT_ROW) + "\n")),
                expected);
    }

    static Arguments with(String name, String file, String content, String expected) {
        List<ImportFile> files = new ArrayList<>(valid());
        files.add(new ImportFile(file, content));
        return Arguments.of(name, files, expected);
    }

    static List<Arguments> all() {
        String big = "x".repeat((int) ImportService.MAX_BYTES + 1);
        return List.of(
                Arguments.of("no files", List.of(), "nothing to import: no files"),
                Arguments.of(
                        "empty inspection",
                        List.of(new ImportFile("inspection.csv", ""), new ImportFile("results.csv", RESULTS_HEADER)),
                        "inspection.csv line 2: no inspection row"),
                Arguments.of(
                        "header only",
                        List.of(
                                new ImportFile("inspection.csv", INSPECTION_HEADER + "\n"),
                                new ImportFile("results.csv", RESULTS_HEADER)),
                        "inspection.csv line 2: no inspection row"),
                Arguments.of(
                        "no results file",
                        List.of(new ImportFile("inspection.csv", INSPECTION_HEADER + "\n" + INSPECTION_ROW)),
                        "results.csv: missing"),
                with("unknown file", "result.csv", "a,b\n", "result.csv: not a file of an inspection's folder"),
                with("file given twice", "results.csv", RESULTS_HEADER + "\n", "results.csv: given twice"),
                with("binary", "context.csv", "PK\u0003\u0004\u0000\u0000binary", "context.csv: is binary"),
                with("huge", "context.csv", big, "the limit is " + ImportService.MAX_BYTES),
                with(
                        "wrong encoding",
                        "context.csv",
                        "inspection_id,table_name\nd\uFFFDvon,x\n",
                        "context.csv: is not UTF-8 text"),
                inspection(
                        "two inspections",
                        r -> r + "\n" + r.replace("devon-and-torbay-2024", "devon-2"),
                        "exactly one inspection"),
                inspection(
                        "id with spaces",
                        r -> r.replace("devon-and-torbay-2024,devon", "Devon & Torbay,devon"),
                        "not a lower-case slug"),
                inspection(
                        "script in the id",
                        r -> r.replace("devon-and-torbay-2024,devon", "<script>alert(1)</script>,devon"),
                        "not a lower-case slug"),
                inspection(
                        "sql in the id",
                        r -> r.replace("devon-and-torbay-2024,devon", "x'; DROP TABLE inspection; --,devon"),
                        "not a lower-case slug"),
                inspection(
                        "script in the title",
                        r -> r.replace("An inspection of", "<script>alert(1)</script>"),
                        "inspection.csv line 2, column title: contains markup"),
                inspection(
                        "sql in the title",
                        r -> r.replace("An inspection of", "x'); DROP TABLE inspection; --"),
                        "inspection.csv line 2, column title: looks like a SQL statement"),
                inspection(
                        "unknown provider",
                        r -> r.replace(",devon-and-torbay,", ",atlantis,"),
                        "column provider_id: unknown provider 'atlantis'"),
                inspection(
                        "unknown framework",
                        r -> r.replace(",pdu-2021,", ",pdu-2099,"),
                        "column framework: unknown framework 'pdu-2099'"),
                inspection(
                        "bad date",
                        r -> r.replace("2024-03-04", "04/03/2024"),
                        "column fieldwork_start: is not a date"),
                inspection(
                        "impossible date",
                        r -> r.replace("2024-03-04", "2024-02-31"),
                        "column fieldwork_start: is not a date"),
                inspection(
                        "bad publication month",
                        r -> r.replace(",2024-06,", ",June 2024,"),
                        "column published: must be YYYY-MM"),
                inspection(
                        "month precision not on the first",
                        r -> r.replace("2024-03-04,day", "2024-03-04,month"),
                        "its day must be 01"),
                inspection("unknown precision", r -> r.replace(",day,", ",week,"), "must be day or month"),
                inspection(
                        "score above the maximum",
                        r -> r.replace(",8,27,", ",28,27,"),
                        "score 28 is above max_score 27"),
                inspection(
                        "negative score",
                        r -> r.replace(",8,27,", ",-1,27,"),
                        "column score: is not a whole number from 0"),
                inspection(
                        "rating misspelt",
                        r -> r.replace("Requires improvement", "Requires improvment"),
                        "column overall_rating: must be"),
                inspection(
                        "truncated row",
                        r -> r.substring(0, r.indexOf(",2024-06")),
                        "inspection.csv line 2: cannot be read"),
                inspection(
                        "negative source line",
                        r -> r.replace("report.txt,1,", "report.txt,-4,"),
                        "column source_line: is not a positive whole number"),
                result(
                        "percent over 100",
                        r -> r.replace(",40%,40,", ",140%,140,"),
                        "results.csv line 2, column percent: percent 140 is outside 0-100"),
                result(
                        "negative percent",
                        r -> r.replace(",40%,40,", ",-4%,-4,"),
                        "column percent: percent -4 is outside 0-100"),
                result(
                        "percent not a number",
                        r -> r.replace(",40%,40,", ",forty,forty,"),
                        "column percent: is not a number: 'forty'"),
                result(
                        "negative count",
                        r -> r.replace(",8,20,", ",-3,20,"),
                        "column yes_count: is not a whole number from 0: '-3'"),
                result(
                        "zero denominator",
                        r -> r.replace(",8,20,", ",0,0,"),
                        "column denominator: is not a positive whole number"),
                result(
                        "more yes than cases",
                        r -> r.replace(",8,20,", ",28,20,"),
                        "yes_count 28 is above denominator 20"),
                result(
                        "count without denominator",
                        r -> r.replace(",8,20,", ",8,,"),
                        "is empty while yes_count is given"),
                result(
                        "unknown question",
                        r -> r.replace(",2.2.3,", ",9.9.9,"),
                        "column item_code: unknown question code '9.9.9'"),
                result(
                        "a standard is not a question",
                        r -> r.replace(",2.2.3,", ",2.2,"),
                        "unknown question code '2.2'"),
                result(
                        "unknown sub-sample",
                        r -> r.replace(",all,", ",everyone,"),
                        "column subsample: unknown sub-sample 'everyone'"),
                result(
                        "sub-sample columns shifted",
                        r -> r.replace(",all,40%,40,", ",40%,40,all,"),
                        "column subsample: unknown sub-sample '40%'"),
                result(
                        "duplicate row",
                        r -> r + "\n" + r,
                        "results.csv line 3, column item_code: duplicate result 2.2.3/all"),
                result(
                        "result of another inspection",
                        r -> r.replace("devon-and-torbay-2024,2.2.3", "somerset-2023,2.2.3"),
                        "column inspection_id: must equal its folder name 'devon-and-torbay-2024'"),
                result(
                        "percent printed missing",
                        r -> r.replace(",40%,40,", ",,40,"),
                        "column percent_printed: is empty while percent is given"),
                result("extra field", r -> r + ",surplus", "results.csv line 2: cannot be read"),
                result("missing fields", r -> r.substring(0, r.indexOf(",q,")), "results.csv line 2: cannot be read"),
                Arguments.of(
                        "misspelt header",
                        List.of(
                                new ImportFile("inspection.csv", INSPECTION_HEADER + "\n" + INSPECTION_ROW),
                                new ImportFile(
                                        "results.csv",
                                        RESULTS_HEADER.replace("subsample", "sub_sample") + "\n" + RESULT_ROW)),
                        "results.csv line 1: missing column(s) subsample"),
                Arguments.of(
                        "columns reordered",
                        List.of(
                                new ImportFile("inspection.csv", INSPECTION_HEADER + "\n" + INSPECTION_ROW),
                                new ImportFile(
                                        "results.csv",
                                        RESULTS_HEADER.replace("item_code,subsample", "subsample,item_code") + "\n"
                                                + RESULT_ROW)),
                        "results.csv line 1: columns out of order"),
                with(
                        "sample of no cases",
                        "samples.csv",
                        "inspection_id,sample,subsample,cases,quote,source_file,source_line\n"
                                + "devon-and-torbay-2024,case_supervision,all,0,q,r.txt,1\n",
                        "samples.csv line 2, column cases: is not a positive whole number"),
                with(
                        "rating of an unknown standard",
                        "ratings.csv",
                        "inspection_id,standard_code,rating_printed,rating,source_file,source_line,note\n"
                                + "devon-and-torbay-2024,7.7,Good,Good,r.txt,1,\n",
                        "ratings.csv line 2, column standard_code: unknown standard '7.7'"),
                with(
                        "context unit unknown",
                        "context.csv",
                        "inspection_id,table_name,row_label,column_label,value_printed,value,unit,source_file,source_line\n"
                                + "devon-and-torbay-2024,Staff,Vacancy,,4%,4,parsecs,r.txt,1\n",
                        "context.csv line 2, column unit: must be"),
                with(
                        "flag without reason",
                        "flags.csv",
                        "inspection_id,item,reason,source_file,source_line\n"
                                + "devon-and-torbay-2024,2.2.3,,r.txt,1\n",
                        "flags.csv line 2, column reason: is empty"),
                with(
                        "comparator over 100",
                        "comparators.csv",
                        "inspection_id,series,series_label,item_code,subsample,percent_printed,percent,source_section,source_file,source_line\n"
                                + "devon-and-torbay-2024,all,All,2.2.3,all,120%,120,t,r.txt,1\n",
                        "comparators.csv line 2, column percent: percent 120 is outside 0-100"));
    }
}
