package id.warta.api;

import id.warta.search.InvalidSearchException;
import org.junit.jupiter.api.Test;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The search parameters are read exactly as Spring MVC's data binder read them before. */
class SearchParameterBindingTest {

    /** What Spring MVC binds a model attribute with: its servlet binder factory and the MVC conversion service. */
    private static final ServletRequestDataBinderFactory BINDERS;
    private static final MethodParameter SEARCH_QUERY;

    static {
        ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
        initializer.setConversionService(new DefaultFormattingConversionService());
        BINDERS = new ServletRequestDataBinderFactory(null, initializer);
        try {
            SEARCH_QUERY = new MethodParameter(SearchController.class.getDeclaredMethod("search", SearchQuery.class), 0);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final List<String> NAMES = List.of("q", "country", "person", "source", "language", "from", "to", "zone",
            "sort", "size", "cursor", "recency", "other", "country[]", "person[0]", "_source", "!size");
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
    void agreesWithSpringsDataBinderOnRandomQueryStrings() throws Exception {
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
            ServletWebRequest webRequest = new ServletWebRequest(request);
            // the binder keeps one of country=... and country[]=...; Warta takes both, as the binder takes either alone
            MockHttpServletRequest merged = withEmptyBracketsMerged(request);
            if (merged.getParameterMap().containsKey("person") && merged.getParameterMap().containsKey("person[0]")) {
                assertThatThrownBy(() -> new SearchParameterBinding.Resolver().resolveArgument(SEARCH_QUERY, null, webRequest, BINDERS))
                        .as(describe(request.getParameterMap())).isInstanceOfSatisfying(InvalidSearchException.class,
                                e -> assertThat(e.parameter()).isEqualTo("person"));
                continue;
            }
            SearchQuery expected = new SearchQuery();
            ((ServletRequestDataBinder) BINDERS.createBinder(new ServletWebRequest(merged), expected, "query")).bind(merged);
            List<String> repeated = repeatedSingleValues(merged.getParameterMap());
            if (!repeated.isEmpty()) {
                // where the binder joins the values with commas ("presiden,-Jokowi"), Warta refuses to guess
                assertThatThrownBy(() -> new SearchParameterBinding.Resolver().resolveArgument(SEARCH_QUERY, null, webRequest, BINDERS))
                        .as(describe(request.getParameterMap())).isInstanceOfSatisfying(InvalidSearchException.class,
                                e -> assertThat(e.parameter()).isIn(repeated));
                continue;
            }

            Object actual = new SearchParameterBinding.Resolver().resolveArgument(SEARCH_QUERY, null, webRequest, BINDERS);

            assertThat(actual).as(describe(request.getParameterMap())).usingRecursiveComparison().isEqualTo(expected);
        }
    }

    @Test
    void isTheResolverForEveryMethodThatTakesSearchParameters() throws NoSuchMethodException {
        SearchParameterBinding.Resolver resolver = new SearchParameterBinding.Resolver();

        assertThat(resolver.supportsParameter(SEARCH_QUERY)).isTrue();
        for (var method : List.of(SearchController.class.getDeclaredMethods(), AnalysisController.class.getDeclaredMethods(),
                ExportController.class.getDeclaredMethods()).stream().flatMap(java.util.Arrays::stream).toList()) {
            for (int i = 0; i < method.getParameterCount(); i++) {
                Class<?> type = method.getParameterTypes()[i];
                if (type == SearchQuery.class || type == SearchCriteria.class) {
                    assertThat(resolver.supportsParameter(new MethodParameter(method, i))).as(method.toString()).isTrue();
                }
            }
        }
    }

    private static MockHttpServletRequest withEmptyBracketsMerged(MockHttpServletRequest request) {
        MockHttpServletRequest merged = new MockHttpServletRequest();
        request.getParameterMap().forEach((name, values) ->
                merged.addParameter(name.endsWith("[]") ? name.substring(0, name.length() - 2) : name, values));
        return merged;
    }

    @Test
    void aListGivenInBothNotationsKeepsEveryValue() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("country", "RU");
        request.addParameter("country[]", "KP", "IR");

        assertThat(resolve(request).getCountry()).containsExactly("RU", "KP", "IR");
    }

    @Test
    void aListGivenPlainlyAndByIndexIsRefused() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.addParameter("person", "Joko Widodo");
        request.addParameter("person[0]", "Prabowo Subianto");

        assertThatThrownBy(() -> resolve(request)).isInstanceOfSatisfying(InvalidSearchException.class, e -> {
            assertThat(e.parameter()).isEqualTo("person");
            assertThat(e.getMessage()).contains("person[0]", "country[]=RU&country[]=KP");
        });
    }

    private static SearchQuery resolve(MockHttpServletRequest request) throws Exception {
        return (SearchQuery) new SearchParameterBinding.Resolver().resolveArgument(SEARCH_QUERY, null,
                new ServletWebRequest(request), BINDERS);
    }

    /** The single-valued parameters that the query string gives more than once. */
    private static List<String> repeatedSingleValues(Map<String, String[]> parameters) {
        return parameters.entrySet().stream()
                .filter(e -> List.of("q", "from", "to", "zone", "sort", "size", "cursor", "recency").contains(e.getKey()))
                .filter(e -> e.getValue().length > 1).map(Map.Entry::getKey).toList();
    }

    @Test
    void aSingleValuedParameterGivenTwiceIsRefusedNotJoined() {
        assertThatThrownBy(() -> bind(Map.of("q", new String[] {"presiden", "-Jokowi"})))
                .isInstanceOfSatisfying(InvalidSearchException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("q");
                    assertThat(e.getMessage()).contains("give it once", "q=presiden -Jokowi");
                });
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
