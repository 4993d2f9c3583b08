#pragma once
// A diagnostic's scores travel and are stored as one JSON object in diagnostic.scores:
//   {"<competence code>": [score, max, level], ...}, keys sorted by code.
// One synced row per diagnostic instead of one per competence keeps a region's import
// (35,000 people x 40 competences) to 35,000 row writes; the view diagnostic_score
// (migration 0005) unpacks it for queries.
#include <QList>
#include <QString>

namespace metodist {

struct CodedScore {
    QString code;
    double score = 0;
    double max = 0;
    int level = 0;
    bool operator==(const CodedScore &) const = default;
};

// Canonical text: sorted by code, numbers in their shortest exact form.
QString encodeScores(QList<CodedScore> scores);
// Throws metodist::Error naming the problem when the text is not a scores object.
QList<CodedScore> decodeScores(const QString &json);

} // namespace metodist
