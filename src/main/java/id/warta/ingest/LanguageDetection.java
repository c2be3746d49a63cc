package id.warta.ingest;

import com.google.common.base.Optional;
import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The language of an article: "id" (Indonesian), "en" (English) or "other". N-gram profiles of a dozen
 * languages that show up in Indonesian archives; Malay is left out on purpose (it would take Indonesian
 * texts). A text too short to tell gets the job's default. Thread-safe.
 */
public final class LanguageDetection {

    private static final List<String> PROFILES = List.of("id", "en", "nl", "de", "fr", "es", "pt", "it", "tl", "ar",
            "ja", "ko", "zh-CN", "ru");
    private static final int SAMPLE_CHARS = 2_000;
    private static final LanguageDetection INSTANCE = new LanguageDetection();

    private final LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageDetection() {
        try {
            List<LanguageProfile> profiles = new LanguageProfileReader().read(PROFILES);
            detector = LanguageDetectorBuilder.create(NgramExtractors.standard()).withProfiles(profiles).build();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the language profiles", e);
        }
    }

    public static LanguageDetection instance() {
        return INSTANCE;
    }

    public String detect(String text, String fallback) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Optional<LdLocale> language = detector.detect(texts.forText(sample));
        if (!language.isPresent()) {
            return fallback;
        }
        String code = language.get().getLanguage();
        return code.equals("id") || code.equals("en") ? code : "other";
    }
}
