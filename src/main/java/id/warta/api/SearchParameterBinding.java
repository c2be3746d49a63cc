package id.warta.api;

import id.warta.search.InvalidSearchException;
import id.warta.search.Limits;
import org.springframework.beans.BeansException;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@link SearchCriteria} and {@link SearchQuery} straight from the query string, with the
 * meaning Spring's data binder gives them, at a fraction of its cost: the binder's per-request
 * property conversion (type descriptors compared annotation by annotation) was 8% of the API's CPU
 * under load. A list parameter given several times keeps each value as given; given once, it is split
 * at commas and each part trimmed. A text parameter given several times is joined with commas. A request
 * using the binder's other notations ("country[]=RU", "country[0]=RU") goes to the binder itself, after
 * a check of those names that answers 400 for the forms the binder would fail on ("country[300]",
 * "country[x]", "q[0]"); {@code SearchParameterBindingTest} compares both on random query strings. One difference, on
 * purpose: request headers are not read as search parameters (Spring MVC's binder would take a
 * header named "Size" or "Q" when the query string lacks the parameter). The classes stay annotated
 * for the OpenAPI description.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SearchParameterBinding implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new Resolver());
    }

    static final class Resolver implements HandlerMethodArgumentResolver {

        @Override
        public boolean supportsParameter(MethodParameter parameter) {
            return parameter.getParameterType() == SearchCriteria.class || parameter.getParameterType() == SearchQuery.class;
        }

        @Override
        public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer, NativeWebRequest request,
                                      WebDataBinderFactory binderFactory) throws Exception {
            SearchCriteria target = parameter.getParameterType() == SearchQuery.class ? new SearchQuery() : new SearchCriteria();
            Map<String, String[]> parameters = request.getParameterMap();
            if (parameters.keySet().stream().anyMatch(SearchParameterBinding::needsDataBinder)) {
                MutablePropertyValues values = dataBinderValues(target, parameters);
                WebDataBinder binder = binderFactory.createBinder(request, target, "query");
                try {
                    binder.bind(values);
                } catch (BeansException | IllegalArgumentException e) {
                    // not expected after dataBinderValues' checks; still a mistake in the query string, not a bug
                    String name = e instanceof InvalidPropertyException invalid
                            ? baseName(invalid.getPropertyName()) : firstInDataBinderNotation(parameters);
                    throw new InvalidSearchException(name, "the parameter " + name + " is written in a form "
                            + "Warta does not understand: " + LIST_FORMS);
                }
                return target;
            }
            return bind(target, parameters);
        }
    }

    private static final String LIST_FORMS = "give a list as country=RU&country=KP, country=RU,KP or country[]=RU&country[]=KP";
    /** After the name: "[]" or "[n]". */
    private static final Pattern INDEX = Pattern.compile("\\[(\\d*)]");

    /**
     * The parameters the data binder gets: those naming a property of {@code target} (others are ignored,
     * as the binder ignores them), each checked so that the binder cannot fail on it. "name[]" is taken for
     * any parameter; "name[n]" only for a list, with n below {@link Limits#MAX_FILTER_VALUES} (the binder
     * fails past its growth limit and on indexes that are not numbers). Anything else with brackets is a
     * 400 naming the parameter. The default and field markers ("!size", "_country") keep the binder's meaning.
     */
    static MutablePropertyValues dataBinderValues(SearchCriteria target, Map<String, String[]> parameters) {
        Set<String> properties = target instanceof SearchQuery ? QUERY_PROPERTIES : CRITERIA_PROPERTIES;
        MutablePropertyValues values = new MutablePropertyValues();
        // in the order of their names, as the binder's own reading of a request has them (WebUtils.getParametersStartingWith)
        withEmptyBracketsMerged(parameters, properties).forEach((name, given) -> {
            boolean marker = name.startsWith("_") || name.startsWith("!");
            String bare = marker ? name.substring(1) : name;
            int open = bare.indexOf('[');
            int close = bare.indexOf(']');
            String base = open >= 0 ? bare.substring(0, open) : close >= 0 ? bare.substring(0, close) : bare;
            if (!properties.contains(base)) {
                return;
            }
            if (open >= 0 || close >= 0) {
                checkIndex(name, base, marker, open < 0 ? null : INDEX.matcher(bare.substring(open)));
            }
            if (!marker && !LIST_PARAMETERS.contains(base)) {
                refuseRepeated(base, given);
            }
            if (given != null && given.length > 0) {
                values.addPropertyValue(name, given.length == 1 ? given[0] : given);
            }
        });
        return values;
    }

    /**
     * "country[]=KP" is "country=KP" (as the binder reads it), and both in one query string are one list: the
     * binder keeps only one of them. A list given both plainly and by index ("person=A&amp;person[0]=B") has no
     * one meaning, so it is a 400 naming the parameter.
     */
    private static Map<String, String[]> withEmptyBracketsMerged(Map<String, String[]> parameters, Set<String> properties) {
        TreeMap<String, String[]> merged = new TreeMap<>();
        parameters.forEach((name, given) -> merged.merge(name.endsWith("[]") ? name.substring(0, name.length() - 2) : name,
                given == null ? new String[0] : given, SearchParameterBinding::concatenated));
        for (String name : merged.keySet()) {
            String indexed = merged.ceilingKey(name + "[");
            if (properties.contains(name) && indexed != null && indexed.startsWith(name + "[")) {
                throw new InvalidSearchException(name, "the query string gives " + name + " both as " + name + "= and as '"
                        + Limits.shorten(indexed) + "': " + LIST_FORMS);
            }
        }
        return merged;
    }

    private static String[] concatenated(String[] first, String[] second) {
        String[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private static void checkIndex(String name, String base, boolean marker, Matcher index) {
        if (marker || index == null || !index.matches()) {
            throw new InvalidSearchException(base, "'" + Limits.shorten(name) + "' is not a form of the parameter " + base
                    + " Warta understands: " + (LIST_PARAMETERS.contains(base) ? LIST_FORMS : "give it as " + base + "=..."));
        }
        String digits = index.group(1);
        if (digits.isEmpty()) {
            return;
        }
        if (!LIST_PARAMETERS.contains(base)) {
            throw new InvalidSearchException(base, base + " takes one value: give it as " + base + "=..., not '"
                    + Limits.shorten(name) + "'");
        }
        if (digits.length() > 3 || Integer.parseInt(digits) >= Limits.MAX_FILTER_VALUES) {
            throw new InvalidSearchException(base, "'" + Limits.shorten(name) + "': a search takes at most "
                    + Limits.MAX_FILTER_VALUES + " values of " + base + ", so indexes run from 0 to "
                    + (Limits.MAX_FILTER_VALUES - 1) + "; or " + LIST_FORMS);
        }
    }

    private static String baseName(String property) {
        if (property == null) {
            return "query string";
        }
        int bracket = property.indexOf('[');
        return bracket < 0 ? property : property.substring(0, bracket);
    }

    private static String firstInDataBinderNotation(Map<String, String[]> parameters) {
        return parameters.keySet().stream().filter(SearchParameterBinding::needsDataBinder)
                .map(name -> baseName(name.startsWith("_") || name.startsWith("!") ? name.substring(1) : name))
                .findFirst().orElse("query string");
    }

    private static final Set<String> LIST_PARAMETERS = Set.of("country", "person", "source", "language");
    private static final Set<String> CRITERIA_PROPERTIES = Set.of("q", "country", "person", "source", "language", "from",
            "to", "zone");
    private static final Set<String> QUERY_PROPERTIES = Set.of("q", "country", "person", "source", "language", "from",
            "to", "zone", "sort", "size", "cursor", "recency");

    /**
     * Names in the binder's other notations: "country[]" (as axios and jQuery send lists), "country[0]",
     * "_country" and "!size" (defaults). Rare, so such a request is left to the data binder itself.
     */
    static boolean needsDataBinder(String name) {
        return name.indexOf('[') >= 0 || name.startsWith("_") || name.startsWith("!");
    }

    static SearchCriteria bind(SearchCriteria criteria, Map<String, String[]> parameters) {
        criteria.setQ(text(parameters, "q"));
        criteria.setCountry(list(parameters, "country"));
        criteria.setPerson(list(parameters, "person"));
        criteria.setSource(list(parameters, "source"));
        criteria.setLanguage(list(parameters, "language"));
        criteria.setFrom(text(parameters, "from"));
        criteria.setTo(text(parameters, "to"));
        criteria.setZone(text(parameters, "zone"));
        if (criteria instanceof SearchQuery query) {
            query.setSort(text(parameters, "sort"));
            query.setSize(text(parameters, "size"));
            query.setCursor(text(parameters, "cursor"));
            query.setRecency(text(parameters, "recency"));
        }
        return criteria;
    }

    /** A single-valued parameter. */
    private static String text(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        refuseRepeated(name, values);
        return values == null || values.length == 0 ? null : values[0];
    }

    /**
     * A single-valued parameter given twice is a 400 naming it: joined as the data binder joins them,
     * "q=presiden&amp;q=-Jokowi" would become the query "presiden,-Jokowi", whose exclusion is lost.
     */
    private static void refuseRepeated(String name, String[] values) {
        if (values != null && values.length > 1) {
            throw new InvalidSearchException(name, name + " takes one value, and the query string gives it " + values.length
                    + " times: give it once" + (name.equals("q") ? " (all the words in one q, such as q=presiden -Jokowi)" : ""));
        }
    }

    private static List<String> list(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length == 0) {
            return null;
        }
        if (values.length > 1) {
            return new ArrayList<>(List.of(values));
        }
        String[] items = StringUtils.commaDelimitedListToStringArray(values[0]);
        List<String> list = new ArrayList<>(items.length);
        for (String item : items) {
            list.add(item.trim());
        }
        return list;
    }
}
