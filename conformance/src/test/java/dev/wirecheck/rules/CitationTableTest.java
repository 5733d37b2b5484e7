package dev.wirecheck.rules;

import dev.wirecheck.check.Level;
import dev.wirecheck.check.RuleInfo;
import dev.wirecheck.vectors.RfcVectors;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * docs/rule-citations.md quotes, for every rule, the RFC sentence its level rests on. The table
 * is written by hand, so this test keeps it from drifting: every catalogue rule has a row with
 * the RFC §, level and source of the rule class, and no row names a rule the catalogue lacks.
 */
class CitationTableTest {
    private static final String DOC = "docs/rule-citations.md";

    /** One table row: id | RFC § | level | quoted sentence | source | change made. */
    record Row(String id, String citation, String level, String quote, String source, String change) {
    }

    @Test
    void everyCatalogueRuleHasARowWithItsSectionAndLevel() throws IOException {
        Map<String, Row> rows = rows();
        List<String> problems = new ArrayList<>();
        for (RuleInfo r : Catalogue.infos()) {
            Row row = rows.get(r.id());
            if (row == null) {
                problems.add(DOC + " has no row for " + r.id() + "; add, with the RFC sentence quoted:\n  "
                        + expectedRow(r));
            } else if (!row.citation().equals(r.citation()) || !row.level().equals(r.level().text())) {
                problems.add(DOC + " row for " + r.id() + " says '" + row.citation() + "' / '" + row.level()
                        + "' but the rule class says '" + r.citation() + "' / '" + r.level().text()
                        + "': re-read the RFC and fix whichever is wrong");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyRowQuotesASentenceAndLinksItsRfc() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Row row : rows().values()) {
            String rfc = row.citation().replaceAll("^RFC (\\d+) §.*$", "$1");
            if (row.quote().length() < 3 || !row.quote().startsWith("\"") || !row.quote().endsWith("\"")) {
                problems.add(row.id() + ": the quoted sentence is missing");
            }
            if (!row.source().startsWith("https://www.rfc-editor.org/rfc/rfc" + rfc)) {
                problems.add(row.id() + ": the source does not link RFC " + rfc + " on rfc-editor.org: " + row.source());
            }
            if (row.change().isBlank()) {
                problems.add(row.id() + ": say what changed (\"none\" if nothing)");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void noRowNamesARuleTheCatalogueLacks() throws IOException {
        Set<String> ids = Catalogue.infos().stream().map(RuleInfo::id).collect(Collectors.toSet());
        List<String> stale = rows().keySet().stream().filter(id -> !ids.contains(id)).toList();
        assertTrue(stale.isEmpty(), DOC + " has rows for rules the catalogue does not have (renamed or removed?): "
                + stale);
    }

    @Test
    void aRequirementWithoutKeywordIsPrintedAsSuchAndCountsAsMandatory() {
        assertEquals("no keyword", Level.NO_KEYWORD.text());
        assertEquals(Level.NO_KEYWORD, Level.parse("no keyword"));
        assertTrue(Level.NO_KEYWORD.mandatory());
    }

    private static String expectedRow(RuleInfo r) {
        String anchor = r.section().matches("[0-9].*") ? "#section-" + r.section().replaceAll("[^0-9.].*$", "") : "";
        return "| `" + r.id() + "` | " + r.citation() + " | " + r.level().text()
                + " | \"<the RFC sentence, quoted>\" | https://www.rfc-editor.org/rfc/rfc" + r.rfc() + anchor
                + " | new rule |";
    }

    /** The table rows by rule id; cells are split on '|' not preceded by a backslash. */
    static Map<String, Row> rows() throws IOException {
        Path doc = RfcVectors.root().resolve(DOC);
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : Files.readAllLines(doc)) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.substring(1, line.length() - 1).split("(?<!\\\\)\\|", -1);
            assertEquals(6, cells.length, "a row of " + DOC + " needs 6 cells: " + line);
            String id = cells[0].trim().replace("`", "");
            Row row = new Row(id, cells[1].trim(), cells[2].trim(), cells[3].trim(), cells[4].trim(), cells[5].trim());
            assertTrue(rows.put(id, row) == null, DOC + " has two rows for " + id);
        }
        return rows;
    }
}
