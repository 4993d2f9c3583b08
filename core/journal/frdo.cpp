#include "frdo.h"

#include "io/xlsxwriter.h"
#include "registry/snils.h"
#include "storage/errors.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace metodist::journal {

namespace {

struct Layout {
    QList<FrdoColumn> columns;
    QHash<QString, int> index;
    QString sheet;
};

const Layout &layout()
{
    static const Layout loaded = [] {
        Layout l;
        QFile file(QStringLiteral(":/data/frdo_columns.json"));
        if (!file.open(QIODevice::ReadOnly))
            throw Error(FrdoLayout::tr("The ФИС ФРДО layout :/data/frdo_columns.json is missing"));
        const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        l.sheet = root.value(QStringLiteral("sheet")).toString();
        for (const QJsonValue &v : root.value(QStringLiteral("columns")).toArray()) {
            const QJsonObject o = v.toObject();
            FrdoColumn c;
            c.n = o.value(QStringLiteral("n")).toInt();
            c.key = o.value(QStringLiteral("key")).toString();
            c.title = o.value(QStringLiteral("title")).toString();
            c.type = o.value(QStringLiteral("type")).toString();
            c.required = o.value(QStringLiteral("required")).toBool();
            for (const QJsonValue &value : o.value(QStringLiteral("values")).toArray())
                c.values << value.toString();
            if (c.n != l.columns.size() + 1 || c.key.isEmpty() || c.title.isEmpty())
                throw Error(FrdoLayout::tr("frdo_columns.json: column %1 is out of order or unnamed").arg(l.columns.size() + 1));
            l.index.insert(c.key, int(l.columns.size()));
            l.columns << c;
        }
        return l;
    }();
    return loaded;
}

const QString kDate = QStringLiteral("dd.MM.yyyy");

QString ruDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(kDate) : iso;
}

// Characters the checker rejects: non-breaking and other non-plain spaces, tabs,
// line breaks, zero-width and other format or control characters.
int invisibleAt(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char(' '))
            continue;
        if (c.isSpace() || c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return i;
    }
    return -1;
}

} // namespace

const QList<FrdoColumn> &FrdoLayout::columns() { return layout().columns; }
QString FrdoLayout::sheetName() { return layout().sheet; }
int FrdoLayout::indexOf(const QString &key) { return layout().index.value(key, -1); }

QString FrdoProblem::toString() const
{
    if (column > 0)
        return FrdoExport::tr("row %1 (%2), column %3 «%4»: %5").arg(row).arg(record).arg(column).arg(field, message);
    return FrdoExport::tr("row %1 (%2): %3").arg(row).arg(record, message);
}

QList<FrdoRow> FrdoExport::rowsFrom(const QList<CertificateRecord> &documents)
{
    QList<FrdoRow> rows;
    const int width = int(FrdoLayout::columns().size());
    for (const CertificateRecord &c : documents) {
        if (c.docKind == QLatin1String("study_reference"))
            continue;
        FrdoRow r;
        r.certificateId = c.id;
        r.label = QStringLiteral("%1 %2 %3, %4 %5").arg(c.lastName, c.firstName, c.middleName, c.series, c.number).simplified();
        for (int i = 0; i < width; ++i)
            r.cells << QString();
        const bool pp = c.docKind == QLatin1String("pp_diploma");
        r.at(QStringLiteral("doc_name")) = pp ? QStringLiteral("Диплом о профессиональной переподготовке")
                                              : QStringLiteral("Удостоверение о повышении квалификации");
        r.at(QStringLiteral("doc_status")) = c.status == QLatin1String("duplicate") ? QStringLiteral("Дубликат") : QStringLiteral("Оригинал");
        r.at(QStringLiteral("lost")) = QStringLiteral("Нет");
        r.at(QStringLiteral("exchanged")) = QStringLiteral("Нет");
        r.at(QStringLiteral("destroyed")) = QStringLiteral("Нет");
        r.at(QStringLiteral("series")) = c.series.isEmpty() ? QStringLiteral("нет") : c.series;
        r.at(QStringLiteral("number")) = c.number;
        r.at(QStringLiteral("issued_on")) = ruDate(c.issuedOn);
        r.at(QStringLiteral("reg_number")) = c.regNumber;
        r.at(QStringLiteral("programme_kind")) = pp ? QStringLiteral("профессиональная переподготовка") : QStringLiteral("повышение квалификации");
        r.at(QStringLiteral("programme_title")) = c.programmeTitle;
        const QString start = c.groupStartsOn.isEmpty() ? c.issuedOn : c.groupStartsOn;
        const QString end = c.groupEndsOn.isEmpty() ? c.issuedOn : c.groupEndsOn;
        r.at(QStringLiteral("start_year")) = start.left(4);
        r.at(QStringLiteral("end_year")) = end.left(4);
        r.at(QStringLiteral("hours")) = QString::number(c.programmeHours);
        r.at(QStringLiteral("last_name")) = c.lastName;
        r.at(QStringLiteral("first_name")) = c.firstName;
        r.at(QStringLiteral("middle_name")) = c.middleName;
        r.at(QStringLiteral("birth_date")) = ruDate(c.birthDate);
        r.at(QStringLiteral("sex")) = c.sex == QLatin1String("M") ? QStringLiteral("Муж") : c.sex == QLatin1String("F") ? QStringLiteral("Жен") : QString();
        r.at(QStringLiteral("snils")) = Snils::format(c.snils);
        r.at(QStringLiteral("study_form")) = c.programmeForm == QLatin1String("full_time") ? QStringLiteral("Очная")
                                             : c.programmeForm == QLatin1String("blended") ? QStringLiteral("Очно-заочная")
                                                                                            : QStringLiteral("Заочная");
        r.at(QStringLiteral("funding")) = QStringLiteral("За счёт бюджета субъекта РФ");
        r.at(QStringLiteral("education_form")) = QStringLiteral("в образовательной организации");
        r.at(QStringLiteral("citizenship")) = QStringLiteral("643");
        rows << r;
    }
    return rows;
}

QList<FrdoProblem> FrdoExport::validate(const QList<FrdoRow> &rows, const QDate &today)
{
    static const QRegularExpression dateRe(QStringLiteral("^\\d{2}\\.\\d{2}\\.\\d{4}$"));
    static const QRegularExpression yearRe(QStringLiteral("^\\d{4}$"));
    static const QRegularExpression snilsRe(QStringLiteral("^\\d{3}-\\d{3}-\\d{3} \\d{2}$"));
    const QList<FrdoColumn> &columns = FrdoLayout::columns();
    QList<FrdoProblem> problems;
    QHash<QString, int> seen; // series + number -> first row
    for (int r = 0; r < rows.size(); ++r) {
        const FrdoRow &row = rows.at(r);
        auto add = [&](int column, const QString &message) {
            problems << FrdoProblem{r + 1, column + 1, row.label, column >= 0 ? columns.at(column).title : QString(), message};
        };
        if (row.cells.size() != columns.size()) {
            add(-1, tr("%1 cells instead of %2").arg(row.cells.size()).arg(columns.size()));
            continue;
        }
        QHash<QString, QDate> dates;
        for (int c = 0; c < columns.size(); ++c) {
            const FrdoColumn &col = columns.at(c);
            const QString &v = row.cells.at(c);
            const int bad = invisibleAt(v);
            if (bad >= 0) {
                add(c, tr("invisible character U+%1 at position %2")
                           .arg(QStringLiteral("%1").arg(v.at(bad).unicode(), 4, 16, QLatin1Char('0')).toUpper())
                           .arg(bad + 1));
                continue;
            }
            if (v.trimmed() != v)
                add(c, tr("leading or trailing spaces"));
            if (v.isEmpty()) {
                if (col.required)
                    add(c, tr("required field is empty"));
                continue;
            }
            if (col.type == QLatin1String("list")) {
                if (!col.values.contains(v))
                    add(c, tr("«%1» is not one of: %2").arg(v, col.values.join(QStringLiteral("; "))));
            } else if (col.type == QLatin1String("date")) {
                const QDate d = QDate::fromString(v, kDate);
                if (!dateRe.match(v).hasMatch() || !d.isValid())
                    add(c, tr("«%1» is not a real date dd.mm.yyyy").arg(v));
                else if (d > today)
                    add(c, tr("date %1 is in the future").arg(v));
                else
                    dates.insert(col.key, d);
            } else if (col.type == QLatin1String("year")) {
                if (!yearRe.match(v).hasMatch() || v.toInt() < 1900 || v.toInt() > today.year())
                    add(c, tr("«%1» is not a year between 1900 and %2").arg(v).arg(today.year()));
            } else if (col.type == QLatin1String("hours")) {
                bool ok = false;
                const int h = v.toInt(&ok);
                if (!ok || h <= 0 || QString::number(h) != v)
                    add(c, tr("«%1» is not a positive whole number of hours").arg(v));
            } else if (col.type == QLatin1String("snils")) {
                const QString problem = Snils::problem(v);
                if (!problem.isEmpty())
                    add(c, problem);
                else if (!snilsRe.match(v).hasMatch())
                    add(c, tr("«%1» is not written as XXX-XXX-XXX YY").arg(v));
            } else if (col.type == QLatin1String("digits")) {
                for (const QChar ch : v)
                    if (!ch.isDigit()) {
                        add(c, tr("«%1» must be digits only").arg(v));
                        break;
                    }
            }
        }
        // Rules across fields.
        const int birthCol = FrdoLayout::indexOf(QStringLiteral("birth_date"));
        const QDate issued = dates.value(QStringLiteral("issued_on"));
        const QDate birth = dates.value(QStringLiteral("birth_date"));
        if (issued.isValid() && birth.isValid() && birth.addYears(16) > issued)
            add(birthCol, tr("the holder was under 16 on the date of issue %1").arg(issued.toString(kDate)));
        const int startCol = FrdoLayout::indexOf(QStringLiteral("start_year"));
        const int endCol = FrdoLayout::indexOf(QStringLiteral("end_year"));
        const QString start = row.cells.at(startCol), end = row.cells.at(endCol);
        if (!start.isEmpty() && !end.isEmpty() && start.toInt() > end.toInt())
            add(startCol, tr("year of start %1 is after the year of end %2").arg(start, end));
        if (!end.isEmpty() && issued.isValid() && end.toInt() > issued.year())
            add(endCol, tr("year of end %1 is after the year of issue %2").arg(end).arg(issued.year()));
        else if (end.isEmpty() && !start.isEmpty() && issued.isValid() && start.toInt() > issued.year())
            add(startCol, tr("year of start %1 is after the year of issue %2").arg(start).arg(issued.year()));
        const QString key = row.value(QStringLiteral("series")) + QLatin1Char('\x1f') + row.value(QStringLiteral("number"));
        if (!row.value(QStringLiteral("number")).isEmpty()) {
            const auto it = seen.constFind(key);
            if (it != seen.constEnd())
                add(FrdoLayout::indexOf(QStringLiteral("number")),
                    tr("series %1 number %2 repeats row %3").arg(row.value(QStringLiteral("series")), row.value(QStringLiteral("number")))
                        .arg(it.value()));
            else
                seen.insert(key, r + 1);
        }
    }
    return problems;
}

void FrdoExport::write(const QString &path, const QList<FrdoRow> &rows, const QDate &today)
{
    const QList<FrdoProblem> problems = validate(rows, today);
    if (!problems.isEmpty()) {
        QStringList lines;
        for (const FrdoProblem &p : problems)
            lines << p.toString();
        throw Error(tr("ФИС ФРДО export refused, %1 problem(s):\n%2").arg(problems.size()).arg(lines.join(QLatin1Char('\n'))));
    }
    const QList<FrdoColumn> &columns = FrdoLayout::columns();
    io::XlsxWriter xlsx(path, true);
    xlsx.addSheet(FrdoLayout::sheetName());
    for (int c = 0; c < columns.size(); ++c) {
        xlsx.write(0, c, columns.at(c).title, true);
        xlsx.setColumnWidth(c, 18);
    }
    // Every cell as text, exactly as validated (dates stay dd.mm.yyyy strings).
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < columns.size(); ++c)
            if (!rows.at(r).cells.at(c).isEmpty())
                xlsx.write(r + 1, c, rows.at(r).cells.at(c));
    xlsx.close();
}

} // namespace metodist::journal
