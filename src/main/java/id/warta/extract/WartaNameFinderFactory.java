package id.warta.extract;

import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.util.ext.ExtensionLoader;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * The name finder factory stored in Warta's model: it supplies {@link NameFeatures} instead of
 * OpenNLP's XML-described feature generators. OpenNLP records this class's name in the model and
 * instantiates it when the model is loaded, so it must keep its name and no-argument constructor.
 */
public class WartaNameFinderFactory extends TokenNameFinderFactory {

    static {
        register();
    }

    public WartaNameFinderFactory() {
        super();
    }

    /**
     * Lets OpenNLP instantiate this factory by name (OpenNLP 2.5 loads model extensions only from
     * packages registered as allowed). Call before training or loading a model; idempotent.
     */
    static void register() {
        ExtensionLoader.registerAllowedPackage(WartaNameFinderFactory.class.getPackageName());
    }

    @Override
    public AdaptiveFeatureGenerator createFeatureGenerators() {
        return new NameFeatures();
    }
}
