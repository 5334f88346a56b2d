package org.sandtray.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.sandtray.domain.Problem;
import org.sandtray.domain.Student;
import org.sandtray.library.IoProblems;
import org.sandtray.library.Library;
import org.sandtray.library.LibraryException;
import org.sandtray.vision.BlurRegion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Exports a session or a student's sessions for case discussion: stills (plain and annotated),
 * the PDF case pack and data files, de-identified unless asked otherwise. Everything is written
 * into a hidden folder beside the destination and moved into place at the end, so a full disk or
 * a cancel leaves nothing behind; a destination that exists and is not empty is refused. An
 * identifiable export is refused for a pupil without photo consent. Every export, and every
 * refusal, adds a line to the library's audit log.
 */
public final class Exporter {
    private static final Logger log = LoggerFactory.getLogger(Exporter.class);
    public static final String STILLS = "stills";
    public static final String DATA = "data";
    public static final String PDF = "case-pack.pdf";

    private static final com.fasterxml.jackson.databind.ObjectMapper COMPACT = new com.fasterxml.jackson.databind.ObjectMapper();

    private final Library library;
    private final Staging.FileWriter writer;
    private final int threads;

    public Exporter(Library library) {
        this(library, Staging.FileWriter.DISK, Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    Exporter(Library library, Staging.FileWriter writer, int threads) {
        this.library = library;
        this.writer = writer;
        this.threads = threads;
    }

    /** Reads what the scope covers and checks the consent rule; nothing is written. */
    public ExportSource prepare(ExportScope scope, ExportOptions options) {
        ExportSource source = ExportSource.read(library, scope);
        if (options.identifiable()) requirePhotoConsent(source, scope, options);
        return source;
    }

    public ExportResult export(ExportScope scope, ExportOptions options, Path destination, ExportProgress progress,
                               BooleanSupplier cancelled) {
        requireEmptyDestination(destination);
        progress.update(0, 1, ExportProgress.Step.READING);
        ExportSource source = prepare(scope, options);
        return export(source, options, destination, progress, cancelled);
    }

    /** Exports a source already read (the window previewed it). */
    public ExportResult export(ExportSource source, ExportOptions options, Path destination, ExportProgress progress,
                               BooleanSupplier cancelled) {
        requireEmptyDestination(destination);
        ExportWords words = new ExportWords(options.language());
        Naming naming = new Naming(source.roster(), source.subjects(), options.identifiable(), words);
        int total = source.stillCount() + 2;
        AtomicInteger done = new AtomicInteger();
        Path folder = destination.toAbsolutePath().normalize();
        try (Staging staging = Staging.beside(folder, writer)) {
            progress.update(0, total, ExportProgress.Step.STILLS);
            List<RenderedStill> rendered = stills(source, options, naming, words, staging, cancelled,
                    () -> progress.update(done.incrementAndGet(), total, ExportProgress.Step.STILLS));
            Map<Long, byte[]> finals = new LinkedHashMap<>();
            Map<Long, byte[]> thumbnails = new LinkedHashMap<>();
            for (RenderedStill r : rendered) {
                thumbnails.put(r.record().still().id(), r.thumbnail());
                if (r.annotated() != null) finals.put(r.record().still().sessionId(), r.annotated());
            }
            StudentSummary summary = source.scope().ofStudent()
                    ? StudentSummary.of(source, source.scope().studentCode(), options.chinese()) : null;
            checkCancelled(cancelled);
            progress.update(done.get(), total, ExportProgress.Step.PDF);
            if (options.has(ExportPart.PDF)) {
                staging.write(PDF, new CasePack(source, naming, words, options).write(finals, thumbnails, summary, cancelled));
            }
            progress.update(done.incrementAndGet(), total, ExportProgress.Step.DATA);
            checkCancelled(cancelled);
            if (options.has(ExportPart.DATA)) {
                DataFiles data = new DataFiles(source, naming, options.chinese());
                staging.write(DATA + "/sessions.csv", data.sessionsCsv());
                staging.write(DATA + "/turns.csv", data.turnsCsv());
                staging.write(DATA + "/placements.csv", data.placementsCsv());
                staging.write(DATA + "/stills.csv", data.stillsCsv(rendered, options.has(ExportPart.STILLS)));
                staging.write(DATA + "/export.json", data.exportJson(rendered, summary, !options.identifiable(),
                        options.language().getLanguage()));
            }
            checkCancelled(cancelled);
            progress.update(done.incrementAndGet(), total, ExportProgress.Step.FINISHING);
            List<String> files = staging.files();
            staging.moveIntoPlace();
            int regions = rendered.stream().mapToInt(r -> r.regions().size()).sum();
            ExportResult result = new ExportResult(folder, files, !options.identifiable(), source.sessions().size(),
                    source.stillCount(), regions);
            library.audit().record("export", auditDetail(source.scope(), options, result.files().size(), folder, null));
            log.info("exported {} files to {}", files.size(), folder);
            return result;
        } catch (IOException e) {
            throw new LibraryException(failure(e, folder), e);
        } catch (UncheckedIOException e) {
            throw new LibraryException(failure(e.getCause(), folder), e);
        }
    }

    private static Problem failure(IOException e, Path folder) {
        if (e instanceof FileAlreadyExistsException) return Problem.of("export.outNotEmpty", folder);
        return Problem.of("export.writeFailed", IoProblems.of(e, folder, folder.getParent()));
    }

    private List<RenderedStill> stills(ExportSource source, ExportOptions options, Naming naming, ExportWords words,
                                       Staging staging, BooleanSupplier cancelled, Runnable oneDone) throws IOException {
        StillRenderer renderer = new StillRenderer(naming, words,
                s -> source.figureName(s.placement().figureId(), s.placement().figureName(), options.chinese()), options.wholeFrame());
        DataFiles data = new DataFiles(source, naming, options.chinese());
        List<BlurFinder> finders = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<BlurFinder> finder = ThreadLocal.withInitial(() -> {
            BlurFinder f = BlurFinder.borrow();
            finders.add(f);
            return f;
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "export-still");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<RenderedStill>> futures = new ArrayList<>();
            for (ExportSource.SessionRecord session : source.sessions()) {
                boolean autoBlur = autoBlur(source, options, session);
                ExportSource.StillRecord last = session.finalTray();
                for (ExportSource.StillRecord still : session.stills()) {
                    futures.add(pool.submit(() -> {
                        checkCancelled(cancelled);
                        List<BlurRegion> checked = options.blurs().get(still.still().id());
                        RenderedStill r = renderer.render(read(still), still, session.participants(),
                                checked != null ? checked : autoBlur ? null : List.of(), finder.get());
                        if (options.has(ExportPart.STILLS)) {
                            staging.write(STILLS + "/" + still.stem() + ".jpg", r.plain());
                            staging.write(STILLS + "/" + still.stem() + "_annotated.jpg", r.annotated());
                        }
                        if (options.has(ExportPart.DATA)) staging.write(DATA + "/geojson/" + still.stem() + ".geojson", data.geoJson(r, session));
                        oneDone.run();
                        // keep only what the PDF needs: the final tray at full size, a thumbnail of every stage
                        boolean isFinal = still == last;
                        return new RenderedStill(still, r.width(), r.height(), r.regions(), null, isFinal ? r.annotated() : null,
                                r.thumbnail(), r.pixels());
                    }));
                }
            }
            List<RenderedStill> out = new ArrayList<>();
            for (Future<RenderedStill> f : futures) out.add(f.get());
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportCancelled();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) throw io;
            if (cause instanceof RuntimeException re) throw re;
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
            try {
                pool.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            finders.forEach(BlurFinder::release);
        }
    }

    /**
     * Whether the detectors run on a session's pictures: always when de-identified; in an
     * identifiable export only where someone other than the export's students took part (their
     * consent covers their own faces, not another pupil's).
     */
    static boolean autoBlur(ExportSource source, ExportOptions options, ExportSource.SessionRecord session) {
        return !options.identifiable() || !source.subjects().containsAll(session.participants());
    }

    private byte[] read(ExportSource.StillRecord still) throws IOException {
        try (InputStream in = library.stills().open(still.still())) {
            return in.readAllBytes();
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) throw new ExportCancelled();
    }

    /** An existing destination must be an empty folder: an export never mixes with other files. */
    static void requireEmptyDestination(Path destination) {
        Path folder = destination.toAbsolutePath().normalize();
        if (!Files.exists(folder)) return;
        if (!Files.isDirectory(folder)) throw new LibraryException("export.outNotFolder", folder);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            if (entries.iterator().hasNext()) throw new LibraryException("export.outNotEmpty", folder);
        } catch (IOException e) {
            throw new LibraryException(IoProblems.of(e, folder, folder.getParent()), e);
        }
    }

    private void requirePhotoConsent(ExportSource source, ExportScope scope, ExportOptions options) {
        List<String> without = new ArrayList<>();
        for (Student s : source.roster()) {
            if (source.subjects().contains(s.code()) && !s.photosPermitted()) without.add(s.code());
        }
        if (without.isEmpty()) return;
        library.audit().record("export-refused", auditDetail(scope, options, 0, null, "no photo consent: " + String.join(",", without)));
        throw new LibraryException("export.noPhotoConsent", String.join(", ", without));
    }

    /** The audit line's detail: when is the line's own time; who, what, how, how many, where. */
    static String auditDetail(ExportScope scope, ExportOptions options, int files, Path folder, String refusal) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("who", System.getProperty("user.name"));
        if (scope.sessionId() != null) m.put("session", scope.sessionId());
        if (scope.studentCode() != null) m.put("student", scope.studentCode());
        if (scope.from() != null) m.put("from", scope.from().toString());
        if (scope.to() != null) m.put("to", scope.to().toString());
        m.put("deidentified", !options.identifiable());
        m.put("parts", options.parts().stream().map(ExportPart::code).toList());
        m.put("whole_frame", options.wholeFrame());
        m.put("files", files);
        if (folder != null) m.put("where", folder.toString());
        if (refusal != null) m.put("refused", refusal);
        try {
            return COMPACT.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
