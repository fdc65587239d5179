package org.probation.analytics.funnel;

/** A framework with inspections: its code (as in the URL) and its name. */
public record FunnelFramework(String code, String name) {}
