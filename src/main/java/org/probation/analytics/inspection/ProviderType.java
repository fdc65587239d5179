package org.probation.analytics.inspection;

/** The kinds of inspected provider, before and after the 2021 unification. */
public enum ProviderType {
    PDU("pdu", "PDU"),
    PROBATION_REGION("probation_region", "Probation region"),
    NPS_DIVISION("nps_division", "NPS division"),
    NPS_REGION("nps_region", "NPS region"),
    CRC("crc", "CRC");

    private final String code;
    private final String label;

    ProviderType(String code, String label) {
        this.code = code;
        this.label = label;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static ProviderType fromCode(String code) {
        for (ProviderType t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown provider type '" + code + "'");
    }
}
