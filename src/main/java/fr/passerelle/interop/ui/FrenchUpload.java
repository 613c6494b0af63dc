package fr.passerelle.interop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;

import java.util.List;

/** A one-file Upload streamed to a temporary file (never held in memory), speaking French. */
final class FrenchUpload {

    /** What Micronaut accepts in one request (micronaut.server.max-request-size). */
    static final int MAX_BYTES = 50 * 1024 * 1024;

    private FrenchUpload() {
    }

    static Upload of(Component owner, UploadHandler handler, String buttonText, String... acceptedTypes) {
        Upload upload = new Upload(handler);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setUploadButton(new Button(buttonText));
        upload.setDropLabel(new Span(owner.getTranslation("imports.upload.drop")));
        UploadI18N i18n = new UploadI18N();
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(owner.getTranslation("imports.upload.drop"))
                .setMany(owner.getTranslation("imports.upload.drop")));
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(buttonText).setMany(buttonText));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(owner.getTranslation("imports.upload.wrongType"))
                .setFileIsTooBig(owner.getTranslation("imports.upload.tooBig"))
                .setIncorrectFileType(owner.getTranslation("imports.upload.wrongType")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(owner.getTranslation("imports.upload.processing"))
                        .setStalled(owner.getTranslation("imports.upload.processing"))
                        .setProcessing(owner.getTranslation("imports.upload.processing"))
                        .setHeld(owner.getTranslation("imports.upload.processing")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime().setPrefix("").setUnknown(""))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(owner.getTranslation("imports.upload.failed"))
                        .setUnexpectedServerError(owner.getTranslation("imports.upload.failed"))
                        .setForbidden(owner.getTranslation("imports.upload.failed"))));
        i18n.setFile(new UploadI18N.File().setRemove(owner.getTranslation("imports.upload.remove"))
                .setRetry(owner.getTranslation("imports.upload.add")).setStart(owner.getTranslation("imports.upload.add")));
        i18n.setUnits(new UploadI18N.Units(List.of("o", "ko", "Mo", "Go", "To", "Po", "Eo", "Zo", "Yo")));
        upload.setI18n(i18n);
        upload.setWidthFull();
        return upload;
    }
}
