package org.probation.analytics.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The imports folder shared by several nodes: its lock holds against another process, and its fingerprint sees every change. */
class SharedImportsTest {

    @TempDir
    Path dir;

    @Test
    void a_commit_waits_while_another_process_holds_the_imports_folder() throws Exception {
        Path imports = dir.resolve("imports");
        Process other = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockHolder.class.getName(),
                        SharedImports.lockFile(imports).toString(),
                        "1500")
                .redirectErrorStream(true)
                .start();
        assertThat(other.inputReader().readLine()).isEqualTo("held");

        long start = System.nanoTime();
        try (var held = SharedImports.lock(imports)) {
            long waitedMs = (System.nanoTime() - start) / 1_000_000;
            // the other process holds the lock for 1.5 s after saying so
            assertThat(waitedMs).as("waited for the other process to let go").isGreaterThan(1000);
        }
        assertThat(other.waitFor(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void threads_of_one_app_take_the_imports_folder_in_turn() throws Exception {
        Path imports = dir.resolve("imports");
        CompletableFuture<Long> second;
        try (var held = SharedImports.lock(imports)) {
            second = CompletableFuture.supplyAsync(() -> {
                try (var alsoHeld = SharedImports.lock(imports)) {
                    return System.nanoTime();
                }
            });
            Thread.sleep(300);
            assertThat(second).as("the second thread waits, it does not fail").isNotDone();
        }
        assertThat(second.get(10, TimeUnit.SECONDS)).isPositive();
    }

    @Test
    void the_fingerprint_changes_when_an_inspection_is_added_replaced_or_removed_and_only_then() throws Exception {
        Path imports = dir.resolve("imports");
        String none = SharedImports.fingerprint(imports);
        Path a = write(imports, "a", "first").resolve("inspections").resolve("a");
        String one = SharedImports.fingerprint(imports);
        assertThat(one).isNotEqualTo(none).isEqualTo(SharedImports.fingerprint(imports));

        // a replace: a new folder of the same name moved in, as ImportService.commit does
        Path staged = write(dir.resolve("staging"), "a", "second version");
        Path aside = dir.resolve("aside");
        Files.move(a, aside);
        Files.move(staged.resolve("inspections").resolve("a"), a);
        String replaced = SharedImports.fingerprint(imports);
        assertThat(replaced).isNotEqualTo(one);

        write(imports, "b", "other");
        String two = SharedImports.fingerprint(imports);
        assertThat(two).isNotIn(List.of(none, one, replaced));

        try (var files = Files.list(imports.resolve("inspections").resolve("b"))) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(imports.resolve("inspections").resolve("b"));
        assertThat(SharedImports.fingerprint(imports)).isEqualTo(replaced);
    }

    private static Path write(Path imports, String id, String content) throws Exception {
        Path folder = imports.resolve("inspections").resolve(id);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("inspection.csv"), content);
        Files.writeString(folder.resolve("results.csv"), content + content);
        return imports;
    }
}
