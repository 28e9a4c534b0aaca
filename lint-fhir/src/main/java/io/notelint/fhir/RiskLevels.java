package io.notelint.fhir;

import io.notelint.core.model.RiskLevel;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code RiskAssessment.prediction.qualitativeRisk} as a NoteLint risk level. The FHIR risk-probability
 * codes map {@code negligible} to none and {@code certain} to imminent; a code or text that already is a
 * NoteLint level ({@code imminent}) is taken as it is.
 */
final class RiskLevels {

    private static final Map<String, RiskLevel> PROBABILITY = Map.of("negligible", RiskLevel.NONE,
            "low", RiskLevel.LOW, "moderate", RiskLevel.MODERATE, "high", RiskLevel.HIGH, "certain", RiskLevel.IMMINENT);

    private RiskLevels() {
    }

    static String of(JsonNode concept) {
        if (concept == null) {
            return null;
        }
        for (JsonNode c : Json.list(concept, "coding")) {
            RiskLevel l = level(Json.str(c, "code"));
            if (l != null) {
                return l.id();
            }
        }
        RiskLevel l = level(Json.str(concept, "text"));
        return l == null ? null : l.id();
    }

    private static RiskLevel level(String s) {
        if (s == null) {
            return null;
        }
        String k = s.trim().toLowerCase(Locale.ROOT);
        RiskLevel mapped = PROBABILITY.get(k);
        return mapped != null ? mapped : RiskLevel.parse(k).orElse(null);
    }

    static int rank(String id) {
        return RiskLevel.parse(id).map(Enum::ordinal).orElse(-1);
    }
}
