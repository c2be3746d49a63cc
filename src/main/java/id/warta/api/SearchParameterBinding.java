package id.warta.api;

import jakarta.servlet.ServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.ServletRequestDataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fills {@link SearchCriteria} and {@link SearchQuery} straight from the query string, with the
 * meaning Spring's data binder gives them, at a fraction of its cost: the binder's per-request
 * property conversion (type descriptors compared annotation by annotation) was 8% of the API's CPU
 * under load. A list parameter given several times keeps each value as given; given once, it is split
 * at commas and each part trimmed. A text parameter given several times is joined with commas. A request
 * using the binder's other notations ("country[]=RU") goes to the binder itself
 * ({@code SearchParameterBindingTest} compares both on random query strings). One difference, on
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
                WebDataBinder binder = binderFactory.createBinder(request, target, "query");
                ((ServletRequestDataBinder) binder).bind(request.getNativeRequest(ServletRequest.class));
                return target;
            }
            return bind(target, parameters);
        }
    }

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

    private static String text(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        return values == null || values.length == 0 ? null : String.join(",", values);
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
