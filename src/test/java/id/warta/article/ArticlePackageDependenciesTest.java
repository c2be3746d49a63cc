package id.warta.article;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

/** The domain and extraction packages keep to the dependencies the architecture allows. */
class ArticlePackageDependenciesTest {

    private static final JavaClasses WARTA = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("id.warta.article", "id.warta.extract");

    @Test
    void articleUsesOnlyTheJdkAndLombok() {
        classes().that().resideInAPackage("id.warta.article..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "lombok..", "id.warta.article..")
                .check(WARTA);
    }

    @Test
    void extractUsesOnlyArticleOpenNlpAndTheJdk() {
        classes().that().resideInAPackage("id.warta.extract..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "id.warta.article..",
                        "id.warta.extract..", "opennlp..", "id.warta")
                .check(WARTA);
    }
}
