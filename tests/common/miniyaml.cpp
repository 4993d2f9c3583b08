#include "miniyaml.h"

#include <QFile>
#include <QVariantList>
#include <QVariantMap>

namespace metodist::test {

namespace {

struct Line {
    int indent;
    QString text;
};

QString unquote(QString s)
{
    s = s.trimmed();
    if (s.size() >= 2 && ((s.startsWith(QLatin1Char('\'')) && s.endsWith(QLatin1Char('\'')))
                          || (s.startsWith(QLatin1Char('"')) && s.endsWith(QLatin1Char('"')))))
        return s.mid(1, s.size() - 2);
    return s;
}

QVariant scalar(const QString &raw)
{
    const QString s = raw.trimmed();
    if (s.startsWith(QLatin1Char('[')) && s.endsWith(QLatin1Char(']'))) {
        QVariantList list;
        for (const QString &item : s.mid(1, s.size() - 2).split(QLatin1Char(','), Qt::SkipEmptyParts))
            list << unquote(item);
        return list;
    }
    return unquote(s);
}

// Index of ": " (or a trailing ':') separating a key, outside quotes.
qsizetype keySeparator(const QString &t)
{
    QChar quote;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char(':') && (i + 1 == t.size() || t.at(i + 1) == QLatin1Char(' '))) {
            return i;
        }
    }
    return -1;
}

QVariant parseBlock(const QList<Line> &lines, qsizetype &pos, int indent);

QVariant parseMapping(const QList<Line> &lines, qsizetype &pos, int indent)
{
    QVariantMap map;
    while (pos < lines.size() && lines[pos].indent == indent && !lines[pos].text.startsWith(QLatin1String("- "))) {
        const QString t = lines[pos].text;
        const qsizetype sep = keySeparator(t);
        const QString key = unquote(sep < 0 ? t : t.left(sep));
        const QString rest = sep < 0 ? QString() : t.mid(sep + 1).trimmed();
        ++pos;
        if (!rest.isEmpty())
            map.insert(key, scalar(rest));
        else if (pos < lines.size() && (lines[pos].indent > indent
                                        || (lines[pos].indent == indent && lines[pos].text.startsWith(QLatin1String("- ")))))
            map.insert(key, parseBlock(lines, pos, lines[pos].indent));
        else
            map.insert(key, QString());
    }
    return map;
}

QVariant parseSequence(const QList<Line> &lines, qsizetype &pos, int indent)
{
    QVariantList list;
    while (pos < lines.size() && lines[pos].indent == indent && lines[pos].text.startsWith(QLatin1String("- "))) {
        // "- x" is read as a line "x" two columns further in, followed by its own block.
        QList<Line> item{{indent + 2, lines[pos].text.mid(2).trimmed()}};
        ++pos;
        while (pos < lines.size() && lines[pos].indent > indent)
            item << lines[pos++];
        qsizetype inner = 0;
        if (keySeparator(item.first().text) < 0 && item.size() == 1)
            list << scalar(item.first().text);
        else
            list << parseBlock(item, inner, indent + 2);
    }
    return list;
}

QVariant parseBlock(const QList<Line> &lines, qsizetype &pos, int indent)
{
    if (pos < lines.size() && lines[pos].text.startsWith(QLatin1String("- ")))
        return parseSequence(lines, pos, indent);
    return parseMapping(lines, pos, indent);
}

} // namespace

QVariant parseMiniYaml(const QString &text)
{
    QList<Line> lines;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString trimmed = raw.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        int indent = 0;
        while (indent < raw.size() && raw.at(indent) == QLatin1Char(' '))
            ++indent;
        lines << Line{indent, trimmed};
    }
    qsizetype pos = 0;
    return lines.isEmpty() ? QVariant() : parseBlock(lines, pos, lines.first().indent);
}

QVariant yamlFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseMiniYaml(QString::fromUtf8(f.readAll()));
}

QVariant yamlAt(const QVariant &root, const QStringList &path)
{
    QVariant node = root;
    for (const QString &step : path) {
        const QVariantMap map = node.toMap();
        if (!map.contains(step))
            return {};
        node = map.value(step);
    }
    return node;
}

} // namespace metodist::test
