package org.probation.analytics.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.UploadKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.RouterLink;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.probation.analytics.importing.batch.BatchEntry;
import org.probation.analytics.importing.batch.EntryKind;
import org.probation.analytics.importing.batch.EntryStatus;
import org.probation.analytics.importing.parse.KnownProvider;

/** The batch import view: a queue of uploaded reports, each previewed on its own, committed together or one by one. */
class BatchImportViewTest extends ImportKaribuTest {

    static String report(String pdu) {
        return SeedReport.devonAndTorbay().replace("Devon and Torbay", pdu);
    }

    static void openBatch() {
        openAsAdmin();
        // the import view links to it (the menu has one import entry)
        assertThat(_get(RouterLink.class, spec -> spec.withId("batch-import-link"))
                        .getHref())
                .isEqualTo("import/batch");
        UI.getCurrent().navigate(BatchImportView.class);
        _assertOne(BatchImportView.class);
    }

    static void uploadFile(String name, String content) {
        UploadKt._upload(
                _get(Upload.class, spec -> spec.withId("batch-upload")),
                name,
                content.getBytes(StandardCharsets.UTF_8));
        // the upload's answer, then the round trip in which the view previews what arrived
        com.github.mvysny.kaributesting.v10.MockVaadin.clientRoundtrip(false);
    }

    @SuppressWarnings("unchecked")
    static Grid<BatchEntry> queue() {
        return (Grid<BatchEntry>) grid("batch-queue");
    }

    static List<BatchEntry> entries() {
        Grid<BatchEntry> q = queue();
        return IntStream.range(0, GridKt._size(q))
                .mapToObj(i -> GridKt._get(q, i))
                .toList();
    }

    static Button action(int row, String idPrefix) {
        HorizontalLayout actions = (HorizontalLayout) GridKt._getCellComponent(queue(), row, "actions");
        return actions.getChildren()
                .map(Button.class::cast)
                .filter(b -> b.getId().orElse("").startsWith(idPrefix))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void two_good_reports_and_a_bad_one_commit_ready_commits_the_two_and_the_bad_one_stays_with_its_reason() {
        openBatch();
        int before = inspections.inspections().size();

        uploadFile("norfolk.txt", report("Norfolk"));
        uploadFile("minutes.txt", "Minutes of the team meeting\nNothing to report.\n");
        uploadFile("suffolk.txt", report("Suffolk"));

        assertThat(entries())
                .extracting(BatchEntry::name, BatchEntry::kind, BatchEntry::status, BatchEntry::inspectionId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "norfolk.txt", EntryKind.REPORT_TEXT, EntryStatus.READY, "norfolk-2023"),
                        org.assertj.core.groups.Tuple.tuple(
                                "minutes.txt", EntryKind.REPORT_TEXT, EntryStatus.ERRORS, null),
                        org.assertj.core.groups.Tuple.tuple(
                                "suffolk.txt", EntryKind.REPORT_TEXT, EntryStatus.READY, "suffolk-2023"));
        assertThat(GridKt._getFormattedRow(queue(), 0)).contains("norfolk.txt", "report text", "14", "0");
        Button commitReady = _get(Button.class, spec -> spec.withId("commit-ready-button"));
        assertThat(commitReady.getText()).isEqualTo("Commit ready (2)");
        assertThat(inspections.inspections()).hasSize(before);

        // the bad one, selected: its errors with file and reason, and what was recognised (nothing of a title)
        queue().select(entries().get(1));
        assertThat(_get(Paragraph.class, spec -> spec.withId("batch-entry-status"))
                        .getText())
                .endsWith("errors: this file cannot be committed.");
        assertThat(GridKt._getFormattedRow(grid("import-errors"), 0))
                .containsExactly(
                        "minutes.txt",
                        "",
                        "no framework: none of the questions in the report's tables is a framework item");
        // a good one: what was recognised, where and quoted
        queue().select(entries().getFirst());
        Grid<?> recognised = grid("import-recognised");
        assertThat(IntStream.range(0, GridKt._size(recognised))
                        .mapToObj(i -> GridKt._getFormattedRow(recognised, i))
                        .toList())
                .anySatisfy(row -> assertThat(row)
                        .startsWith(
                                "Provider",
                                "Norfolk (pdu, norfolk)",
                                "norfolk.txt line 3",
                                "An inspection of probation services in: Norfolk PDU"));

        _click(commitReady);

        assertThat(entries())
                .extracting(BatchEntry::status)
                .containsExactly(EntryStatus.COMMITTED, EntryStatus.ERRORS, EntryStatus.COMMITTED);
        assertThat(inspections.inspections()).hasSize(before + 2);
        assertThat(inspections.results("norfolk-2023").orElseThrow()).hasSize(SeedReport.TABLE_RESULTS);
        assertThat(((RouterLink) GridKt._getCellComponent(queue(), 0, "inspection")).getHref())
                .isEqualTo("inspections/norfolk-2023");
        assertThat(entries().get(1).errors()).contains("minutes.txt: no title line ('An inspection of ...') found");
        assertThat(commitReady.getText()).isEqualTo("Commit ready (0)");
        assertThat(commitReady.isEnabled()).isFalse();
        assertThat(notifications()).anyMatch(n -> n.equals("Committed 2 of 2: norfolk-2023, suffolk-2023."));
    }

    @Test
    void a_provider_not_recognised_is_chosen_from_the_reference_list_and_the_report_committed_alone() {
        openBatch();
        uploadFile("atlantis.txt", report("Atlantis"));
        BatchEntry entry = entries().getFirst();
        assertThat(entry.status()).isEqualTo(EntryStatus.ERRORS);
        queue().select(entry);
        @SuppressWarnings("unchecked")
        ComboBox<KnownProvider> provider = _get(ComboBox.class, spec -> spec.withId("provider-choice"));
        assertThat(provider.isVisible()).isTrue();
        assertThat(_get(Paragraph.class, spec -> spec.withId("batch-entry-status"))
                        .getText())
                .startsWith("The provider is not recognised: choose it below");

        provider.setValue(provider.getListDataView()
                .getItems()
                .filter(p -> p.id().equals("norfolk"))
                .findFirst()
                .orElseThrow());

        entry = entries().getFirst();
        assertThat(entry.status()).isEqualTo(EntryStatus.READY);
        assertThat(entry.inspectionId()).isEqualTo("norfolk-2023");
        _click(action(0, "commit-entry-"));
        assertThat(entries().getFirst().status()).isEqualTo(EntryStatus.COMMITTED);
        assertThat(inspections.inspection("norfolk-2023")).isPresent();
    }

    @Test
    void a_removed_entry_leaves_the_queue_and_its_preview_is_discarded() throws Exception {
        openBatch();
        uploadFile("norfolk.txt", report("Norfolk"));
        assertThat(pendingPreviews()).hasSize(1);

        _click(action(0, "remove-entry-"));

        assertThat(entries()).isEmpty();
        assertThat(pendingPreviews()).isEmpty();
        UI.getCurrent().navigate("import");
    }
}
