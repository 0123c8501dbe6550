package culturebridge.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path tmp;

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writeLeavesOnlyTheTargetWithItsContent() throws IOException {
        Path target = tmp.resolve("sub/table.csv");
        AtomicFiles.writeString(target, "a,b\n1,2\n");
        assertEquals("a,b\n1,2\n", Files.readString(target));
        assertEquals(List.of("table.csv"), names(target.getParent()));

        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of("table.csv"), names(target.getParent()));
    }

    @Test
    void writtenFilesGetTheUsualPermissionsNotOwnerOnly() throws IOException {
        Assumptions.assumeTrue(tmp.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path plain = Files.writeString(tmp.resolve("plain.txt"), "x");
        Path atomic = tmp.resolve("atomic.txt");
        AtomicFiles.writeString(atomic, "x");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
    }

    @Test
    void failedWriteKeepsOldContentAndRemovesTemporary() throws IOException {
        Path target = tmp.resolve("manifest.json");
        AtomicFiles.writeString(target, "old");
        IOException boom = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            out.flush();
            throw new IOException("disk full");
        }));
        assertEquals("cannot write " + target.toAbsolutePath().normalize() + ": disk full", boom.getMessage(),
                "the system's message names no file; the error must");
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("manifest.json"), names(tmp));
    }

    @Test
    void pendingFileIsHiddenUntilCommitted() throws IOException {
        Path target = tmp.resolve("big.csv");
        try (AtomicFiles.PendingFile p = AtomicFiles.open(target)) {
            p.stream().write(1);
            assertFalse(Files.exists(target));
            String tempName = p.temp().getFileName().toString();
            assertTrue(tempName.startsWith(".big.csv.tmp-"), tempName);
            assertTrue(AtomicFiles.isTemporaryName(tempName));
        }
        assertEquals(List.of(), names(tmp), "closing without commit discards the temporary file");
    }

    @Test
    void prepareRefusesNonEmptyFolderWithoutForce() throws IOException {
        Path out = tmp.resolve("results");
        Files.createDirectories(out.resolve("charts"));
        Files.writeString(out.resolve("monthly.csv"), "x");
        Files.writeString(out.resolve("charts/a.png"), "x");
        Files.writeString(out.resolve("manifest.json"), "{}");
        AtomicFiles.OutputExistsException e = assertThrows(AtomicFiles.OutputExistsException.class,
                () -> AtomicFiles.prepareOutputDir(out, false));
        assertEquals("results folder " + out.toAbsolutePath().normalize()
                + " already exists; use --force to overwrite or --out to choose another", e.getMessage());
        assertTrue(Files.exists(out.resolve("monthly.csv")), "nothing deleted without --force");

        Path prepared = AtomicFiles.prepareOutputDir(out, true);
        assertEquals(out.toAbsolutePath().normalize(), prepared);
        assertTrue(Files.isDirectory(out));
        assertEquals(List.of(ResultsFolder.MARKER), names(out), "--force empties the folder, sub-folders included, and marks it");
    }

    @Test
    void prepareCreatesMissingAndAcceptsEmptyFolders() throws IOException {
        Path missing = tmp.resolve("a/b/c");
        AtomicFiles.prepareOutputDir(missing, false);
        assertTrue(Files.isDirectory(missing));
        AtomicFiles.prepareOutputDir(missing, false);
        assertTrue(Files.isDirectory(missing));
    }

    @Test
    void prepareRefusesAFile() throws IOException {
        Path file = tmp.resolve("results");
        Files.writeString(file, "x");
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.prepareOutputDir(file, true));
        assertTrue(e.getMessage().contains("is a file"), e.getMessage());
        assertEquals("x", Files.readString(file));
    }

    @Test
    void prepareRefusesAnUnwritableFolder() throws IOException {
        Path ro = tmp.resolve("ro");
        Files.createDirectories(ro);
        try {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("r-xr-xr-x"));
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no POSIX permissions here");
        }
        try {
            // root ignores permission bits, so only check where they bite.
            Assumptions.assumeFalse(Files.isWritable(ro), "permission bits are not enforced for this user");
            IOException e = assertThrows(IOException.class, () -> AtomicFiles.prepareOutputDir(ro, false));
            assertTrue(e.getMessage().contains("not writable"), e.getMessage());
        } finally {
            Files.setPosixFilePermissions(ro, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void forceRefusesFoldersWhoseClearingWouldDeleteTheProject() {
        Path home = Path.of("/home/ana");
        Path cwd = Path.of("/home/ana/culturebridge");
        assertThrows(IOException.class, () -> AtomicFiles.refuseDangerousClear(Path.of("/"), cwd, home));
        assertThrows(IOException.class, () -> AtomicFiles.refuseDangerousClear(home, cwd, home));
        assertThrows(IOException.class, () -> AtomicFiles.refuseDangerousClear(cwd, cwd, home));
        assertThrows(IOException.class, () -> AtomicFiles.refuseDangerousClear(Path.of("/home"), cwd, home));
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(
                () -> AtomicFiles.refuseDangerousClear(cwd.resolve("results/base"), cwd, home));
    }

    @Test
    void resolveInsideRefusesEscapes() {
        Path base = tmp.resolve("results");
        assertEquals(base.toAbsolutePath().normalize().resolve("charts/a.png"), AtomicFiles.resolveInside(base, "charts/./a.png"));
        assertEquals(base.toAbsolutePath().normalize().resolve("b.csv"), AtomicFiles.resolveInside(base, "x/../b.csv"));
        for (String bad : List.of("../other.csv", "x/../../y", "/etc/passwd", ".", "")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AtomicFiles.resolveInside(base, bad), bad);
            assertTrue(e.getMessage().contains("escapes"), e.getMessage());
        }
    }
}
