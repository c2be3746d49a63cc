package id.warta;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Package dependency rules from the architecture (shared docs: architecture.md). */
@AnalyzeClasses(packages = "id.warta", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  /** The analysis plugin runs inside Elasticsearch: JDK, Lucene and the ES plugin API only. */
  @ArchTest
  static final ArchRule pluginUsesOnlyJdkLuceneAndPluginApi =
      classes()
          .that()
          .resideInAPackage("id.warta.plugin..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage(
              "java..", "org.apache.lucene..", "org.elasticsearch.plugin..", "id.warta.plugin..");

  /** The API speaks in the query module's records: no Elasticsearch types in id.warta.api. */
  @ArchTest
  static final ArchRule apiHasNoElasticsearchTypes =
      noClasses()
          .that()
          .resideInAPackage("id.warta.api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("co.elastic..", "org.elasticsearch..");
}
