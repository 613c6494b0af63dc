package fr.passerelle.bench;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The same queries straight on the Lucene index the server built (read-only, in this JVM):
 * analysed terms on the text fields, zone terms, radius, top 20, and facet counts from doc
 * values. No HTTP, no Hibernate Search, no synonyms or typo clauses: the floor under our API.
 */
final class RawLuceneTarget implements LoadRunner.Target, AutoCloseable {

    private static final String[] FACETS = {"thematiques", "categories", "type", "frais", "publics", "modes_accueil"};

    private record Place(double latitude, double longitude, List<BytesRef> zone) {
    }

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final Map<String, Place> places = new HashMap<>();

    RawLuceneTarget(Path index, Path searchConfig, String jdbcUrl, String user, String password) throws Exception {
        reader = DirectoryReader.open(FSDirectory.open(index));
        searcher = new IndexSearcher(reader);
        analyzer = CustomAnalyzer.builder(searchConfig)
                .withTokenizer("standard")
                .addTokenFilter("lowercase")
                .addTokenFilter("elision", "articles", "elisions_fr.txt", "ignoreCase", "true")
                .addTokenFilter("asciifolding")
                .addTokenFilter("stop", "words", "stopwords_fr.txt", "ignoreCase", "true")
                .addTokenFilter("frenchLightStem")
                .build();
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password);
             PreparedStatement ps = connection.prepareStatement(
                     "select code, latitude, longitude, epci_code, departement_code from commune");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                List<BytesRef> zone = new ArrayList<>();
                for (String code : new String[]{rs.getString(1), rs.getString(4), rs.getString(5), "france", "*"}) {
                    if (code != null) {
                        zone.add(new BytesRef(code));
                    }
                }
                places.put(rs.getString(1), new Place(rs.getDouble(2), rs.getDouble(3), zone));
            }
        }
    }

    long documents() {
        return reader.numDocs();
    }

    @Override
    public void execute(BenchQuery query) throws IOException {
        switch (query.kind()) {
            case TEXT_NEAR -> {
                Place place = places.get(query.commune());
                BooleanQuery.Builder text = new BooleanQuery.Builder();
                for (String token : tokens(query.text())) {
                    text.add(new BooleanQuery.Builder()
                            .add(new BoostQuery(new TermQuery(new Term("nom", token)), 3f), Occur.SHOULD)
                            .add(new TermQuery(new Term("description", token)), Occur.SHOULD)
                            .add(new TermQuery(new Term("libelles", token)), Occur.SHOULD)
                            .add(new TermQuery(new Term("structure", token)), Occur.SHOULD)
                            .build(), Occur.MUST);
                }
                Query q = new BooleanQuery.Builder().add(text.build(), Occur.MUST)
                        .add(reachable(place, query.distanceKm()), Occur.FILTER).build();
                searcher.search(q, 20);
                countFacets(q);
            }
            case COMMUNE_ONLY -> {
                Place place = places.get(query.commune());
                searcher.search(reachable(place, 50), 20, new Sort(
                        LatLonDocValuesField.newDistanceSort("point", place.latitude(), place.longitude())));
            }
            case CATEGORY_DEPARTEMENT -> {
                Query q = new BooleanQuery.Builder()
                        .add(new TermQuery(new Term("categories", query.category())), Occur.FILTER)
                        .add(new TermQuery(new Term("departement", query.departement())), Occur.FILTER).build();
                searcher.search(q, 20, new Sort(new SortedNumericSortField("date_maj", SortField.Type.LONG, true)));
            }
        }
    }

    /** The zone rule and the radius (remote offers pass the radius). */
    private static Query reachable(Place place, int distanceKm) {
        Query radius = new BooleanQuery.Builder()
                .add(LatLonPoint.newDistanceQuery("point", place.latitude(), place.longitude(), distanceKm * 1000.0),
                        Occur.SHOULD)
                .add(IntPoint.newExactQuery("a_distance", 1), Occur.SHOULD).build();
        return new BooleanQuery.Builder()
                .add(new TermInSetQuery("zone", place.zone()), Occur.FILTER)
                .add(radius, Occur.FILTER).build();
    }

    private List<String> tokens(String text) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("nom", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                tokens.add(term.toString());
            }
            stream.end();
        }
        return tokens;
    }

    private void countFacets(Query query) throws IOException {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        searcher.search(query, new SimpleCollector() {
            private final SortedSetDocValues[] values = new SortedSetDocValues[FACETS.length];

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                for (int i = 0; i < FACETS.length; i++) {
                    values[i] = context.reader().getSortedSetDocValues(FACETS[i]);
                }
            }

            @Override
            public void collect(int doc) throws IOException {
                for (int i = 0; i < FACETS.length; i++) {
                    SortedSetDocValues dv = values[i];
                    if (dv != null && dv.advanceExact(doc)) {
                        for (int n = 0; n < dv.docValueCount(); n++) {
                            String value = dv.lookupOrd(dv.nextOrd()).utf8ToString();
                            counts.computeIfAbsent(FACETS[i], k -> new HashMap<>()).merge(value, 1, Integer::sum);
                        }
                    }
                }
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }
        });
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
