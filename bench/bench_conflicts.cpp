// Conflict checks on a demo region: checking one session (what the editor does on every
// change) against reading that session, and the conflict scan of the busiest month
// against listing that month's common timetable.
//   bench_conflicts [--staff 35000] [--tiny] [--profile PATH]
// A region of 35,000 staff holds about 20,000 sessions a year. Exits 1 when one check
// takes longer than 50 ms (no longer "instant").
#include "benchutil.h"
#include "demo/demogenerator.h"
#include "groups/conflictdetector.h"
#include "groups/groupservice.h"
#include "storage/database.h"
#include "storage/errors.h"
#include "storage/sql.h"

#include <QCoreApplication>
#include <QTemporaryDir>

using namespace metodist;
using bench::out;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    int staff = 35000;
    QString profile;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--tiny"))
            staff = 1500;
        else if (args[i] == QLatin1String("--staff") && i + 1 < args.size())
            staff = args[++i].toInt();
        else if (args[i] == QLatin1String("--profile") && i + 1 < args.size())
            profile = args[++i];
    }
    try {
        QTemporaryDir dir;
        if (profile.isEmpty()) {
            profile = dir.filePath(QStringLiteral("demo.metodist"));
            DemoOptions options;
            options.staff = staff;
            options.today = QDate(2026, 11, 15);
            const DemoSummary s = generateDemoRegion(profile, options);
            out() << "demo region: " << s.staff << " staff, " << s.groups << " groups, " << s.sessions << " sessions in "
                  << s.elapsedMs << " ms" << Qt::endl;
        }
        auto db = Database::open(profile);
        const int sessions = sql::scalar(db->db(), QStringLiteral("SELECT COUNT(*) FROM session WHERE deleted = 0")).toInt();
        QStringList ids;
        auto q = sql::exec(db->db(), QStringLiteral("SELECT id FROM session WHERE deleted = 0 ORDER BY id"));
        for (int i = 0; q.next(); ++i)
            if (i % std::max(1, sessions / 200) == 0)
                ids << q.value(0).toString();
        ConflictDetector detector(*db);
        QList<SessionDraft> drafts;
        for (const QString &id : ids)
            drafts << detector.load(id);
        detector.check(drafts.first()); // warm the cache of the longest session
        int found = 0;
        const double check = bench::medianMs(3, [&] {
            found = 0;
            for (const SessionDraft &d : drafts)
                found += int(detector.check(d).size());
        }) / double(drafts.size());
        const double read = bench::medianMs(3, [&] {
            for (const QString &id : ids)
                detector.load(id);
        }) / double(ids.size());
        out() << "sessions: " << sessions << ", checked: " << drafts.size() << ", conflicts found: " << found << Qt::endl;
        bench::report(QStringLiteral("check one session"), check, QStringLiteral("read that session"), read);

        const QString month = sql::scalar(db->db(), QStringLiteral("SELECT substr(starts_at, 1, 7) m FROM session WHERE deleted = 0 "
                                                                   "GROUP BY m ORDER BY COUNT(*) DESC LIMIT 1")).toString();
        const QDate from = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate), to = from.addMonths(1).addDays(-1);
        GroupService service(*db);
        qsizetype listed = 0, conflicts = 0;
        const double scan = bench::medianMs(1, [&] { conflicts = detector.scan(from, to).size(); });
        const double list = bench::medianMs(1, [&] { listed = service.timetable({from, to, {}, {}, {}, {}}).size(); });
        out() << "busiest month " << month << ": " << listed << " sessions, " << conflicts << " conflicts" << Qt::endl;
        bench::report(QStringLiteral("conflict scan of the month"), scan, QStringLiteral("list the month's timetable"), list);
        return check <= 50 ? 0 : 1;
    } catch (const Error &e) {
        out() << "error: " << e.message() << Qt::endl;
        return 2;
    }
}
