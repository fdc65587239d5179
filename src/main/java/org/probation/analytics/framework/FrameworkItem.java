package org.probation.analytics.framework;

/**
 * A domain, standard, key question or prompt of a framework.
 *
 * @param standardCode the standard it belongs to: a prompt's key question's parent, else its own
 *                     parent (for a standard, that is its domain)
 */
public record FrameworkItem(String framework, String code, String parentCode, String level, int ordinal, String text,
        Boolean rated, String standardCode, String appliesTo) {}
