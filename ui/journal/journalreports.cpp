#include "journalreports.h"

#include "registry/person.h"
#include "registry/snils.h"

#include <QDate>
#include <QHash>

namespace metodist::ui {

static QString ruDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso.left(10), Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd.MM.yyyy")) : iso;
}

static QString statusTitle(const QString &status)
{
    if (status == QLatin1String("completed"))
        return JournalReports::tr("completed");
    if (status == QLatin1String("not_completed"))
        return JournalReports::tr("not completed");
    if (status == QLatin1String("expelled"))
        return JournalReports::tr("expelled");
    if (status == QLatin1String("transferred"))
        return JournalReports::tr("transferred");
    if (status == QLatin1String("withdrawn"))
        return JournalReports::tr("withdrawn");
    return JournalReports::tr("studying");
}

QString JournalReports::subtitle(const journal::GroupInfo &g)
{
    return tr("%1, %2 h; group %3, %4 – %5").arg(g.programmeTitle).arg(g.programmeHours).arg(g.code, ruDate(g.startsOn), ruDate(g.endsOn));
}

TextTable JournalReports::journal(const journal::JournalGrid &grid)
{
    TextTable t;
    t.title = tr("Journal of group %1").arg(grid.group.code);
    t.headers << tr("No.") << tr("Learner");
    for (const journal::SessionColumn &s : grid.sessions)
        t.headers << QDate::fromString(s.startsAt.left(10), Qt::ISODate).toString(QStringLiteral("dd.MM"));
    t.headers << tr("Final work") << tr("Result");
    for (int l = 0; l < grid.learners.size(); ++l) {
        QStringList row{QString::number(l + 1), grid.learners.at(l).name};
        for (int s = 0; s < grid.sessions.size(); ++s) {
            const journal::Mark &m = grid.cell(l, s);
            row << (journal::attendanceCode(m.attendance) + QLatin1Char(' ') + m.grade).trimmed();
        }
        row << grid.learners.at(l).finalTitle << grid.learners.at(l).finalResult;
        t.rows << row;
    }
    return t;
}

TextTable JournalReports::attendanceSheet(const journal::JournalGrid &grid, const journal::CompletionReport &report)
{
    TextTable t;
    t.title = tr("Attendance sheet of group %1").arg(grid.group.code);
    t.headers << tr("No.") << tr("Learner") << tr("Held") << tr("Attended") << tr("Late") << tr("Excused") << tr("Attendance, %")
              << tr("Final result") << tr("Outcome") << tr("Reason");
    QHash<QString, const journal::LearnerOutcome *> byEnrolment;
    for (const journal::LearnerOutcome &o : report.outcomes)
        byEnrolment.insert(o.enrolmentId, &o);
    for (int l = 0; l < grid.learners.size(); ++l) {
        const journal::LearnerRow &learner = grid.learners.at(l);
        const journal::LearnerOutcome *o = byEnrolment.value(learner.enrolmentId);
        QStringList row{QString::number(l + 1), learner.name};
        if (o)
            row << QString::number(o->count.held) << QString::number(o->count.attended()) << QString::number(o->count.late)
                << QString::number(o->count.excused)
                << (o->decision.share < 0 ? QStringLiteral("—") : QString::number(qRound(o->decision.share * 100)))
                << learner.finalResult << statusTitle(o->decision.status) << o->decision.reason;
        else
            row << QString() << QString() << QString() << QString() << QString() << learner.finalResult << statusTitle(learner.status) << QString();
        t.rows << row;
    }
    return t;
}

TextTable JournalReports::certificateRegister(const QList<journal::CertificateRecord> &records)
{
    TextTable t;
    t.title = tr("Register of issued documents");
    t.headers << tr("No.") << tr("Reg. number") << tr("Date") << tr("Document") << tr("Series") << tr("Number") << tr("Holder")
              << tr("СНИЛС") << tr("Programme") << tr("Hours") << tr("Group");
    int n = 0;
    for (const journal::CertificateRecord &r : records)
        t.rows << QStringList{QString::number(++n), r.regNumber, ruDate(r.issuedOn), journal::CertificateService::docKindTitle(r.docKind),
                              r.series, r.number, personFullName(r.lastName, r.firstName, r.middleName),
                              Snils::format(r.snils), r.programmeTitle, QString::number(r.programmeHours), r.groupCode};
    return t;
}

} // namespace metodist::ui
