package fr.passerelle.shared;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A WHERE clause built from optional filters, with its parameters kept in step. */
public final class SqlConditions {

    private interface Parameter {
        void bind(PreparedStatement ps, int index) throws SQLException;
    }

    private final List<String> clauses = new ArrayList<>();
    private final List<Parameter> parameters = new ArrayList<>();

    /** {@code clause} holds one "?" bound to {@code value}; a null value adds nothing. */
    public SqlConditions equal(String clause, String value) {
        if (value != null) {
            clauses.add(clause);
            parameters.add((ps, i) -> ps.setString(i, value));
        }
        return this;
    }

    public SqlConditions anyOf(String column, Collection<String> values) {
        return array(column + " = any(?)", values);
    }

    public SqlConditions overlaps(String column, Collection<String> values) {
        return array(column + " && ?", values);
    }

    private SqlConditions array(String clause, Collection<String> values) {
        if (!values.isEmpty()) {
            List<String> copy = List.copyOf(values);
            clauses.add(clause);
            parameters.add((ps, i) -> Sql.setTextArray(ps, i, copy));
        }
        return this;
    }

    public SqlConditions always(String clause) {
        clauses.add(clause);
        return this;
    }

    public String where() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    /** Binds the parameters from index 1; returns the next free index. */
    public int bind(PreparedStatement ps) throws SQLException {
        int index = 1;
        for (Parameter parameter : parameters) {
            parameter.bind(ps, index++);
        }
        return index;
    }
}
