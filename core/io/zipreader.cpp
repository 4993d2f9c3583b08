#include "zipreader.h"

#include "storage/errors.h"

#include <QFile>

#include <zlib.h>

namespace metodist::io {

static quint16 u16(const QByteArray &d, qsizetype at)
{
    return quint16(quint8(d[at]) | quint8(d[at + 1]) << 8);
}

static quint32 u32(const QByteArray &d, qsizetype at)
{
    return quint32(u16(d, at)) | quint32(u16(d, at + 2)) << 16;
}

ZipReader::ZipReader(const QString &path) : m_path(path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Cannot read %1: %2").arg(path, file.errorString()));
    m_data = file.readAll();
    const auto bad = [&] { return Error(tr("%1 is not a zip archive (an XLSX file is one).").arg(path)); };
    // End of central directory: 22 bytes plus a comment of up to 64 KiB, at the end.
    qsizetype eocd = -1;
    for (qsizetype i = m_data.size() - 22; i >= 0 && i >= m_data.size() - 22 - 65535; --i)
        if (u32(m_data, i) == 0x06054b50) {
            eocd = i;
            break;
        }
    if (eocd < 0)
        throw bad();
    const quint16 count = u16(m_data, eocd + 10);
    qsizetype at = u32(m_data, eocd + 16);
    for (int i = 0; i < count; ++i) {
        if (at + 46 > m_data.size() || u32(m_data, at) != 0x02014b50)
            throw bad();
        Entry e;
        e.method = u16(m_data, at + 10);
        e.crc = u32(m_data, at + 16);
        e.compressedSize = u32(m_data, at + 20);
        e.size = u32(m_data, at + 24);
        const quint16 nameLength = u16(m_data, at + 28), extraLength = u16(m_data, at + 30), commentLength = u16(m_data, at + 32);
        e.localOffset = u32(m_data, at + 42);
        if (at + 46 + nameLength > m_data.size())
            throw bad();
        m_entries.insert(QString::fromUtf8(m_data.mid(at + 46, nameLength)), e);
        at += 46 + nameLength + extraLength + commentLength;
    }
}

QByteArray ZipReader::read(const QString &name) const
{
    const auto it = m_entries.constFind(name);
    if (it == m_entries.cend())
        throw Error(tr("%1 has no part %2.").arg(m_path, name));
    const Entry &e = *it;
    const auto damaged = [&] { return Error(tr("%1: the part %2 is damaged.").arg(m_path, name)); };
    if (qsizetype(e.localOffset) + 30 > m_data.size() || u32(m_data, e.localOffset) != 0x04034b50)
        throw damaged();
    const qsizetype start = e.localOffset + 30 + u16(m_data, e.localOffset + 26) + u16(m_data, e.localOffset + 28);
    if (start + qsizetype(e.compressedSize) > m_data.size())
        throw damaged();
    QByteArray out;
    if (e.method == 0) {
        out = m_data.mid(start, e.compressedSize);
    } else if (e.method == 8) {
        out.resize(e.size);
        z_stream z = {};
        if (inflateInit2(&z, -MAX_WBITS) != Z_OK)
            throw damaged();
        z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(m_data.constData() + start));
        z.avail_in = e.compressedSize;
        z.next_out = reinterpret_cast<Bytef *>(out.data());
        z.avail_out = e.size;
        const int rc = inflate(&z, Z_FINISH);
        inflateEnd(&z);
        if (rc != Z_STREAM_END || z.total_out != e.size)
            throw damaged();
    } else {
        throw Error(tr("%1: the part %2 uses an unsupported compression method %3.").arg(m_path, name).arg(e.method));
    }
    if (crc32(0, reinterpret_cast<const Bytef *>(out.constData()), uInt(out.size())) != e.crc)
        throw damaged();
    return out;
}

} // namespace metodist::io
