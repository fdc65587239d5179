package org.probation.analytics.synthetic;

import java.util.Map;

/** One generated {@code inspections/<id>/} folder: its files by name, and the data rows of each CSV. */
record InspectionFolder(String id, Map<String, String> files, Map<String, Integer> rows) {

    static final String INSPECTION_HEADER = "id,provider_id,framework,title,fieldwork_start,fieldwork_start_precision,"
            + "published,score,max_score,overall_rating,source_file,source_line,notes,synthetic";
    static final String SAMPLES_HEADER = "inspection_id,sample,subsample,cases,quote,source_file,source_line";
    static final String RESULTS_HEADER = "inspection_id,item_code,subsample,percent_printed,percent,yes_count,"
            + "denominator,marker,marker_meaning,question_as_printed,source_section,source_file,source_line";
    static final String RATINGS_HEADER =
            "inspection_id,standard_code,rating_printed,rating,source_file,source_line,note";
}
