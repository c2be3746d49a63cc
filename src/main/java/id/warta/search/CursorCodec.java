package id.warta.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Cursor} as an opaque, tamper-evident string: base64url JSON, a dot, and its
 * HMAC-SHA256 (the key: see {@link SearchConfiguration}). A cursor that fails the check, or was made for
 * another search, is refused with what to do; one whose point in time expired too (see ElasticsearchCalls).
 */
public final class CursorCodec {

    private static final String ALGORITHM = "HmacSHA256";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
    private static final String START_AGAIN = "; repeat the search without a cursor to start from the first page";

    private final SecretKeySpec key;
    /** A Mac per thread: looking one up per cursor costs more than signing. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public CursorCodec(byte[] key) {
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** A codec with a random key: cursors live as long as this process. */
    public static CursorCodec withRandomKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new CursorCodec(key);
    }

    String encode(Cursor cursor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("p", cursor.pitId());
        body.put("a", cursor.searchAfter());
        body.put("h", cursor.fingerprint());
        if (cursor.match() == WordMatch.ANY) {
            body.put("m", WordMatch.ANY.value());
        }
        if (cursor.weights() != null && !cursor.weights().isEmpty()) {
            List<float[]> weights = new ArrayList<>();
            for (double[] ask : cursor.weights()) {
                weights.add(ask == null ? null : floats(ask));
            }
            body.put("w", weights);
        }
        if (cursor.recencyOrigin() != null) {
            body.put("o", cursor.recencyOrigin().toEpochMilli());
        }
        if (cursor.served() >= 0) {
            body.put("n", cursor.served());
        }
        try {
            String payload = ENCODER.encodeToString(JSON.writeValueAsBytes(body));
            return payload + "." + ENCODER.encodeToString(sign(payload));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a cursor", e);
        }
    }

    /** The cursor, if it is intact and was made for a search with this fingerprint. */
    Cursor decode(String text, String expectedFingerprint) {
        int dot = text.indexOf('.');
        if (dot <= 0 || dot != text.lastIndexOf('.')) {
            throw invalid("the cursor is not one Warta made");
        }
        String payload = text.substring(0, dot);
        byte[] signature;
        try {
            signature = DECODER.decode(text.substring(dot + 1));
        } catch (IllegalArgumentException e) {
            throw invalid("the cursor is damaged");
        }
        if (!MessageDigest.isEqual(sign(payload), signature)) {
            throw invalid("the cursor was changed or comes from another Warta server");
        }
        Cursor cursor = read(payload);
        if (!cursor.fingerprint().equals(expectedFingerprint)) {
            throw new InvalidSearchException("cursor", "the cursor belongs to a search with other parameters (q, filters, "
                    + "dates, sort): send the same parameters as the first page, or drop the cursor to start again");
        }
        return cursor;
    }

    /** A short digest of a search's fingerprint, so that a cursor does not carry the query text. */
    static String digest(String fingerprint) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(fingerprint.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Cursor read(String payload) {
        try {
            Map<String, Object> body = JSON.readValue(DECODER.decode(payload), Map.class);
            if (body.get("p") instanceof String pit && body.get("a") instanceof List<?> after
                    && body.get("h") instanceof String fingerprint && (body.get("m") == null || "any".equals(body.get("m")))) {
                return new Cursor(pit, (List<Object>) after, fingerprint, body.get("m") == null ? WordMatch.ALL : WordMatch.ANY,
                        weights(body), body.get("o") instanceof Number origin ? Instant.ofEpochMilli(origin.longValue()) : null,
                        body.get("n") instanceof Number served ? served.longValue() : -1);
            }
        } catch (IOException | IllegalArgumentException e) {
            // falls through: a signed payload that does not parse is still not a cursor
        }
        throw invalid("the cursor is damaged");
    }

    /**
     * The weights a cursor carries, one entry per ask (null where unweighed); null when it says nothing of them ("w"
     * absent: its search asked for none, or the cursor was made before cursors carried them; either way its later
     * pages are weighed as the archive counts now, which for a search without country names is not at all).
     */
    private static List<double[]> weights(Map<String, Object> body) {
        if (!(body.get("w") instanceof List<?> asks)) {
            return null;
        }
        List<double[]> weights = new ArrayList<>(asks.size());
        for (Object ask : asks) {
            if (ask instanceof List<?> values) {
                double[] out = new double[values.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = values.get(i) instanceof Number n ? n.floatValue() : Float.NaN;
                }
                weights.add(out);
            } else {
                weights.add(null);
            }
        }
        return weights;
    }

    private static float[] floats(double[] values) {
        float[] out = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (float) values[i];
        }
        return out;
    }

    private byte[] sign(String payload) {
        return macs.get().doFinal(payload.getBytes(StandardCharsets.US_ASCII));
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static InvalidSearchException invalid(String why) {
        return new InvalidSearchException("cursor", why + START_AGAIN);
    }
}
