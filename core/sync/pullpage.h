#pragma once
// A pull page (docs/api/openapi.yaml, PullResponse) read straight from its JSON text,
// without QJsonDocument: strings stay views into the text (or into a side buffer when they
// had escapes), so pulled values reach SQLite as UTF-8 with no conversion. Building the
// QJsonDocument and turning each value into a QString (and SQLite turning it back into
// UTF-8) was most of the client's CPU in an initial sync (measured with perf on
// bench_syncapply).
#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

namespace metodist {

struct PullValue {
    enum Type { Null, Bool, Int, Double, String, Json } type = Null; // Json: a nested value, as its text
    qint64 integer = 0;                                                // Bool (0/1) and Int
    double real = 0;
    QByteArrayView text; // String (unescaped UTF-8) and Json
};

struct PullField {
    QByteArrayView key;
    PullValue value;
};

struct PullRow {
    QByteArrayView table, id, updatedBy;
    qint64 rev = 0, updatedAt = 0;
    bool deleted = false;
    qsizetype firstField = 0, fieldCount = 0; // into PullPage::fields
};

class PullPage {
public:
    // False (with error()) when the text is not a JSON object of the page's shape.
    bool parse(QByteArray text);
    QString error() const { return m_error; }

    QList<PullRow> rows;
    QList<PullField> fields;
    qint64 next = 0, head = 0;
    bool more = false;

    // One row as the JSON object the server sent (for conflict records and errors).
    QJsonObject rowJson(qsizetype index) const;

private:
    bool fail(const char *what);
    void skipSpace();
    bool expect(char c);
    bool string(QByteArrayView *out);
    bool value(PullValue *out, bool nestedAllowed);
    bool skipValue();
    bool row();
    bool fieldsObject(PullRow *row);

    QByteArray m_text;
    QList<QByteArray> m_unescaped; // owners of strings that had escapes (their data never moves)
    const char *m_p = nullptr;
    const char *m_end = nullptr;
    QString m_error;
};

} // namespace metodist
