package org.tsag.tracker.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An upload handler whose size limit holds on the server (issue 19, item 5), not only in the
 * browser's {@code setMaxFileSize}, which any client can skip. A request whose declared size is
 * over the limit is refused before it is read (Vaadin checks multipart parts against
 * {@link #getFileSizeMax()} and {@link #getRequestSizeMax()}, this handler the declared length of an
 * XHR body); a body that does not declare its size, or lies about it, is streamed to a temporary
 * file (owner-only) and cut off at the limit. Nothing is held in memory
 * while receiving. The file is deleted once {@code received} has run.
 */
public final class BoundedUpload implements UploadHandler {

    /** What a view does with a file that arrived within the limit. Runs with the UI locked. */
    @FunctionalInterface
    public interface Received extends Serializable {
        void accept(String fileName, byte[] content);
    }

    /** What a view does when a file is refused as too large. Runs with the UI locked. */
    @FunctionalInterface
    public interface TooLarge extends Serializable {
        void refused(String fileName, long maxBytes);
    }

    /** Progress of a transfer, for a view that shows it; called from the upload request (lock the UI to change it). */
    public interface Progress extends Serializable {
        void started(UI ui, String fileName);

        void transferred(UI ui, long bytes, long total);

        /** The transfer ended, whether the file arrived or not. */
        void ended(UI ui);
    }

    private static final Progress NO_PROGRESS = new Progress() {
        @Override
        public void started(UI ui, String fileName) {
        }

        @Override
        public void transferred(UI ui, long bytes, long total) {
        }

        @Override
        public void ended(UI ui) {
        }
    };

    private static final Logger log = LoggerFactory.getLogger(BoundedUpload.class);
    /** Room for the multipart headers around the file. */
    private static final long ENVELOPE = 64 * 1024;

    private final Component owner;
    private final long maxBytes;
    private final Received received;
    private final TooLarge tooLarge;
    private Progress progress = NO_PROGRESS;

    /** @param owner the view the upload is part of, to tell when Vaadin refuses a file before it arrives */
    public BoundedUpload(Component owner, long maxBytes, Received received, TooLarge tooLarge) {
        this.owner = owner;
        this.maxBytes = maxBytes;
        this.received = received;
        this.tooLarge = tooLarge;
    }

    public BoundedUpload withProgress(Progress shown) {
        this.progress = shown;
        return this;
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + ENVELOPE;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        String fileName = event.getFileName();
        UI ui = event.getUI();
        if (event.getFileSize() > maxBytes) {
            // Vaadin checks the declared size of multipart parts only, not of an XHR body: refuse it unread
            log.warn("Upload {} refused: it declares {} bytes, more than {}", fileName, event.getFileSize(), maxBytes);
            event.reject("File too large");
            ui.accessSynchronously(() -> tooLarge.refused(fileName, maxBytes));
            return;
        }
        Path file = Files.createTempFile("tracker-upload-", ".part");
        progress.started(ui, fileName);
        try {
            boolean within;
            try {
                within = copyAtMost(event.getInputStream(), file, ui, event.getFileSize());
            } finally {
                progress.ended(ui);
            }
            if (!within) {
                log.warn("Upload {} refused: more than {} bytes", fileName, maxBytes);
                event.reject("File too large");
                ui.accessSynchronously(() -> tooLarge.refused(fileName, maxBytes));
                return;
            }
            // within the limit, so reading it whole is bounded by the limit
            byte[] content = Files.readAllBytes(file);
            // runs in the upload request; accessSynchronously also works when this thread holds the lock
            ui.accessSynchronously(() -> received.accept(fileName, content));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** @return false when the stream holds more than the limit (the rest is not read) */
    private boolean copyAtMost(InputStream in, Path file, UI ui, long declared) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        long reported = 0;
        try (InputStream input = in; OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = input.read(buffer)) >= 0) {
                total += n;
                if (total > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, n);
                if (total - reported >= 1024 * 1024) {
                    reported = total;
                    progress.transferred(ui, total, declared);
                }
            }
        }
        return true;
    }

    @Override
    public void responseHandled(UploadResult result) {
        UploadHandler.super.responseHandled(result);
        Exception refusal = result.exception();
        // Vaadin's Upload(File)SizeLimitExceededException are package-private: known by name
        if (refusal != null && refusal.getClass().getSimpleName().contains("SizeLimitExceeded")) {
            // refused by Vaadin before the handler ran: the declared size was over the limit
            log.warn("Upload refused by its declared size (limit {} bytes): {}", maxBytes, refusal.getMessage());
            owner.getUI().ifPresent(ui -> ui.access(() -> tooLarge.refused("", maxBytes)));
        }
    }
}
