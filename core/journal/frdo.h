#pragma once
// ФИС ФРДО: the upload sheet of issued ДПО documents. The 41-column layout lives in one
// data file (resources/data/frdo_columns.json, compiled in as :/data/); the validator
// applies the federal checker's rules (see /work/shared/docs/FRDO.md) and names every
// problem by row, record and column; the writer refuses to export while any remain.
#include "certificates.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace metodist::journal {

struct FrdoColumn {
    int n = 0;
    QString key, title, type; // type: text / list / date / year / hours / snils / digits
    bool required = false;
    QStringList values;       // the fixed list for type "list", spelled exactly
};

class FrdoLayout {
    Q_DECLARE_TR_FUNCTIONS(FrdoLayout)
public:
    // Loaded once from :/data/frdo_columns.json; throws metodist::Error when it is broken.
    static const QList<FrdoColumn> &columns();
    static QString sheetName();
    static int indexOf(const QString &key); // 0-based, -1 when unknown
};

struct FrdoRow {
    QString certificateId;
    QString label;     // holder and document, for messages
    QStringList cells; // one per layout column
    QString &at(const QString &key) { return cells[FrdoLayout::indexOf(key)]; }
    QString value(const QString &key) const { return cells.value(FrdoLayout::indexOf(key)); }
};

struct FrdoProblem {
    int row = 0;        // 1-based data row (sheet row = row + 1 below the header)
    int column = 0;     // 1-based layout column, 0 for a row-wide rule
    QString record, field, message;
    QString toString() const;
};

class FrdoExport {
    Q_DECLARE_TR_FUNCTIONS(FrdoExport)
public:
    // Rows for the ДПО documents of the register (справки об обучении are not uploaded).
    static QList<FrdoRow> rowsFrom(const QList<CertificateRecord> &documents);
    static QList<FrdoProblem> validate(const QList<FrdoRow> &rows, const QDate &today = QDate::currentDate());
    // Validates, then writes the XLSX; throws metodist::Error listing the problems instead.
    static void write(const QString &path, const QList<FrdoRow> &rows, const QDate &today = QDate::currentDate());
};

} // namespace metodist::journal
