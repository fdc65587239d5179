package org.probation.analytics.overview;

import java.util.List;

/** The options of the overview's filters: frameworks (newest first), regions and provider types with an inspection. */
public record OverviewChoices(List<Choice> frameworks, List<Choice> regions, List<Choice> providerTypes) {}
