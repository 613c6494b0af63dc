package fr.passerelle.geo.api;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.core.annotation.Nullable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The offline base layer of the maps: outlines of the 101 départements (geo/departements.geojson,
 * ~360 kB, ~90 kB gzipped), read once and served with a validator so browsers keep it.
 */
@Controller("/api/v1/carte")
class MapLayerController {

    static final String OUTLINES = "geo/departements.geojson";
    private static final MediaType GEOJSON = MediaType.of("application/geo+json");

    private final byte[] outlines;
    private final String etag;

    MapLayerController() {
        try (InputStream in = MapLayerController.class.getClassLoader().getResourceAsStream(OUTLINES)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + OUTLINES);
            }
            outlines = in.readAllBytes();
            etag = "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(outlines), 0, 8) + "\"";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Get("/departements.geojson")
    HttpResponse<byte[]> departements(@Nullable @Header("If-None-Match") String ifNoneMatch) {
        if (etag.equals(ifNoneMatch)) {
            return HttpResponse.<byte[]>notModified().header("ETag", etag);
        }
        return HttpResponse.ok(outlines).contentType(GEOJSON).header("ETag", etag)
                .header("Cache-Control", "public, max-age=86400");
    }
}
