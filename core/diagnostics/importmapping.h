#pragma once
// How the columns of a diagnostics file map to what the importer needs. Saved as JSON
// (a file for the CLI; import_mapping rows remembered per source for the GUI):
// {
//   "layout": "wide" | "long",
//   "columns": {"snils": "СНИЛС", "last_name": "Фамилия", "first_name": "Имя", "middle_name": "Отчество",
//               "full_name": "ФИО", "organisation": "ОО", "instrument": "Инструмент", "date": "Дата",
//               "competence": "Компетенция", "score": "Балл", "max": "Максимум"},
//   "instrument": "name used when there is no instrument column",
//   "max_score": 100,                       // when there is no max column
//   "competences": {"header": "competence code"},   // wide; empty = headers equal to codes
//   "ignore": ["header", ...]               // wide: columns that are neither people nor scores
// }
#include "storage/database.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <optional>

namespace metodist {

struct ImportMapping {
    Q_DECLARE_TR_FUNCTIONS(ImportMapping)
public:
    enum class Layout { Wide, Long };
    Layout layout = Layout::Wide;
    QString snils, lastName, firstName, middleName, fullName, organisation;
    QString instrumentColumn, instrumentName;
    QString date;
    QString competence, score, max; // long layout
    double defaultMax = 100;
    QMap<QString, QString> competenceColumns; // wide: header -> competence code
    QStringList ignored;

    QJsonObject toJson() const;
    // Throws metodist::Error naming the bad key.
    static ImportMapping fromJson(const QJsonObject &json);
    static ImportMapping loadFile(const QString &path);
    void saveFile(const QString &path) const;

    // Columns used for people, instrument, date and (long) scores: never competences.
    QStringList usedColumns() const;
    // A first guess from common Russian and English headers.
    static ImportMapping guess(const QStringList &header, const QStringList &competenceCodes);

    // Remembered per source name (import_mapping table).
    static std::optional<ImportMapping> remembered(const Database &db, const QString &source);
    static void remember(const Database &db, const QString &source, const ImportMapping &mapping);
    static QStringList rememberedSources(const Database &db);
};

} // namespace metodist
