package fr.passerelle.shared;

/**
 * One step of bringing the application to a ready state (reference data, demo catalogue,
 * search index). Steps run once, in {@link #order()}, before the server takes requests.
 */
public interface StartupTask {

    int GAZETTEER = 100;
    int VOCABULARIES = 200;
    int DEMO_CATALOGUE = 300;
    int SEARCH_INDEX = 400;

    int order();

    void run();
}
