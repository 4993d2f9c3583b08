#include "xlsxreader.h"

#include "storage/errors.h"

#include "zipreader.h"

#include <QFileInfo>
#include <QXmlStreamReader>

namespace metodist::io {

static QByteArray entry(const ZipReader &zip, const QString &name, bool required, const QString &path)
{
    if (!zip.contains(name)) {
        if (required)
            throw Error(XlsxReader::tr("%1: not an XLSX workbook (no %2).").arg(path, name));
        return {};
    }
    return zip.read(name);
}

// Text of an <si> or <is> element: all <t> runs, phonetic runs (<rPh>) left out.
static QString readRichText(QXmlStreamReader &xml)
{
    const QString element = xml.name().toString();
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == u"rPh")
                ++phonetic;
            else if (xml.name() == u"t" && phonetic == 0)
                text += xml.readElementText();
        } else if (xml.isEndElement()) {
            if (xml.name() == u"rPh")
                --phonetic;
            else if (xml.name() == element)
                break;
        }
    }
    return text;
}

static QStringList readSharedStrings(const QByteArray &data)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"si")
            strings << readRichText(xml);
    }
    return strings;
}

// The first sheet in workbook order, resolved through the workbook's relationships.
static QString firstSheetPath(const ZipReader &zip, const QString &path)
{
    QString relId;
    {
        QXmlStreamReader xml(entry(zip, QStringLiteral("xl/workbook.xml"), true, path));
        while (!xml.atEnd() && relId.isEmpty()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"sheet")
                for (const QXmlStreamAttribute &a : xml.attributes())
                    if (a.name() == u"id")
                        relId = a.value().toString();
        }
    }
    QXmlStreamReader rels(entry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), false, path));
    while (!rels.atEnd()) {
        rels.readNext();
        if (rels.isStartElement() && rels.name() == u"Relationship"
            && rels.attributes().value(QStringLiteral("Id")) == relId) {
            QString target = rels.attributes().value(QStringLiteral("Target")).toString();
            if (target.startsWith(u'/'))
                return target.mid(1);
            return QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

int XlsxReader::columnIndex(QStringView reference)
{
    int index = 0;
    for (QChar ch : reference) {
        if (ch >= u'A' && ch <= u'Z')
            index = index * 26 + (ch.unicode() - u'A' + 1);
        else if (ch >= u'a' && ch <= u'z')
            index = index * 26 + (ch.unicode() - u'a' + 1);
        else
            break;
    }
    return index - 1;
}

Table XlsxReader::read(const QString &path)
{
    const ZipReader zip(path);
    const QStringList shared = readSharedStrings(entry(zip, QStringLiteral("xl/sharedStrings.xml"), false, path));
    const QString sheet = firstSheetPath(zip, path);
    QXmlStreamReader xml(entry(zip, sheet, true, path));

    Table table;
    table.fileName = QFileInfo(path).fileName();
    table.format = QStringLiteral("XLSX");
    int rowNumber = 0;
    QStringList cells;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"row") {
            const QString r = xml.attributes().value(QStringLiteral("r")).toString();
            rowNumber = r.isEmpty() ? rowNumber + 1 : r.toInt();
            cells.clear();
            int nextColumn = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isEndElement() && xml.name() == u"row")
                    break;
                if (!xml.isStartElement() || xml.name() != u"c")
                    continue;
                const QXmlStreamAttributes attrs = xml.attributes();
                const QString ref = attrs.value(QStringLiteral("r")).toString();
                const int column = ref.isEmpty() ? nextColumn : columnIndex(ref);
                const QString type = attrs.value(QStringLiteral("t")).toString();
                QString value;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isEndElement() && xml.name() == u"c")
                        break;
                    if (!xml.isStartElement())
                        continue;
                    if (xml.name() == u"v")
                        value = xml.readElementText();
                    else if (xml.name() == u"is")
                        value = readRichText(xml);
                }
                if (type == u"s") {
                    const int i = value.toInt();
                    value = i >= 0 && i < shared.size() ? shared.at(i) : QString();
                } else if (type == u"b") {
                    value = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
                }
                if (column < 0 || column > 16383)
                    continue;
                while (cells.size() <= column)
                    cells.append(QString());
                cells[column] = value;
                nextColumn = column + 1;
            }
            table.addRecord(rowNumber, cells);
        }
    }
    if (xml.hasError())
        throw Error(tr("%1: the worksheet is damaged: %2").arg(path, xml.errorString()));
    if (!table.hasHeader())
        throw Error(tr("%1: the first worksheet is empty.").arg(table.fileName));
    return table;
}

} // namespace metodist::io
