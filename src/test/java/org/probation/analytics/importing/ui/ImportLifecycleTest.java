package org.probation.analytics.importing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** What happens to a preview nobody commits, and to an import that is deleted. */
class ImportLifecycleTest extends ImportKaribuTest {

    @Test
    void leaving_the_view_or_cancelling_discards_the_uncommitted_preview() throws IOException {
        openAsAdmin();
        paste(SeedReport.devonAndTorbay());
        click("preview-button");
        assertThat(pendingPreviews()).hasSize(1);

        click("cancel-button");
        assertThat(pendingPreviews()).isEmpty();
        assertThat(_get(TextArea.class, spec -> spec.withId("report-text")).getValue())
                .isEmpty();

        paste(SeedReport.devonAndTorbay());
        click("preview-button");
        assertThat(pendingPreviews()).hasSize(1);
        UI.getCurrent().navigate("");
        assertThat(pendingPreviews()).isEmpty();
        assertThat(inspections.inspection(DEVON)).isEmpty();
    }

    @Test
    void an_imported_inspection_is_deleted_only_after_confirmation() {
        openAsAdmin();
        upload("inspection.csv", SeedReport.inspectionCsv(DEVON));
        upload("results.csv", SeedReport.resultsCsv(DEVON, "40"));
        click("preview-button");
        // one key question of the framework's many: the load flags the others as missing
        assertThat(GridKt._getFormattedRow(grid("import-flags"), 0).getFirst()).isEqualTo("missing_result");
        click("commit-button");
        Grid<?> imported = grid("imported-grid");
        assertThat(((RouterLink) GridKt._getCellComponent(imported, 0, "id")).getText())
                .isEqualTo(DEVON);
        assertThat(GridKt._getFormattedRow(imported, 0).get(1)).isEqualTo("Devon and Torbay");

        _click((Button) GridKt._getCellComponent(imported, 0, "delete"));
        ConfirmDialog confirm = _get(ConfirmDialog.class);
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Delete " + DEVON + "?");
        assertThat(inspections.inspection(DEVON))
                .as("nothing deleted before confirming")
                .isPresent();
        ConfirmDialogKt._fireConfirm(confirm);

        assertThat(inspections.inspection(DEVON)).isEmpty();
        assertThat(imported.isVisible()).isFalse();
        assertThat(notifications()).contains("Deleted " + DEVON + ".");
    }
}
