// The interface speaks Russian: translations/metodist_ru.ts holds every string of the
// sources (checked by running lupdate on them now), none unfinished, none obsolete,
// and every placeholder of a source appears in its translation.
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

struct Message {
    QString context, source;
    QStringList translations;
    QString type;
};

static QList<Message> readTs(const QString &path)
{
    QList<Message> list;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return list;
    QDomDocument doc;
    doc.setContent(&file);
    const QDomNodeList contexts = doc.elementsByTagName(QStringLiteral("context"));
    for (int i = 0; i < contexts.size(); ++i) {
        const QDomElement context = contexts.at(i).toElement();
        const QString name = context.firstChildElement(QStringLiteral("name")).text();
        for (QDomElement m = context.firstChildElement(QStringLiteral("message")); !m.isNull(); m = m.nextSiblingElement(QStringLiteral("message"))) {
            Message message{name, m.firstChildElement(QStringLiteral("source")).text(), {}, {}};
            const QDomElement translation = m.firstChildElement(QStringLiteral("translation"));
            message.type = translation.attribute(QStringLiteral("type"));
            const QDomNodeList forms = translation.elementsByTagName(QStringLiteral("numerusform"));
            if (forms.isEmpty())
                message.translations << translation.text();
            for (int f = 0; f < forms.size(); ++f)
                message.translations << forms.at(f).toElement().text();
            list << message;
        }
    }
    return list;
}

class TestTranslations : public QObject {
    Q_OBJECT
    const QString m_ts = QStringLiteral(METODIST_SOURCE_DIR "/translations/metodist_ru.ts");

private slots:
    void everySourceStringIsInTheTsFile()
    {
        QString lupdate = QStringLiteral("/usr/lib/qt6/bin/lupdate");
        if (!QFile::exists(lupdate))
            lupdate = QStandardPaths::findExecutable(QStringLiteral("lupdate"));
        QVERIFY2(!lupdate.isEmpty(), "lupdate (qt6-l10n-tools) is needed");
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_ru.ts"));
        QProcess process;
        process.setWorkingDirectory(QStringLiteral(METODIST_SOURCE_DIR));
        process.start(lupdate, {QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete"),
                                QStringLiteral("core"), QStringLiteral("ui"), QStringLiteral("app"), QStringLiteral("server"),
                                QStringLiteral("-ts"), fresh});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 0);
        QSet<QString> committed;
        for (const Message &m : readTs(m_ts))
            committed << m.context + QStringLiteral("\x1f") + m.source;
        QStringList missing;
        const QList<Message> sources = readTs(fresh);
        QVERIFY(sources.size() > 100);
        for (const Message &m : sources)
            if (!committed.contains(m.context + QStringLiteral("\x1f") + m.source))
                missing << m.context + QStringLiteral(": ") + m.source;
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings are not in metodist_ru.ts (run the update_translations target "
                                                              "and translate them):\n").arg(missing.size()) + missing.mid(0, 30).join(QLatin1Char('\n'))));
    }

    void noneUnfinishedNorObsolete()
    {
        QStringList bad;
        const QList<Message> messages = readTs(m_ts);
        QVERIFY(!messages.isEmpty());
        for (const Message &m : messages)
            if (!m.type.isEmpty() || m.translations.join(QString()).trimmed().isEmpty())
                bad << QStringLiteral("%1: %2 [%3]").arg(m.context, m.source, m.type.isEmpty() ? QStringLiteral("empty") : m.type);
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 30).join(QLatin1Char('\n'))));
    }

    void placeholdersAreKept()
    {
        static const QRegularExpression placeholder(QStringLiteral("%(L?\\d+|n)"));
        QStringList bad;
        for (const Message &m : readTs(m_ts)) {
            QSet<QString> wanted;
            for (auto it = placeholder.globalMatch(m.source); it.hasNext();)
                wanted << it.next().captured(0);
            for (const QString &translation : m.translations) {
                QSet<QString> got;
                for (auto it = placeholder.globalMatch(translation); it.hasNext();)
                    got << it.next().captured(0);
                if (got != wanted)
                    bad << m.context + QStringLiteral(": ") + m.source + QStringLiteral(" -> ") + translation;
            }
        }
        QVERIFY2(bad.isEmpty(), qPrintable(bad.mid(0, 30).join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
