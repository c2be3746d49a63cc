package id.warta.api;

import org.junit.jupiter.api.Test;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.bind.ServletRequestDataBinder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The search parameters are read exactly as Spring MVC's data binder read them before. */
class SearchParameterBindingTest {

    private static final List<String> NAMES = List.of("q", "country", "person", "source", "language", "from", "to", "zone",
            "sort", "size", "cursor", "recency", "other");
    private static final List<String> VALUES = List.of("", " ", "RU", " US ", "RU,US", "RU, US", ",", "a,,b", "Vladimir Putin",
            "Putin, Vladimir", " , ", "2024-11-01", "Korut \"uji coba\" -hoaks", "x,");

    @Test
    void listsAreSplitAtCommasOnlyWhenGivenOnce() {
        SearchQuery once = bind(Map.of("country", new String[] {"RU, US"}));
        SearchQuery twice = bind(Map.of("person", new String[] {"Putin, Vladimir", " Mark Rutte "}));

        assertThat(once.getCountry()).containsExactly("RU", "US");
        assertThat(twice.getPerson()).containsExactly("Putin, Vladimir", " Mark Rutte ");
        assertThat(bind(Map.of()).getCountry()).isNull();
    }

    @Test
    void agreesWithSpringsDataBinderOnRandomQueryStrings() {
        Random random = new Random(7);
        for (int i = 0; i < 3000; i++) {
            MockHttpServletRequest request = new MockHttpServletRequest();
            int parameters = random.nextInt(5);
            for (int p = 0; p < parameters; p++) {
                String name = NAMES.get(random.nextInt(NAMES.size()));
                int count = 1 + random.nextInt(3);
                List<String> values = new ArrayList<>();
                for (int v = 0; v < count; v++) {
                    values.add(VALUES.get(random.nextInt(VALUES.size())));
                }
                request.addParameter(name, values.toArray(String[]::new));
            }
            SearchQuery expected = new SearchQuery();
            ServletRequestDataBinder binder = new ServletRequestDataBinder(expected);
            binder.setConversionService(new DefaultFormattingConversionService());
            binder.bind(request);

            SearchQuery actual = bind(request.getParameterMap());

            assertThat(actual).as(describe(request.getParameterMap())).usingRecursiveComparison().isEqualTo(expected);
        }
    }

    private static SearchQuery bind(Map<String, String[]> parameters) {
        return (SearchQuery) SearchParameterBinding.bind(new SearchQuery(), parameters);
    }

    private static String describe(Map<String, String[]> parameters) {
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, values) -> text.append(name).append('=').append(java.util.Arrays.toString(values)).append(' '));
        return text.toString();
    }
}
