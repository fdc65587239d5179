package org.probation.analytics.inspection;

/** An inspected or inspectable organisation, with the region it belongs to (if one). */
public record Provider(String id, String name, ProviderType type, String region) {}
