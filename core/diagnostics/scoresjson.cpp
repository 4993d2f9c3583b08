#include "scoresjson.h"

#include "storage/errors.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace metodist {

namespace {

void appendNumber(QString &out, double v)
{
    // Scores are mostly whole numbers: their digits are written in place, without the
    // shortest-digits search and the temporary string of QString::number.
    if (v == std::floor(v) && std::abs(v) < 1e15) {
        qint64 whole = qint64(v);
        if (whole < 0) {
            out += u'-';
            whole = -whole;
        }
        char16_t digits[20];
        int n = 0;
        do {
            digits[n++] = char16_t(u'0' + whole % 10);
            whole /= 10;
        } while (whole > 0);
        while (n > 0)
            out += QChar(digits[--n]);
    } else {
        out += QString::number(v, 'g', QLocale::FloatingPointShortest);
    }
}

void appendQuoted(QString &out, const QString &s)
{
    out += u'"';
    if (std::none_of(s.cbegin(), s.cend(), [](QChar ch) { return ch == u'"' || ch == u'\\' || ch.unicode() < 0x20; })) {
        out += s;
        out += u'"';
        return;
    }
    for (const QChar ch : s) {
        if (ch == u'"' || ch == u'\\')
            out += u'\\';
        if (ch.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(ch.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += ch;
    }
    out += u'"';
}

// The canonical form written by encodeScores() (and by SQLite's json_group_object):
// {"code":[n,n,n],...} without spaces or escapes. Read by hand, ten times faster than
// QJsonDocument for the heat map's 35,000 objects; anything else returns false.
bool decodeCanonical(QStringView text, QList<CodedScore> &out)
{
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto expect = [&](char16_t ch) {
        if (i < n && text[i] == ch) {
            ++i;
            return true;
        }
        return false;
    };
    auto number = [&](double &value) {
        const qsizetype start = i;
        while (i < n && text[i] != u',' && text[i] != u']')
            ++i;
        bool ok = false;
        value = text.mid(start, i - start).toDouble(&ok);
        return ok;
    };
    if (!expect(u'{'))
        return false;
    if (expect(u'}'))
        return i == n;
    for (;;) {
        if (!expect(u'"'))
            return false;
        const qsizetype keyStart = i;
        while (i < n && text[i] != u'"') {
            if (text[i] == u'\\')
                return false;
            ++i;
        }
        CodedScore s;
        s.code = text.mid(keyStart, i - keyStart).toString();
        double level = 0;
        if (!expect(u'"') || !expect(u':') || !expect(u'[') || !number(s.score) || !expect(u',') || !number(s.max)
            || !expect(u',') || !number(level) || !expect(u']'))
            return false;
        s.level = int(level);
        out.append(s);
        if (expect(u'}'))
            return i == n;
        if (!expect(u','))
            return false;
    }
}

} // namespace

QString encodeScores(QList<CodedScore> scores)
{
    const auto byCode = [](const CodedScore &a, const CodedScore &b) { return a.code < b.code; };
    if (!std::is_sorted(scores.cbegin(), scores.cend(), byCode))
        std::sort(scores.begin(), scores.end(), byCode);
    QString out;
    out.reserve(2 + int(scores.size()) * 20);
    out += u'{';
    for (const CodedScore &s : std::as_const(scores)) {
        if (out.size() > 1)
            out += u',';
        appendQuoted(out, s.code);
        out += QLatin1String(":[");
        appendNumber(out, s.score);
        out += u',';
        appendNumber(out, s.max);
        out += u',';
        appendNumber(out, s.level);
        out += u']';
    }
    out += u'}';
    return out;
}

QList<CodedScore> decodeScores(const QString &json)
{
    QList<CodedScore> fast;
    if (decodeCanonical(json, fast))
        return fast;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(QCoreApplication::translate("Diagnostics", "The scores of a diagnostic are not a JSON object: %1")
                        .arg(error.error != QJsonParseError::NoError ? error.errorString() : json.left(40)));
    QList<CodedScore> result;
    const QJsonObject object = doc.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonArray a = it.value().toArray();
        if (a.size() != 3)
            throw Error(QCoreApplication::translate("Diagnostics", "The score of competence %1 is not [score, max, level].").arg(it.key()));
        result.append({it.key(), a.at(0).toDouble(), a.at(1).toDouble(), a.at(2).toInt()});
    }
    return result;
}

} // namespace metodist
