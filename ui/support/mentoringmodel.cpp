#include "mentoringmodel.h"

#include "registry/person.h"
#include "support/mentoring.h"
#include "storage/sql.h"

#include <QBrush>
#include <QColor>
#include <QSqlRecord>

namespace metodist::ui {

using support::MentoringService;

void MentoringModel::load(Mode mode, const QString &municipalityId)
{
    m_mode = mode;
    m_today = QDate::currentDate();
    QSqlQuery q(m_db.db());
    if (mode == Mode::YoungWithoutMentor) {
        StaffFilter filter;
        filter.municipalityId = municipalityId;
        filter.today = m_today;
        const StaffQuery staff = MentoringService::youngWithoutMentorQuery(filter, -1, 0);
        q = sql::prepare(m_db.db(), staff.sql);
        sql::bindAll(q, staff.values);
    } else {
        q = sql::prepare(m_db.db(), MentoringService::pairListSql(mode == Mode::ActivePairs));
    }
    sql::exec(q);
    setQuery(std::move(q)); // resets the model, so the headers of the new mode show too
}

int MentoringModel::visibleColumns() const { return m_mode == Mode::YoungWithoutMentor ? 6 : 8; }

QString MentoringModel::idAt(int row) const
{
    return record(row).value(m_mode == Mode::YoungWithoutMentor ? 8 : 10).toString();
}

QString MentoringModel::statusAt(int row) const { return m_mode == Mode::YoungWithoutMentor ? QString() : record(row).value(7).toString(); }

bool MentoringModel::youngAt(int row) const
{
    const QSqlRecord r = record(row);
    const int birth = m_mode == Mode::YoungWithoutMentor ? 4 : 8;
    return isYoungTeacher(QDate::fromString(r.value(birth).toString(), Qt::ISODate),
                          QDate::fromString(r.value(birth + 1).toString(), Qt::ISODate), m_today);
}

QVariant MentoringModel::data(const QModelIndex &index, int role) const
{
    if (role == Qt::BackgroundRole && youngAt(index.row()))
        return QBrush(QColor(0xFF, 0xF3, 0xC4)); // young teachers stand out in every view
    if (role == Qt::ToolTipRole && youngAt(index.row()))
        return tr("Young teacher: under 35 and in the first three years of the profession");
    const QVariant value = QSqlQueryModel::data(index, role);
    if (role != Qt::DisplayRole)
        return value;
    const bool pairs = m_mode != Mode::YoungWithoutMentor;
    if (index.column() == 4 || index.column() == 5) { // dates in both views
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        return date.isValid() ? date.toString(QStringLiteral("dd.MM.yyyy")) : value;
    }
    if (pairs && index.column() == 7)
        return MentoringService::statusTitle(value.toString());
    if (pairs && index.column() == 2 && youngAt(index.row()))
        return tr("%1 (young teacher)").arg(value.toString());
    return value;
}

QVariant MentoringModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QSqlQueryModel::headerData(section, orientation, role);
    if (m_mode == Mode::YoungWithoutMentor) {
        const QStringList h{tr("Young teacher"), tr("Organisation"), tr("Municipality"), tr("Position"), tr("Born"),
                            tr("In the profession since")};
        return section < h.size() ? QVariant(h.at(section)) : QVariant();
    }
    const QStringList h{tr("Mentor"), tr("Mentor's organisation"), tr("Mentee"), tr("Mentee's organisation"), tr("From"), tr("To"),
                        tr("Goal"), tr("Status")};
    return section < h.size() ? QVariant(h.at(section)) : QVariant();
}

} // namespace metodist::ui
